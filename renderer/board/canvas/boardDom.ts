/** Finding board elements from events and ids; the board has one pointer handler, not one per note. */
import type { ClusterId, NoteId } from '../../../shared/board/schema';

export type ItemKind = 'note' | 'cluster';

export interface ItemRef {
  readonly kind: ItemKind;
  readonly id: string;
}

export function noteElement(layer: ParentNode | null, id: string): HTMLElement | null {
  return layer?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`) ?? null;
}

export function clusterElement(layer: ParentNode | null, id: string): HTMLElement | null {
  return layer?.querySelector<HTMLElement>(`[data-cluster-id="${CSS.escape(id)}"]`) ?? null;
}

export function itemElement(layer: ParentNode | null, item: ItemRef): HTMLElement | null {
  return item.kind === 'note' ? noteElement(layer, item.id) : clusterElement(layer, item.id);
}

/** The note or cluster frame an event happened on; a note inside a frame wins. */
export function itemAt(target: EventTarget | null): (ItemRef & { readonly element: HTMLElement; readonly onHeader: boolean }) | null {
  if (!(target instanceof Element)) return null;
  const note = target.closest<HTMLElement>('[data-note-id]');
  if (note?.dataset.noteId) return { kind: 'note', id: note.dataset.noteId as NoteId, element: note, onHeader: false };
  const cluster = target.closest<HTMLElement>('[data-cluster-id]');
  if (cluster?.dataset.clusterId) {
    const onHeader = target.closest('[data-cluster-header]') !== null;
    return { kind: 'cluster', id: cluster.dataset.clusterId as ClusterId, element: cluster, onHeader };
  }
  return null;
}

/** The element that takes keyboard focus for an item: the note itself, or the frame's heading. */
export function focusTarget(layer: ParentNode | null, item: ItemRef): HTMLElement | null {
  const element = itemElement(layer, item);
  if (item.kind === 'note') return element;
  return element?.querySelector<HTMLElement>('[data-cluster-header]') ?? null;
}

export function isEditingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('textarea, input, select, [data-editing]') !== null;
}
