/**
 * Capture fields clear themselves once an entry is saved, which also empties
 * the browser's own text undo. Ctrl+Z in such a field while it is empty
 * therefore means the page's undo (the entry just added); with text in it,
 * the browser's text undo applies as in any field.
 */
import { type KeyboardEvent, useCallback } from 'react';
import { useActions } from './actionsContext';
import { redoAction, undoAction } from './historyActions';
import { matchesShortcut } from './shortcuts';

export function useEmptyFieldHistory(): (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void {
  const { run } = useActions();
  return useCallback(
    (event) => {
      if (event.currentTarget.value !== '' || event.nativeEvent.isComposing) return;
      const action = [undoAction, redoAction].find((candidate) => candidate.shortcuts.some((s) => matchesShortcut(event, s)));
      if (!action) return;
      event.preventDefault();
      if (!event.repeat) void run(action);
    },
    [run],
  );
}
