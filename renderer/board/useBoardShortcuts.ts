import { type RefObject, useEffect } from 'react';
import { boardActionRegistry } from '../actions/board/boardRegistry';
import type { BoardAction, BoardActionContext, KeyTrigger } from '../actions/board/types';
import { matchesShortcut, shortcutsBlocked } from '../actions/shortcuts';

/** Focus is on the board itself (or nowhere in particular), where Enter, Space and arrows belong to the board. */
function onBoard(target: EventTarget | null, host: HTMLElement | null): boolean {
  if (target === document.body || target === document.documentElement || target === null) return true;
  return target instanceof Node && host !== null && host.contains(target);
}

/**
 * One keydown listener for all board actions while the board tab is shown.
 * Keys do nothing in text fields or behind a dialog; a key whose action does
 * not apply right now keeps its usual browser meaning.
 */
export function useBoardShortcuts(
  active: boolean,
  ctxRef: RefObject<BoardActionContext>,
  hostRef: RefObject<HTMLElement | null>,
  run: (action: BoardAction, trigger?: KeyTrigger) => Promise<void>,
): void {
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      if (shortcutsBlocked(event.target, document)) return;
      const action = boardActionRegistry.find((candidate) => candidate.shortcuts.some((s) => matchesShortcut(event, s)));
      if (!action) return;
      if (action.scope === 'board' && !onBoard(event.target, hostRef.current)) return;
      if (!action.isEnabled(ctxRef.current)) return;
      event.preventDefault();
      if (event.repeat && !action.repeats) return;
      void run(action, { shiftKey: event.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, ctxRef, hostRef, run]);
}
