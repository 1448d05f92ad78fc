import type { PlanTemplate } from '../../shared/actionplan/schema';
import type { TestApp } from './core';
import { openTestApp } from './core';

/** A fixed "today" (local time), so overdue does not depend on when tests run. */
export const TODAY = '2027-03-15';
export const fixedClock = () => new Date(2027, 2, 15, 10, 0, 0);

export async function openPlanApp(options: { dataDir?: string } = {}) {
  return openTestApp({ clock: fixedClock, ...options });
}

export async function newPlan(app: TestApp, template: PlanTemplate = 'empty') {
  const [programme] = await app.call('programme.list', {});
  return app.call('plan.create', { programmeId: programme!.id, title: 'Handlingsplan Ronneby', periodStart: '2027-01-01', periodEnd: '2027-12-31', template });
}

/** An empty plan with one område, ready for activities. */
export async function planWithArea(app: TestApp) {
  const plan = await newPlan(app);
  const area = await app.call('planArea.create', { planId: plan.id, title: 'Tryggt mottagande' });
  return { plan, area };
}
