import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/actionplan/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';

/** Deleting a plan takes its områden, activities, history and meetings along; the toast offers undo. */
export function DeletePlanDialog({ plan, onClose }: { readonly plan: Plan; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  return (
    <ConfirmDialog
      title={t('plan.delete.title')}
      message={t('plan.delete.message', { title: plan.title })}
      confirmLabel={t('plan.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('plan.delete', { id: plan.id });
        notice((t) => t('plan.delete.done', { title: plan.title }), 'plan.delete');
      }}
    />
  );
}
