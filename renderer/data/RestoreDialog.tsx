import { useTranslation } from 'react-i18next';
import type { Backup } from '../../shared/data/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDateTime } from '../common/format';
import { useToasts } from '../common/toastContext';

export interface RestoreDialogProps {
  readonly backup: Backup;
  readonly onClose: () => void;
  readonly onRestored: () => void;
}

export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const date = formatDateTime(backup.createdAt, i18n.language);
  return (
    <ConfirmDialog
      title={t('data.restoreDialog.title')}
      message={t('data.restoreDialog.message', { date })}
      confirmLabel={t('data.restoreDialog.confirm')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('data.restore', { name: backup.name });
        show({ message: (t) => t('data.restoreDialog.done', { date }) });
        onRestored();
      }}
    />
  );
}
