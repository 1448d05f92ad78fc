import { useTranslation } from 'react-i18next';
import { ActionButton } from '../actions/ActionButton';
import { useActions } from '../actions/actionsContext';
import { actionRegistry } from '../actions/registry';

export function HistoryButtons() {
  const { t } = useTranslation();
  const { ctx } = useActions();
  // Names whose history the buttons walk, since undo here leaves other pages' changes alone.
  const kind = ctx.scope.split(':')[0];
  return (
    <div className="toolbar" role="group" aria-label={t(`actions.scope.${kind}`)}>
      {actionRegistry
        .filter((action) => action.surfaces.includes('header'))
        .map((action) => (
          <ActionButton key={action.id} action={action} className="button button--header" />
        ))}
    </div>
  );
}
