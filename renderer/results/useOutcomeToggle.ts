/**
 * "Prioritera" is a toggle, so a second press must act on the first one
 * even before the server's answer has come back: the pressed state is laid
 * over the saved decisions until a newer list of decisions arrives.
 */
import { useCallback, useState } from 'react';
import type { Outcome } from '../../shared/outcome/schema';
import type { ItemKind } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';

interface Pressed {
  readonly prioritised: boolean;
  readonly against: readonly Outcome[];
}

export function useOutcomeToggle(workshopId: WorkshopId, outcomes: readonly Outcome[], onError: (failure: unknown) => void) {
  const api = useApi();
  const [pressed, setPressed] = useState<ReadonlyMap<string, Pressed>>(new Map());

  const isPrioritised = useCallback(
    (itemId: string): boolean => {
      const local = pressed.get(itemId);
      if (local && local.against === outcomes) return local.prioritised;
      return outcomes.some((o) => o.itemId === itemId && o.status === 'prioritised');
    },
    [pressed, outcomes],
  );

  const toggle = useCallback(
    (itemId: string, kind: ItemKind) => {
      const next = !isPrioritised(itemId);
      setPressed((map) => new Map(map).set(itemId, { prioritised: next, against: outcomes }));
      api.invoke('outcome.set', { workshopId, itemId, kind, status: next ? 'prioritised' : null }).catch(onError);
    },
    [api, isPrioritised, onError, outcomes, workshopId],
  );

  return { isPrioritised, toggle };
}
