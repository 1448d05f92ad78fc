/**
 * Ctrl+C and Ctrl+V (Cmd on a Mac) for the map editor, on the canvas and in
 * the outline alike. A text field keeps its own copy and paste, and so does
 * text the user has selected on the page.
 */
import type { KeyboardEvent } from 'react';
import type { SelectionActions } from './useSelectionActions';

interface Keys {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

interface Where {
  /** Focus is in an input, text area, select or editable text. */
  readonly inTextField: boolean;
  /** The user has selected text on the page, which Ctrl+C should copy as text. */
  readonly textSelected: boolean;
}

export function clipboardCommand(keys: Keys, where: Where): 'copy' | 'paste' | null {
  if (!(keys.ctrlKey || keys.metaKey) || keys.altKey || where.inTextField) return null;
  const key = keys.key.toLowerCase();
  if (key === 'c') return where.textSelected ? null : 'copy';
  return key === 'v' ? 'paste' : null;
}

/** For the editor's keydown: in the outline, with nothing chosen on the canvas, Ctrl+C copies the element whose row has focus. */
export function onClipboardKey(event: KeyboardEvent<HTMLElement>, actions: SelectionActions | null): void {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const inTextField = target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') != null;
  const textSelected = !(window.getSelection()?.isCollapsed ?? true);
  const command = actions ? clipboardCommand(event, { inTextField, textSelected }) : null;
  if (!command || !actions) return;
  const done = command === 'copy' ? actions.copy(target?.closest<HTMLElement>('[data-element-id]')?.dataset.elementId) : actions.paste();
  if (done) event.preventDefault();
}
