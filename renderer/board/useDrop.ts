/**
 * What a finished drag means. Notes dropped on a frame go into that cluster
 * (at the slot under the pointer); otherwise free notes and frames are
 * moved with one board.move and notes dragged out of a cluster are freed
 * where they were dropped. The dragged elements keep their on-screen place
 * (pending transforms) until the board answer puts them there.
 */
import { type RefObject, useCallback } from 'react';
import type { ClusterId, NoteId } from '../../shared/board/schema';
import type { Api } from '../api/client';
import type { ItemRef } from './canvas/boardDom';
import type { PendingMoves } from './canvas/pendingMoves';
import type { DropResult } from './canvas/useBoardGestures';
import type { BoardModel } from './model/boardModel';
import { inCluster, type Refocus } from './useRefocus';

const HOLD_LIMIT_MS = 2000;

export function useDrop(
  api: Api,
  modelRef: RefObject<BoardModel>,
  pending: PendingMoves,
  refocus: Refocus,
  onError: (failure: unknown) => void,
): (result: DropResult) => void {
  return useCallback(
    (result: DropResult) => {
      const model = modelRef.current;
      const noteItems: ItemRef[] = result.notes.map((id) => ({ kind: 'note', id }));
      const clusterItems: ItemRef[] = result.clusters.map((id) => ({ kind: 'cluster', id }));
      const all = [...noteItems, ...clusterItems];
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.noteId : undefined;

      const holdThen = (items: readonly ItemRef[], request: Promise<unknown>): void => {
        for (const item of items) pending.hold(item);
        request.then(
          () => setTimeout(() => pending.releaseHeld(items), HOLD_LIMIT_MS),
          (failure: unknown) => {
            pending.release(items);
            onError(failure);
          },
        );
      };

      const { target, delta } = result;
      if (target && result.clusters.length === 0) {
        const members = model.members.get(target.clusterId) ?? [];
        const alone = result.notes.length === 1 ? model.noteById.get(result.notes[0] as NoteId) : undefined;
        const stayingIndex = alone ? members.filter((m) => m.id !== alone.id).length : 0;
        const samePlace =
          alone?.clusterId === target.clusterId && members.findIndex((m) => m.id === alone.id) === (target.index ?? stayingIndex);
        if (samePlace) {
          pending.release(all);
          return;
        }
        if (focused && result.notes.includes(focused as NoteId)) refocus.request({ kind: 'note', id: focused }, inCluster(target.clusterId));
        holdThen(noteItems, api.invoke('note.setCluster', { ids: [...result.notes], clusterId: target.clusterId, index: target.index }));
        return;
      }

      if (delta.x === 0 && delta.y === 0) {
        pending.release(all);
        return;
      }
      const clustered = result.notes.filter((id) => model.noteById.get(id)?.clusterId);
      const free = result.notes.filter((id) => !model.noteById.get(id)?.clusterId);
      const moved: ItemRef[] = [...clusterItems, ...free.map((id): ItemRef => ({ kind: 'note', id }))];
      if (moved.length > 0) {
        const placed = moved.map((item) => {
          const from = pending.positionOf(item) ?? { x: 0, y: 0 };
          const to = { x: from.x + delta.x, y: from.y + delta.y };
          pending.place(item, to);
          return { ...to, id: item.id };
        });
        api
          .invoke('board.move', {
            notes: placed.filter((p) => moved.find((m) => m.id === p.id)?.kind === 'note').map((p) => ({ ...p, id: p.id as NoteId })),
            clusters: placed.filter((p) => moved.find((m) => m.id === p.id)?.kind === 'cluster').map((p) => ({ ...p, id: p.id as ClusterId })),
          })
          .catch((failure: unknown) => {
            pending.release(moved);
            onError(failure);
          });
      }
      if (clustered.length > 0) {
        const first = model.layout.notes.get(clustered[0] as NoteId) ?? { x: 0, y: 0 };
        const position = { x: Math.round(first.x + delta.x), y: Math.round(first.y + delta.y) };
        if (focused && clustered.includes(focused as NoteId)) refocus.request({ kind: 'note', id: focused }, inCluster(null));
        holdThen(
          clustered.map((id): ItemRef => ({ kind: 'note', id })),
          api.invoke('note.setCluster', { ids: clustered, clusterId: null, position }),
        );
      }
    },
    [api, modelRef, pending, refocus, onError],
  );
}
