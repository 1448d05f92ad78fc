import { EMPTY_SELECTION } from '../../board/model/selection';
import type { Translated } from '../../i18n/translate';
import type { BoardActionContext } from './types';

/** After notes or clusters are gone: nothing stays selected, and a toast can take the change back. */
export function afterRemoval(ctx: BoardActionContext, message: Translated, method: string): void {
  ctx.ui.select(EMPTY_SELECTION);
  ctx.ui.undoable(message, method);
}
