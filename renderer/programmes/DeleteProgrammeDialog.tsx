import { useTranslation } from 'react-i18next';
import type { Programme } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';

export interface DeleteProgrammeDialogProps {
  readonly programme: Programme;
  readonly onClose: () => void;
  readonly onDeleted?: () => void;
}

export function DeleteProgrammeDialog({ programme, onClose, onDeleted }: DeleteProgrammeDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const count = programme.workshopCount;
  const message =
    count > 0
      ? t('programmes.delete.messageWithWorkshops', { name: programme.name, count })
      : t('programmes.delete.message', { name: programme.name });

  return (
    <ConfirmDialog
      title={t('programmes.delete.title')}
      message={message}
      confirmLabel={t('programmes.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('programme.delete', { id: programme.id });
        notice((t) => t('programmes.delete.done', { name: programme.name }), 'programme.delete');
        onDeleted?.();
      }}
    />
  );
}
