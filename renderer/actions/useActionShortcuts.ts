import { useEffect, useRef } from 'react';
import { matchesShortcut, shortcutsBlocked } from './shortcuts';
import type { Action } from './types';

/** One keydown listener for all declared actions. */
export function useActionShortcuts(actions: readonly Action[], run: (action: Action) => Promise<void>): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      if (shortcutsBlocked(event.target, document)) return;
      const action = actions.find((candidate) => candidate.shortcuts.some((s) => matchesShortcut(event, s)));
      if (!action) return;
      event.preventDefault();
      // Holding the keys down should not undo a long series of changes by accident.
      if (!event.repeat) void runRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
