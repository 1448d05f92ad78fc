import type { MatrixPoint, Quadrant } from '../../../shared/matrix/quadrant';
import type { MatrixLayout } from '../useArrangement';
import type { WorkshopItem } from '../workshopItems';

/** How a new position is saved: at once (keys 1–4), or after the arrow keys rest. */
export type PlaceTiming = 'now' | 'settle';

/** What a matrix action sees: the focused item, where it is if placed, and the matrix as measured now. */
export interface MatrixActionContext {
  readonly item: WorkshopItem;
  readonly position: MatrixPoint | null;
  /** Null while the matrix is not laid out. */
  layout(): MatrixLayout | null;
  place(point: MatrixPoint, timing: PlaceTiming): void;
  unplace(): void;
  /** An arrow key that could not move the card any further. */
  atEdge(): void;
}

export interface MatrixKeyTrigger {
  readonly shiftKey: boolean;
}

/**
 * One keyboard action on a focused matrix item, declared once and read by
 * the key handler and the shortcut help alike (see renderer/actions).
 */
export interface MatrixAction {
  readonly id: string;
  /** May use {{quadrant}}, filled with the workshop's name for `quadrant`. */
  readonly labelKey: string;
  readonly shortcuts: readonly string[];
  readonly quadrant?: Quadrant;
  /** Held keys repeat the action (arrow moves); others fire once per press. */
  readonly repeats?: boolean;
  isEnabled(ctx: MatrixActionContext): boolean;
  perform(ctx: MatrixActionContext, trigger: MatrixKeyTrigger): void;
}
