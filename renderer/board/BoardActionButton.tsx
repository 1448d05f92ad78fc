import { useTranslation } from 'react-i18next';
import { ariaKeyShortcuts } from '../actions/shortcuts';
import type { BoardAction } from '../actions/board/types';
import { useBoardActions } from './boardActionsContext';

/** A button for a declared board action: label, enabled state and shortcut come from the declaration. */
export function BoardActionButton({ action, className, label }: { readonly action: BoardAction; readonly className?: string; readonly label?: string }) {
  const { t } = useTranslation();
  const { ctx, run } = useBoardActions();
  return (
    <button
      type="button"
      className={className ?? 'button button--small'}
      disabled={!action.isEnabled(ctx)}
      aria-keyshortcuts={action.shortcuts.length > 0 ? ariaKeyShortcuts(action.shortcuts) : undefined}
      onClick={() => void run(action)}
    >
      {label ?? t(action.labelKey)}
    </button>
  );
}
