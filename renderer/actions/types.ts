import type { HistoryScope, HistoryState } from '../../shared/history/schema';
import type { Api } from '../api/client';
import type { ToastInput } from '../common/toastContext';
import type { Translate } from '../i18n/translate';

/** What an action can see and use when it is asked whether it applies and when it runs. */
export interface ActionContext {
  readonly api: Api;
  readonly t: Translate;
  /** The document of the current page: undo and redo walk its history only. */
  readonly scope: HistoryScope;
  /** Undefined until the first answer from history.state. */
  readonly history: HistoryState | undefined;
  /** Reports the history state an undo or redo answered with. */
  readonly historyChanged: (state: HistoryState) => void;
  readonly notify: (toast: ToastInput) => void;
}

/** Where an action shows up besides the keyboard. */
export type ActionSurface = 'header';

/**
 * One user action, declared once and read by every surface (header buttons,
 * keyboard; later menus or a command palette).
 */
export interface Action {
  readonly id: string;
  /** Short label, e.g. "Ångra". */
  readonly labelKey: string;
  /** Shortcuts like "Mod+Z" (Mod is Ctrl, or Cmd on a Mac), "Ctrl+Y", "Mod+Shift+Z". */
  readonly shortcuts: readonly string[];
  readonly surfaces: readonly ActionSurface[];
  isEnabled(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): Promise<void>;
  /** Longer label naming what the action will affect, when that depends on state. */
  describe?(ctx: ActionContext): string | null;
}
