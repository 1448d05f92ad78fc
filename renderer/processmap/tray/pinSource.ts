import type { ClusterId, NoteId } from '../../../shared/board/schema';

/** What the tray offers to pin: a whole cluster (its notes as they are then) or one free note. */
export type PinSource =
  | { readonly kind: 'cluster'; readonly clusterId: ClusterId; readonly text: string }
  | { readonly kind: 'note'; readonly noteId: NoteId; readonly text: string };

/** The part of `mapElement.create` that names the card's source. */
export const sourceFields = (source: PinSource) => (source.kind === 'cluster' ? { clusterId: source.clusterId } : { noteIds: [source.noteId] });
