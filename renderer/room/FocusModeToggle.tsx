import { useTranslation } from 'react-i18next';
import { ariaKeyShortcuts } from '../actions/shortcuts';
import { useBoardActions } from '../board/boardActionsContext';
import { useFocusMode } from './focusMode';
import { focusModeAction } from './focusModeAction';

/** The board toolbar's switch for focus mode; the same action as its shortcut. */
export function FocusModeToggle() {
  const { t } = useTranslation();
  const { run } = useBoardActions();
  const on = useFocusMode();
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={on}
      aria-keyshortcuts={ariaKeyShortcuts(focusModeAction.shortcuts)}
      onClick={() => void run(focusModeAction)}
    >
      {t(focusModeAction.labelKey)}
    </button>
  );
}
