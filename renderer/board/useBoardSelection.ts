/**
 * The board's selection. Ids that disappear (deleted, undone, merged away)
 * drop out by themselves. Selection follows keyboard focus while at most one
 * thing is selected, so Tab then Enter edits the note Tab reached; Space on
 * the focused item "fixes" the selection, after which Tab moves on without
 * losing it and further Space presses add or remove items.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ClusterId, NoteId } from '../../shared/board/schema';
import type { ItemRef } from './canvas/boardDom';
import type { BoardModel } from './model/boardModel';
import {
  type BoardSelection,
  EMPTY_SELECTION,
  onlyCluster,
  onlyNote,
  pruneSelection,
  selectionSize,
  toggleCluster,
  toggleNote,
} from './model/selection';

type Update = BoardSelection | ((current: BoardSelection) => BoardSelection);

export interface SelectionState {
  readonly selection: BoardSelection;
  readonly select: (next: Update) => void;
  /** Space on the focused item. */
  readonly toggle: (item: ItemRef, current: BoardSelection) => void;
  /** Keyboard focus reached an item. */
  readonly follow: (item: ItemRef, current: BoardSelection) => void;
}

const only = (item: ItemRef): BoardSelection => (item.kind === 'note' ? onlyNote(item.id as NoteId) : onlyCluster(item.id as ClusterId));
const has = (selection: BoardSelection, item: ItemRef): boolean =>
  item.kind === 'note' ? selection.notes.includes(item.id as NoteId) : selection.clusters.includes(item.id as ClusterId);

export function useBoardSelection(model: BoardModel): SelectionState {
  const [raw, setRaw] = useState<BoardSelection>(EMPTY_SELECTION);
  const pinned = useRef(false);
  const selection = useMemo(() => pruneSelection(raw, (id) => model.noteById.has(id), (id) => model.clusterById.has(id)), [raw, model]);

  const select = useCallback((next: Update) => {
    pinned.current = false;
    setRaw(next);
  }, []);

  const toggle = useCallback((item: ItemRef, current: BoardSelection) => {
    const alone = selectionSize(current) === 1 && has(current, item);
    const next = alone && !pinned.current ? current : item.kind === 'note' ? toggleNote(current, item.id as NoteId) : toggleCluster(current, item.id as ClusterId);
    setRaw(next);
    pinned.current = selectionSize(next) > 0;
  }, []);

  const follow = useCallback(
    (item: ItemRef, current: BoardSelection) => {
      const size = selectionSize(current);
      if (!has(current, item) && (size === 0 || (size === 1 && !pinned.current))) select(only(item));
    },
    [select],
  );

  return { selection, select, toggle, follow };
}
