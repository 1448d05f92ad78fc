import { EMPTY_SELECTION, selectionSize } from '../../board/model/selection';
import type { BoardAction, BoardActionContext, KeyTrigger } from './types';

export const SMALL_STEP = 16;
export const LARGE_STEP = 64;

const hasSelection = (ctx: BoardActionContext): boolean => selectionSize(ctx.selection) > 0;

export const toggleSelectionAction: BoardAction = {
  id: 'selection.toggle',
  labelKey: 'board.actions.toggleSelection',
  shortcuts: ['Space'],
  scope: 'board',
  group: 'selection',
  surfaces: [],
  isEnabled: (ctx) => ctx.ui.focusedItem() !== null,
  perform: (ctx) => ctx.ui.toggleFocused(),
};

export const selectAllAction: BoardAction = {
  id: 'selection.all',
  labelKey: 'board.actions.selectAll',
  shortcuts: ['Mod+A'],
  scope: 'page',
  group: 'selection',
  surfaces: [],
  isEnabled: (ctx) => ctx.model.notes.length > 0 || ctx.model.clusters.length > 0,
  perform(ctx) {
    const { matching, model } = ctx;
    ctx.ui.select({
      notes: model.notes.filter((note) => matching === null || matching.has(note.id)).map((note) => note.id),
      clusters: matching === null ? model.clusters.map((cluster) => cluster.id) : [],
    });
  },
};

export const clearSelectionAction: BoardAction = {
  id: 'selection.clear',
  labelKey: 'board.actions.clearSelection',
  shortcuts: ['Escape'],
  scope: 'page',
  group: 'selection',
  surfaces: [],
  isEnabled: hasSelection,
  perform: (ctx) => ctx.ui.select(EMPTY_SELECTION),
};

export const contextMenuAction: BoardAction = {
  id: 'selection.menu',
  labelKey: 'board.actions.openMenu',
  shortcuts: ['Shift+F10', 'ContextMenu'],
  scope: 'board',
  group: 'selection',
  surfaces: [],
  isEnabled: (ctx) => ctx.ui.focusedItem() !== null,
  perform: (ctx) => ctx.ui.openMenuAtFocus(),
};

function moveAction(id: string, labelKey: string, key: string, dx: number, dy: number): BoardAction {
  return {
    id,
    labelKey,
    shortcuts: [key, `Shift+${key}`],
    scope: 'board',
    group: 'selection',
    surfaces: [],
    repeats: true,
    isEnabled: hasSelection,
    perform(ctx, trigger?: KeyTrigger) {
      const step = trigger?.shiftKey ? LARGE_STEP : SMALL_STEP;
      ctx.ui.nudge(dx * step, dy * step);
    },
  };
}

export const moveUpAction = moveAction('selection.moveUp', 'board.actions.moveUp', 'ArrowUp', 0, -1);
export const moveDownAction = moveAction('selection.moveDown', 'board.actions.moveDown', 'ArrowDown', 0, 1);
export const moveLeftAction = moveAction('selection.moveLeft', 'board.actions.moveLeft', 'ArrowLeft', -1, 0);
export const moveRightAction = moveAction('selection.moveRight', 'board.actions.moveRight', 'ArrowRight', 1, 0);
