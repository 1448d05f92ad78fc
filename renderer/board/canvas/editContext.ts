import { createContext, useContext } from 'react';
import type { NoteId } from '../../../shared/board/schema';

/** How an in-place editor hands its text back; kept out of note props so notes stay cheap to compare. */
export interface NoteEditing {
  save(id: NoteId, text: string): void;
  cancel(id: NoteId): void;
}

export const NoteEditingContext = createContext<NoteEditing | null>(null);

export function useNoteEditing(): NoteEditing {
  const editing = useContext(NoteEditingContext);
  if (!editing) throw new Error('useNoteEditing must be used inside <NoteEditingContext.Provider>');
  return editing;
}
