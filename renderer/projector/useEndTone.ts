import { useCallback, useEffect, useRef, useState } from 'react';
import { playEndTone } from './endTone';

const STORAGE_KEY = 'samverkstad.projector.endTone';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage may be disabled; the choice then lasts until the page closes.
  }
}

export interface EndTone {
  readonly on: boolean;
  readonly toggle: () => void;
  /** Sounds the tone if it is on. */
  readonly play: () => void;
}

/**
 * The optional end-of-timer tone: off by default, remembered on this
 * machine. Browsers start audio only after a user gesture, so turning it on
 * plays it once (which also lets the room hear how loud it is), and a tone
 * remembered as on is unlocked by the first click or key press on the page.
 */
export function useEndTone(): EndTone {
  const [on, setOn] = useState(remembered);
  const context = useRef<AudioContext | null>(null);

  const audio = useCallback((): AudioContext => {
    context.current ??= new AudioContext();
    if (context.current.state === 'suspended') void context.current.resume().catch(() => undefined);
    return context.current;
  }, []);

  useEffect(() => {
    if (!on) return;
    const unlock = () => void audio();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [on, audio]);

  useEffect(
    () => () => {
      void context.current?.close().catch(() => undefined);
      context.current = null;
    },
    [],
  );

  const toggle = useCallback(() => {
    const next = !on;
    setOn(next);
    remember(next);
    if (next) playEndTone(audio());
  }, [on, audio]);

  const play = useCallback(() => {
    if (on) playEndTone(audio());
  }, [on, audio]);

  return { on, toggle, play };
}
