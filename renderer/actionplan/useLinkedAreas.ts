/**
 * Which plan områden each improvement area of a programme has become. Read
 * from the programme's plans (usually one or two), again whenever the plan
 * list is refetched after a change.
 */
import { useEffect, useState } from 'react';
import type { PlanId } from '../../shared/actionplan/schema';
import { useApi } from '../api/ApiContext';

export interface LinkedArea {
  readonly planId: string;
  readonly planTitle: string;
  readonly areaId: string;
}

export function useLinkedAreas(plans: readonly { readonly id: PlanId }[] | undefined): ReadonlyMap<string, readonly LinkedArea[]> {
  const api = useApi();
  const [links, setLinks] = useState<ReadonlyMap<string, readonly LinkedArea[]>>(new Map());

  useEffect(() => {
    if (!plans) return undefined;
    let current = true;
    void Promise.all(plans.map((plan) => api.invoke('plan.get', { id: plan.id }))).then(
      (views) => {
        if (!current) return;
        const next = new Map<string, LinkedArea[]>();
        for (const view of views) {
          for (const { area } of view.areas) {
            if (area.improvementAreaId === null) continue;
            next.set(area.improvementAreaId, [...(next.get(area.improvementAreaId) ?? []), { planId: view.plan.id, planTitle: view.plan.title, areaId: area.id }]);
          }
        }
        setLinks(next);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, plans]);

  return links;
}
