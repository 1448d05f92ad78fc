/**
 * Arrow keys on the selection. Free notes and frames move at once on screen
 * (a pending transform) and are saved together with one board.move shortly
 * after the last key press, so holding an arrow is one undo step. A single
 * selected note inside a cluster changes its place in the cluster instead.
 */
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { ClusterId, NoteId } from '../../shared/board/schema';
import { clusterColumns, noteRect, type Point } from '../../shared/board/layout';
import type { Api } from '../api/client';
import type { ItemRef } from './canvas/boardDom';
import { movingItems } from './canvas/moving';
import type { PendingMoves } from './canvas/pendingMoves';
import type { Viewport } from './canvas/viewport';
import type { BoardModel } from './model/boardModel';
import type { BoardSelection } from './model/selection';
import { inCluster, type Refocus } from './useRefocus';

const COMMIT_AFTER_MS = 250;
const LIMIT = 100_000;

/** Place of a note element among its frame's notes (the heading comes first). */
const memberIndex = (element: HTMLElement): number =>
  [...(element.parentElement?.children ?? [])].filter((child) => child instanceof HTMLElement && child.dataset.noteId).indexOf(element);

const clamp = (value: number): number => Math.max(-LIMIT, Math.min(LIMIT, Math.round(value)));

export function useNudge(
  api: Api,
  modelRef: RefObject<BoardModel>,
  selectionRef: RefObject<BoardSelection>,
  pending: PendingMoves,
  viewport: Viewport,
  refocus: Refocus,
  onError: (failure: unknown) => void,
): (dx: number, dy: number) => void {
  const queue = useRef(new Map<string, ItemRef>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    const items = [...queue.current.values()];
    queue.current.clear();
    if (items.length === 0) return;
    const at = (item: ItemRef): Point => pending.positionOf(item) ?? { x: 0, y: 0 };
    const notes = items.filter((i) => i.kind === 'note').map((i) => ({ id: i.id as NoteId, ...at(i) }));
    const clusters = items.filter((i) => i.kind === 'cluster').map((i) => ({ id: i.id as ClusterId, ...at(i) }));
    api.invoke('board.move', { notes, clusters }).catch((failure: unknown) => {
      pending.release(items);
      onError(failure);
    });
  }, [api, pending, onError]);

  useEffect(() => () => commit(), [commit]);

  return useCallback(
    (dx: number, dy: number) => {
      const model = modelRef.current;
      const selection = selectionRef.current;
      const [only] = selection.notes;
      const note = only && selection.notes.length === 1 && selection.clusters.length === 0 ? model.noteById.get(only) : undefined;
      if (note?.clusterId) {
        const members = model.members.get(note.clusterId) ?? [];
        const index = members.findIndex((m) => m.id === note.id);
        const step = dx !== 0 ? Math.sign(dx) : Math.sign(dy) * clusterColumns(members.length);
        const next = Math.max(0, Math.min(members.length - 1, index + step));
        if (next === index) return;
        // The element moves within its frame once the answer is rendered; focus it again then.
        refocus.request({ kind: 'note', id: note.id }, (element) => inCluster(note.clusterId)(element) && memberIndex(element) === next);
        api.invoke('note.setCluster', { ids: [note.id], clusterId: note.clusterId, index: next }).catch(onError);
        return;
      }
      const items = movingItems(model, selection).filter((item) => item.kind === 'cluster' || !model.noteById.get(item.id as NoteId)?.clusterId);
      for (const item of items) {
        const from = pending.positionOf(item);
        if (!from) continue;
        pending.place(item, { x: clamp(from.x + dx), y: clamp(from.y + dy) });
        queue.current.set(`${item.kind}:${item.id}`, item);
      }
      const [first] = items;
      const target = first ? pending.positionOf(first) : undefined;
      if (first && target) {
        const frame = first.kind === 'cluster' ? model.layout.clusters.get(first.id) : undefined;
        viewport.reveal(frame ? { ...frame, ...target } : noteRect(target));
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, COMMIT_AFTER_MS);
    },
    [api, modelRef, selectionRef, pending, viewport, refocus, onError, commit],
  );
}
