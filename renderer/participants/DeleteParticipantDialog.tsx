import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';
import { removalMessage } from './removalMessage';

/**
 * Says exactly what removal does before it is confirmed: the person's notes
 * stay without a name, their dots in open rounds go, and dots in closed
 * rounds stay as from a removed participant. Undo gives everything back.
 */
export function DeleteParticipantDialog({ participant, onClose }: { readonly participant: Participant; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const impact = useQuery('participant.removalImpact', { id: participant.id });
  // Asked before the dialog opens, so nobody confirms without having read what happens.
  if (!impact.data && !impact.error) return null;
  return (
    <ConfirmDialog
      title={t('participants.delete.title')}
      message={impact.data ? removalMessage(t, i18n.language, participant.name, impact.data) : errorMessage(t, impact.error!)}
      confirmLabel={t('participants.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('participant.delete', { id: participant.id });
        notice((t) => t('participants.delete.done', { name: participant.name }), 'participant.delete');
      }}
    />
  );
}
