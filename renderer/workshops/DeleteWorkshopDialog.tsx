import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';

export function DeleteWorkshopDialog({ workshop, onClose }: { readonly workshop: Workshop; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  return (
    <ConfirmDialog
      title={t('workshops.delete.title')}
      message={t('workshops.delete.message', { title: workshop.title })}
      confirmLabel={t('workshops.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('workshop.delete', { id: workshop.id });
        notice((t) => t('workshops.delete.done', { title: workshop.title }), 'workshop.delete');
      }}
    />
  );
}
