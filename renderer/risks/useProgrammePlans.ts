/**
 * Every handlingsplan of the programme in full, for the register's pickers
 * (origin område, follow-up meeting, the activity an action links to).
 * Read when a dialog opens, never for the table, so the register page
 * stays one query.
 */
import { useEffect, useState } from 'react';
import type { PlanView } from '../../shared/actionplan/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { useApi } from '../api/ApiContext';

export function useProgrammePlans(programmeId: string): readonly PlanView[] | undefined {
  const api = useApi();
  const [plans, setPlans] = useState<readonly PlanView[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const load = () =>
      api
        .invoke('plan.list', { programmeId: programmeId as ProgrammeId })
        .then((list) => Promise.all(list.map((plan) => api.invoke('plan.get', { id: plan.id }))))
        .then((views) => {
          if (current) setPlans(views);
        })
        // A picker without plans still lets the user save the rest; the list stays empty.
        .catch(() => {
          if (current) setPlans([]);
        });
    void load();
    const off = api.onChange(() => void load());
    return () => {
      current = false;
      off();
    };
  }, [api, programmeId]);
  return plans;
}
