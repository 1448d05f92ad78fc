import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';

/** The core keeps the person's notes and makes them anonymous; undo gives the names back. */
export function DeleteParticipantDialog({ participant, onClose }: { readonly participant: Participant; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  return (
    <ConfirmDialog
      title={t('participants.delete.title')}
      message={t('participants.delete.message', { name: participant.name })}
      confirmLabel={t('participants.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('participant.delete', { id: participant.id });
        notice(t('participants.delete.done', { name: participant.name }), 'participant.delete');
      }}
    />
  );
}
