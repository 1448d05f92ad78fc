import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../../../shared/board/schema';
import { TextAreaField } from '../../common/TextAreaField';
import type { ScreenProps } from '../identify/IdentifyScreen';
import { BoardView } from './BoardView';
import { NoteItem } from './NoteItem';
import { ScreenFrame } from '../ScreenFrame';

const NEW_NOTE_ID = 'phone-note-new';

/** Writing one note after another: the field stays, emptied, after each. */
export function WriteScreen({ state, busy, act }: ScreenProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || text.trim() === '') return;
    if (!(await act('phone.writeNote', { text }))) return;
    setText('');
    // Back to the field for the next note (the button is where a keyboard left it).
    document.getElementById(NEW_NOTE_ID)?.focus();
  };

  return (
    <ScreenFrame id="phone-write" title={t('phone.write.heading')}>
      <p className={state.room.privateWriting ? 'phone-notice phone-notice--private' : 'phone-hint'}>
        {t(state.room.privateWriting ? 'phone.write.private' : 'phone.write.open')}
      </p>
      <form className="phone-form" onSubmit={(event) => void submit(event)}>
        <TextAreaField id={NEW_NOTE_ID} label={t('phone.write.label')} value={text} onChange={setText} maxLength={NOTE_MAX_LENGTH} rows={3} />
        <p className="phone-hint phone-counter" aria-hidden="true">
          {t('phone.write.counter', { length: text.length, max: NOTE_MAX_LENGTH })}
        </p>
        <button type="submit" className="button button--primary phone-wide">
          {t('phone.write.submit')}
        </button>
      </form>
      <h2 id="phone-notes-mine">{t('phone.write.mine')}</h2>
      {state.myNotes.length === 0 ? (
        <p>{t('phone.write.none')}</p>
      ) : (
        <ul className="phone-notes" aria-labelledby="phone-notes-mine">
          {state.myNotes.map((note) => (
            <NoteItem key={note.id} note={note} act={act} />
          ))}
        </ul>
      )}
      {state.board ? <BoardView board={state.board} /> : null}
    </ScreenFrame>
  );
}
