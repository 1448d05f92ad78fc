import { useTranslation } from 'react-i18next';
import { useActions } from './actionsContext';
import { ariaKeyShortcuts } from './shortcuts';
import type { Action } from './types';

export function ActionButton({ action, className }: { readonly action: Action; readonly className?: string }) {
  const { t } = useTranslation();
  const { ctx, run } = useActions();
  const enabled = action.isEnabled(ctx);
  const label = action.describe?.(ctx) ?? t(action.labelKey);
  return (
    <button
      type="button"
      className={className ?? 'button'}
      disabled={!enabled}
      aria-keyshortcuts={ariaKeyShortcuts(action.shortcuts)}
      onClick={() => void run(action)}
    >
      {label}
    </button>
  );
}
