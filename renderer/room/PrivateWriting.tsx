import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../shared/room/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';
import { useUndoableNotice } from '../history/useUndoableNotice';

/**
 * Silent writing without peeking: while "Skriv dolt" is on, new notes lie
 * face down on the room's screen; turning them over is one undoable step.
 * The switch itself is presentation and is not undone.
 */
export function PrivateWriting({ room, faceDownCount }: { readonly room: Room; readonly faceDownCount: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const fail = useErrorToast();
  const undoable = useUndoableNotice();
  const hintId = useId();
  const { workshopId } = room;

  const turnOver = async (): Promise<void> => {
    try {
      const turned = await api.invoke('note.turnOver', { workshopId });
      undoable((t) => t('room.private.turned', { count: turned }), 'note.turnOver');
    } catch (failure) {
      fail(failure);
    }
  };

  return (
    <div className="room-private">
      <label className="room-private__switch">
        <input
          type="checkbox"
          checked={room.privateWriting}
          aria-describedby={hintId}
          onChange={(event) => {
            api.invoke('room.setPrivateWriting', { workshopId, privateWriting: event.target.checked }).catch(fail);
          }}
        />{' '}
        {t('room.private.toggle')}
      </label>
      <span id={hintId} className="visually-hidden">
        {t('room.private.hint')}
      </span>
      <button type="button" className="button button--small" disabled={faceDownCount === 0} onClick={() => void turnOver()}>
        {t('room.private.turnOver', { count: faceDownCount })}
      </button>
    </div>
  );
}
