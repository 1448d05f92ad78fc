/**
 * Which note is being edited in place. After a save the editor stays open
 * until the board shows the saved version, so the old text never flashes.
 */
import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NoteId } from '../../shared/board/schema';
import type { Api } from '../api/client';
import type { NoteEditing } from './canvas/editContext';
import type { BoardModel } from './model/boardModel';
import type { Refocus } from './useRefocus';

interface EditingState {
  readonly id: NoteId;
  /** updatedAt of the saved note, once saved. */
  readonly savedAt: string | null;
}

export interface InPlaceEditing {
  readonly editingId: NoteId | null;
  readonly start: (id: NoteId) => void;
  readonly editing: NoteEditing;
  /** Called after each board answer has been rendered. */
  readonly boardShown: (model: BoardModel) => void;
}

export function useInPlaceEditing(api: Api, modelRef: RefObject<BoardModel>, refocus: Refocus, onError: (failure: unknown) => void): InPlaceEditing {
  const [state, setState] = useState<EditingState | null>(null);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  const start = useCallback((id: NoteId) => setState({ id, savedAt: null }), []);

  const boardShown = useCallback((model: BoardModel) => {
    const current = stateRef.current;
    if (!current?.savedAt) return;
    const shown = model.noteById.get(current.id);
    if (!shown || shown.updatedAt >= current.savedAt) setState(null);
  }, []);

  const editing = useMemo<NoteEditing>(
    () => ({
      save(id, text) {
        refocus.request({ kind: 'note', id });
        api.invoke('note.update', { id, text }).then(
          (note) => {
            const shown = modelRef.current.noteById.get(id);
            if (shown && shown.updatedAt >= note.updatedAt) setState(null);
            else setState((e) => (e?.id === id ? { id, savedAt: note.updatedAt } : e));
          },
          (failure: unknown) => {
            setState(null);
            onError(failure);
          },
        );
      },
      cancel(id) {
        setState(null);
        refocus.request({ kind: 'note', id });
      },
    }),
    [api, modelRef, refocus, onError],
  );

  return { editingId: state?.id ?? null, start, editing, boardShown };
}
