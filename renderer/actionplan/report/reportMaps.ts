/**
 * Which of the programme's process maps a plan's status report includes:
 * none until the user picks, then remembered per plan on this machine (in
 * the browser's storage, like the name that records progress). A map that
 * has since been deleted simply drops out.
 */
import { useCallback, useState } from 'react';

const keyOf = (planId: string) => `samverkstad.planReport.maps.${planId}`;

function read(planId: string): readonly string[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(keyOf(planId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The chosen maps in the order the programme lists them, whatever order they were ticked in. */
export function includedMaps<M extends { readonly id: string }>(maps: readonly M[], chosen: readonly string[]): M[] {
  return maps.filter((map) => chosen.includes(map.id));
}

export function toggled(chosen: readonly string[], id: string, included: boolean): string[] {
  return included ? [...new Set([...chosen, id])] : chosen.filter((other) => other !== id);
}

export function useReportMaps(planId: string): readonly [readonly string[], (id: string, included: boolean) => void] {
  const [chosen, setChosen] = useState(() => read(planId));
  const toggle = useCallback(
    (id: string, included: boolean) => {
      setChosen((current) => {
        const next = toggled(current, id, included);
        try {
          window.localStorage.setItem(keyOf(planId), JSON.stringify(next));
        } catch {
          // Private windows may refuse storage; the choice then lasts until the page is left.
        }
        return next;
      });
    },
    [planId],
  );
  return [chosen, toggle] as const;
}
