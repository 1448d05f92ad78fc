/**
 * Capture fields clear themselves once an entry is saved, which also empties
 * the browser's own text undo. Ctrl+Z in such a field while it is empty
 * therefore means the page's undo (the entry just added); with text in it,
 * the browser's text undo applies as in any field. Put the handler on the
 * field, or on a form of capture fields.
 */
import { type KeyboardEvent, useCallback } from 'react';
import { useActions } from './actionsContext';
import { redoAction, undoAction } from './historyActions';
import { matchesShortcut } from './shortcuts';

const isEmptyTextField = (target: EventTarget): boolean =>
  (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && ['text', 'search', ''].includes(target.type))) &&
  target.value === '';

export function useEmptyFieldHistory(): (event: KeyboardEvent<HTMLElement>) => void {
  const { run } = useActions();
  return useCallback(
    (event) => {
      if (event.nativeEvent.isComposing || !isEmptyTextField(event.target)) return;
      const action = [undoAction, redoAction].find((candidate) => candidate.shortcuts.some((s) => matchesShortcut(event, s)));
      if (!action) return;
      event.preventDefault();
      if (!event.repeat) void run(action);
    },
    [run],
  );
}
