import type { TestApp } from './core';
import { openTestApp } from './core';
import { newPlan } from './plan-fixture';

export { followedUpPlan, newPlan, prioritisedCluster } from './plan-fixture';

/** A fixed "today" (local time), so overdue does not depend on when tests run. */
export const TODAY = '2027-03-15';
export const fixedClock = () => new Date(2027, 2, 15, 10, 0, 0);

export async function openPlanApp(options: { dataDir?: string } = {}) {
  return openTestApp({ clock: fixedClock, ...options });
}

/** An empty plan with one område, ready for activities. */
export async function planWithArea(app: TestApp) {
  const plan = await newPlan(app);
  const area = await app.call('planArea.create', { planId: plan.id, title: 'Tryggt mottagande' });
  return { plan, area };
}
