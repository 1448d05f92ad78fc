import { useTranslation } from 'react-i18next';
import { ActionButton } from '../actions/ActionButton';
import { actionRegistry } from '../actions/registry';

export function HistoryButtons() {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="group" aria-label={t('actions.groupLabel')}>
      {actionRegistry
        .filter((action) => action.surfaces.includes('header'))
        .map((action) => (
          <ActionButton key={action.id} action={action} className="button button--header" />
        ))}
    </div>
  );
}
