import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '../../shared/processmap/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoableNotice } from '../history/useUndoableNotice';

/** Deleting a map takes its lanes, elements and arrows along; its counterpart stays, unpaired; the toast offers undo. */
export function DeleteMapDialog({ map, onClose }: { readonly map: ProcessMap; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const words = { name: map.name, state: t(`processMap.states.${map.state}`) };
  return (
    <ConfirmDialog
      title={t('processMap.delete.title')}
      message={t('processMap.delete.message', words)}
      confirmLabel={t('processMap.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('processMap.delete', { id: map.id });
        notice((t) => t('processMap.delete.done', words), 'processMap.delete');
      }}
    />
  );
}
