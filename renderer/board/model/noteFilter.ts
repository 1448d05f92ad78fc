/**
 * Search and filter. Non-matching notes are dimmed on the board (they keep
 * their place, so the wall does not rearrange while someone types) and left
 * out of the side list.
 */
import type { NoteColour, NoteId } from '../../../shared/board/schema';
import { matchesSearch } from '../../../shared/board/text';
import type { Huvudman } from '../../../shared/participant/schema';
import type { BoardModel } from './boardModel';

export const ANONYMOUS = 'anonymous';
export const ANY = 'all';

export interface NoteFilter {
  readonly text: string;
  /** A participant id, ANONYMOUS, or ANY. */
  readonly author: string;
  readonly huvudman: Huvudman | typeof ANY;
  readonly colour: NoteColour | typeof ANY;
}

export const NO_FILTER: NoteFilter = { text: '', author: ANY, huvudman: ANY, colour: ANY };

export function isFiltering(filter: NoteFilter): boolean {
  return filter.text.trim() !== '' || filter.author !== ANY || filter.huvudman !== ANY || filter.colour !== ANY;
}

/** Ids of the notes that pass, or null when nothing is filtered (all pass). */
export function matchingNotes(model: BoardModel, filter: NoteFilter): ReadonlySet<NoteId> | null {
  if (!isFiltering(filter)) return null;
  const query = filter.text.trim();
  const passing = new Set<NoteId>();
  for (const note of model.notes) {
    if (filter.colour !== ANY && note.colour !== filter.colour) continue;
    if (filter.author === ANONYMOUS ? note.authorId !== null : filter.author !== ANY && note.authorId !== filter.author) continue;
    if (filter.huvudman !== ANY) {
      const author = note.authorId === null ? undefined : model.participantById.get(note.authorId);
      if (author?.huvudman !== filter.huvudman) continue;
    }
    if (query !== '' && !matchesSearch(note.text, query)) continue;
    passing.add(note.id);
  }
  return passing;
}
