import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useToasts } from '../common/toastContext';
import { restoreFromFile } from './transfer';

export interface RestoreFileDialogProps {
  readonly file: File;
  readonly onClose: () => void;
  readonly onRestored: () => void;
}

/** Confirms before a picked file replaces the data; a refused file is explained in the dialog. */
export function RestoreFileDialog({ file, onClose, onRestored }: RestoreFileDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  return (
    <ConfirmDialog
      title={t('data.restoreFileDialog.title')}
      message={t('data.restoreFileDialog.message', { file: file.name })}
      confirmLabel={t('data.restoreFileDialog.confirm')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        await restoreFromFile(api, file);
        show({ message: (t) => t('data.restoreFileDialog.done', { file: file.name }) });
        onRestored();
      }}
    />
  );
}
