import {
  clusterDialogueAction,
  dissolveClusterAction,
  mergeClustersAction,
  renameClusterAction,
  suggestClustersAction,
} from './clusterActions';
import {
  deleteAction,
  duplicateAction,
  editNoteAction,
  groupAction,
  moveToClusterAction,
  newNoteAction,
  noteDetailsAction,
  removeFromClusterAction,
} from './noteActions';
import {
  clearSelectionAction,
  contextMenuAction,
  moveDownAction,
  moveLeftAction,
  moveRightAction,
  moveUpAction,
  selectAllAction,
  toggleSelectionAction,
} from './selectionActions';
import { focusModeAction } from '../../room/focusModeAction';
import type { BoardAction, BoardSurface } from './types';
import {
  exportPngAction,
  exportXlsxAction,
  fitAction,
  shortcutHelpAction,
  zoomInAction,
  zoomOutAction,
  zoomResetAction,
} from './viewActions';

/**
 * Every action of the workshop board. The toolbar, the context menus, the
 * keyboard handler and the shortcut help all read this list; the order here
 * is the order they show.
 */
export const boardActionRegistry: readonly BoardAction[] = [
  newNoteAction,
  editNoteAction,
  noteDetailsAction,
  groupAction,
  duplicateAction,
  deleteAction,
  moveToClusterAction,
  removeFromClusterAction,
  renameClusterAction,
  clusterDialogueAction,
  mergeClustersAction,
  dissolveClusterAction,
  suggestClustersAction,
  toggleSelectionAction,
  selectAllAction,
  clearSelectionAction,
  moveUpAction,
  moveDownAction,
  moveLeftAction,
  moveRightAction,
  contextMenuAction,
  zoomInAction,
  zoomOutAction,
  zoomResetAction,
  fitAction,
  focusModeAction,
  exportXlsxAction,
  exportPngAction,
  shortcutHelpAction,
];

export function boardActionsOn(surface: BoardSurface): readonly BoardAction[] {
  return boardActionRegistry.filter((action) => action.surfaces.includes(surface));
}
