/**
 * Who records a status or health change. Typed once and remembered on this
 * machine, since one processledare usually keeps the plan; it can be changed
 * in any form that records progress.
 */
import { useCallback, useState } from 'react';

const KEY = 'samverkstad.plan.by';

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function useRememberedName(): readonly [string, (name: string) => void] {
  const [name, setName] = useState(read);
  const remember = useCallback((next: string) => {
    setName(next);
    try {
      if (next.trim()) window.localStorage.setItem(KEY, next.trim());
    } catch {
      // Private windows may refuse storage; the name is then asked for again next time.
    }
  }, []);
  return [name, remember] as const;
}
