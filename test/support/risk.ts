import { openDatabase } from '../../electron/storage/database';
import { exampleWorkshop } from './board';
import type { TestApp } from './core';
import type { Caller } from './plan-fixture';
import { planWithArea } from './plan';

/** A rating with the motivations the form requires. */
export const rated = (likelihood: number, consequence: number, by = 'Anna Berg') => ({
  likelihood,
  likelihoodMotivation: `Sannolikhet ${likelihood}: det har hänt förut`,
  consequence,
  consequenceMotivation: `Konsekvens ${consequence}: patienten får vänta`,
  by,
});

/** The example programme with a register, a plan with one område, and the example workshop. */
export async function registerWithPlan(app: TestApp) {
  const { plan, area } = await planWithArea(app);
  const register = await app.call('riskRegister.create', { programmeId: plan.programmeId });
  const workshop = await exampleWorkshop(app);
  return { plan, area, register, workshop };
}

/** A second programme with a workshop, an område, an activity and a meeting: none of them may tie to the first register. */
export async function otherProgramme(app: Caller) {
  const programme = await app.call('programme.create', { name: 'Karlshamn', area: '', level: 'lokal', description: '' });
  const workshop = await app.call('workshop.create', { programmeId: programme.id, title: 'Annan workshop', date: null, type: 'verksamhet', goals: '' });
  const plan = await app.call('plan.create', { programmeId: programme.id, title: 'Annan plan', periodStart: '2027-01-01', periodEnd: '2027-12-31', template: 'empty' });
  const area = await app.call('planArea.create', { planId: plan.id, title: 'Annat område' });
  const activity = await app.call('planActivity.create', { areaId: area.id, what: 'Annan aktivitet' });
  const meeting = (await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-01', title: 'Annat möte', attendees: [] })).meeting;
  return { programme, workshop, plan, area, activity, meeting };
}

/** Row counts of the register's tables, read from the file itself. */
export function riskTableCounts(file: string): Record<string, number> {
  const db = openDatabase(file, { readonly: true });
  try {
    return Object.fromEntries(
      ['risk_register', 'risk', 'risk_assessment', 'risk_action', 'plan_activity'].map((table) => [table, db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}
