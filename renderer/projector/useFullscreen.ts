import { useCallback, useEffect, useState } from 'react';

export interface Fullscreen {
  readonly active: boolean;
  readonly toggle: () => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The whole page full screen, by a button or the F key; Esc leaves (the
 * browser does this itself, the handler here covers shells that pass the
 * key on). A refused request (no user gesture, a shell without the
 * permission) leaves the page as it was.
 */
export function useFullscreen(): Fullscreen {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);

  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        toggle();
      } else if (event.key === 'Escape' && document.fullscreenElement) {
        void document.exitFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { active, toggle };
}
