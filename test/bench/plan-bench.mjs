// A handlingsplan of 50 områden × 10 activities (two delmål each) with 2,000
// status-history entries, against the built web mode and its SQLite file:
// the plan read the plan page renders from (plan.get over HTTP), a
// follow-up meeting's agenda generation, one activity's history, and the
// plan page's first render in headless Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { firstRender } from './first-render.mjs';
import { report, time } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const AREAS = 50;
const PER_AREA = 10;
const HISTORY = 2000;
const READS = 60;

export async function seedPlan(web) {
  const [programme] = await web.call('programme.list', {});
  const plan = await web.call('plan.create', { programmeId: programme.id, title: 'Handlingsplan, bench', periodStart: '2026-01-01', periodEnd: '2027-12-31' });
  const activities = [];
  for (let a = 0; a < AREAS; a++) {
    const area = await web.call('planArea.create', { planId: plan.id, title: `Område ${a + 1}: samverkan vid utskrivning`, description: 'Beskrivning av området och varför det behövs.' });
    const goals = [];
    for (let g = 0; g < 2; g++) goals.push(await web.call('planGoal.create', { areaId: area.id, title: `Delmål ${a + 1}.${g + 1}` }));
    for (let i = 0; i < PER_AREA; i++) {
      const activity = await web.call('planActivity.create', {
        areaId: area.id,
        goalId: goals[i % 2].id,
        what: `Aktivitet ${a + 1}.${i + 1}: ta fram en gemensam rutin för kallelse till SIP`,
        responsibleName: 'Anna Berg',
        responsibleOrganisation: 'Ronneby kommun',
        responsibleHuvudman: i % 2 ? 'kommun' : 'region',
        start: '2026-02-01',
        due: i % 3 === 0 ? '2026-06-30' : '2027-09-30',
        notes: 'Anteckningar från arbetsgruppen.',
        ...(i % 7 === 0 ? { health: 'rod', healthReason: 'Ingen ansvarig utsedd' } : {}),
      });
      activities.push(activity.id);
    }
  }
  const statuses = ['pagar', 'ej_paborjad'];
  for (let h = 0; h < HISTORY; h++) {
    const id = activities[h % activities.length];
    await web.call('planActivity.setProgress', { id, status: statuses[Math.floor(h / activities.length) % 2], comment: 'Följdes upp', by: 'Anna Berg' });
  }
  return { plan, activities };
}

export async function benchPlan() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const seedStart = performance.now();
    const { plan, activities } = await seedPlan(web);
    const seedMs = performance.now() - seedStart;
    const view = await web.call('plan.get', { id: plan.id });
    const bytes = JSON.stringify(view).length;
    await time(5, () => web.call('plan.get', { id: plan.id }));
    const read = await time(READS, () => web.call('plan.get', { id: plan.id }));
    const agenda = await time(10, (i) => web.call('planMeeting.create', { planId: plan.id, date: '2027-03-15', title: `Möte ${i + 1}`, attendees: [] }));
    const history = await time(READS, (i) => web.call('planActivity.history', { id: activities[i % activities.length] }));
    const page = await firstRender(web, { hash: `#/plan/${plan.id}`, lastId: `activity-${activities.at(-1)}`, rows: 'tr.plan-activity' });

    console.log(`\n== Handlingsplan: ${AREAS} områden × ${PER_AREA} activities, ${HISTORY} history entries ==`);
    console.log(`${'seeding over HTTP (not a target)'.padEnd(52)} ${(seedMs / 1000).toFixed(1)} s`);
    console.log(`${'plan.get response size'.padEnd(52)} ${(bytes / 1024).toFixed(0)} KiB`);
    report('plan.get over HTTP p50', read.p50, 'ms');
    report('plan.get over HTTP p95', read.p95, 'ms', 100);
    report('planMeeting.create (agenda over 500) p50', agenda.p50, 'ms');
    report('planActivity.history over HTTP p95', history.p95, 'ms', 5);
    report(`plan page first render, ${page.rows} rows (median of 3)`, page.p50, 'ms', 300);
    report('plan page first render, slowest of 3', page.max, 'ms');
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
