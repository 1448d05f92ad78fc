import type { Translated } from '../../i18n/translate';
import type { ClusterId, NoteId } from '../../../shared/board/schema';
import type { ItemRef } from '../../board/canvas/boardDom';
import type { BoardModel } from '../../board/model/boardModel';
import type { BoardSelection } from '../../board/model/selection';
import type { ActionContext } from '../types';

/** Opened from the side list: focus returns there, not to the board. */
export type DialogOrigin = 'side';

/** A dialog the board can show; actions ask for one instead of rendering it. */
export type BoardDialog =
  | { readonly kind: 'group'; readonly noteIds: readonly NoteId[] }
  | { readonly kind: 'rename'; readonly clusterId: ClusterId }
  | { readonly kind: 'dialogue'; readonly clusterId: ClusterId }
  | { readonly kind: 'mergeInto'; readonly clusterId: ClusterId; readonly origin?: DialogOrigin }
  | { readonly kind: 'move'; readonly noteIds: readonly NoteId[]; readonly origin?: DialogOrigin }
  | { readonly kind: 'details'; readonly noteIds: readonly NoteId[] }
  | { readonly kind: 'suggestions' }
  | { readonly kind: 'help' };

export type ZoomCommand = 'in' | 'out' | 'reset' | 'fit';

/** What the board view lends to its actions: state to read and UI to steer. */
export interface BoardUi {
  select(selection: BoardSelection): void;
  focusCapture(): void;
  edit(noteId: NoteId): void;
  open(dialog: BoardDialog): void;
  /** Opens the context menu of the focused note or cluster heading. */
  openMenuAtFocus(): void;
  /** The note or cluster heading that has keyboard focus, if any. */
  focusedItem(): ItemRef | null;
  /**
   * Space on the focused item: the first press keeps a selection that only
   * followed focus, so Tab can move on without losing it; later presses add
   * or remove items.
   */
  toggleFocused(): void;
  /** Moves the selection by a keyboard step (board pixels). */
  nudge(dx: number, dy: number): void;
  zoom(command: ZoomCommand): void;
  /** A toast offering to undo the change just made. */
  undoable(message: Translated, method: string): void;
  exportXlsx(): Promise<void>;
  exportPng(): Promise<void>;
}

export interface BoardActionContext extends ActionContext {
  readonly model: BoardModel;
  readonly selection: BoardSelection;
  /** Notes passing the search and filters, or null when nothing is filtered. */
  readonly matching: ReadonlySet<string> | null;
  readonly ui: BoardUi;
}

/** Where a board action shows up besides the keyboard and the shortcut help. */
export type BoardSurface = 'toolbar' | 'footer' | 'noteMenu' | 'clusterMenu';

/**
 * "page": the key works anywhere on the board tab except in text fields.
 * "board": only while focus is on the board itself (a note, a cluster
 * heading, the empty board), so Enter, Space and the arrows keep their
 * usual meaning on buttons, radio buttons and in the side list.
 */
export type ShortcutScope = 'page' | 'board';

export type BoardActionGroup = 'notes' | 'selection' | 'clusters' | 'view' | 'board';

export interface KeyTrigger {
  readonly shiftKey: boolean;
}

export interface BoardAction {
  readonly id: string;
  readonly labelKey: string;
  readonly shortcuts: readonly string[];
  readonly scope: ShortcutScope;
  readonly group: BoardActionGroup;
  readonly surfaces: readonly BoardSurface[];
  /** Held keys repeat the action (arrow moves); others fire once per press. */
  readonly repeats?: boolean;
  isEnabled(ctx: BoardActionContext): boolean;
  perform(ctx: BoardActionContext, trigger?: KeyTrigger): void | Promise<void>;
}
