// A riskregister of 1,000 risks × 5 assessments each, some with actions in
// a handlingsplan, against the built web mode and its SQLite file: the
// register read the register page renders from (riskRegister.get over HTTP)
// and the register page's first render in headless Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { firstRender } from './first-render.mjs';
import { report, time } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const RISKS = 1000;
const ASSESSMENTS = 5;
/** Every tenth risk gets an action, as a register that is being worked on has. */
const ACTION_EVERY = 10;
const READS = 60;

const rating = (i, k) => ({
  likelihood: 1 + ((i + k) % 4),
  likelihoodMotivation: 'Har hänt flera gånger under året enligt avvikelserapporterna.',
  consequence: 1 + ((i * 3 + k) % 4),
  consequenceMotivation: 'Patienten blir kvar på sjukhuset och hemtjänsten får planera om.',
  by: 'Anna Berg',
});

/** Seeds the first programme's register over HTTP; returns the register and the risks' ids. */
export async function seedRegister(web, { risks = RISKS, assessmentsPerRisk = ASSESSMENTS } = {}) {
  const [programme] = await web.call('programme.list', {});
  const register = (await web.call('riskRegister.forProgramme', { programmeId: programme.id })) ?? (await web.call('riskRegister.create', { programmeId: programme.id }));
  const plan = await web.call('plan.create', { programmeId: programme.id, title: 'Handlingsplan, riskåtgärder', periodStart: '2026-01-01', periodEnd: '2027-12-31' });
  const area = await web.call('planArea.create', { planId: plan.id, title: 'Åtgärder från riskregistret' });
  const riskIds = [];
  for (let i = 0; i < risks; i++) {
    const risk = await web.call('risk.create', {
      registerId: register.id,
      title: `Risk ${i + 1}: kallelsen till SIP når inte fram i tid`,
      cause: 'Rutinen för kallelse är otydlig mellan huvudmännen.',
      event: 'Kallelsen skickas för sent eller till fel mottagare.',
      effect: 'Patienten blir kvar på sjukhuset längre än nödvändigt.',
      category: i % 2 ? 'Samverkan' : 'Information',
      carrier: ['region', 'kommun', 'gemensam'][i % 3],
      owner: 'Karim Said',
      treatment: 'atgarda',
      status: ['oppen', 'hanteras', 'bevakas', 'stangd'][i % 4],
      nextReview: '2027-06-01',
      ...(assessmentsPerRisk > 0 ? { assessment: rating(i, 0) } : {}),
    });
    for (let k = 1; k < assessmentsPerRisk; k++) await web.call('risk.assess', { riskId: risk.id, ...rating(i, k), kind: k === assessmentsPerRisk - 1 && i % 3 === 0 ? 'residual' : 'inherent' });
    if (i % ACTION_EVERY === 0) {
      await web.call('riskAction.create', { kind: 'create', riskId: risk.id, activity: { areaId: area.id, what: `Åtgärd för risk ${i + 1}: gemensam rutin för kallelse`, due: i % 20 ? '2027-09-30' : '2026-03-01' } });
    }
    riskIds.push(risk.id);
  }
  return { register, plan, riskIds };
}

export async function benchRisk() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const seedStart = performance.now();
    const { register, riskIds } = await seedRegister(web, { risks: RISKS, assessmentsPerRisk: ASSESSMENTS });
    const seedMs = performance.now() - seedStart;
    const view = await web.call('riskRegister.get', { id: register.id });
    const bytes = JSON.stringify(view).length;
    await time(5, () => web.call('riskRegister.get', { id: register.id }));
    const read = await time(READS, () => web.call('riskRegister.get', { id: register.id }));
    const page = await firstRender(web, { hash: `#/register/${register.id}`, lastId: `risk-${riskIds.at(-1)}`, rows: 'tr.risk-row' });

    console.log(`\n== Riskregister: ${RISKS} risks × ${ASSESSMENTS} assessments, an action on every ${ACTION_EVERY}th ==`);
    console.log(`${'seeding over HTTP (not a target)'.padEnd(52)} ${(seedMs / 1000).toFixed(1)} s`);
    console.log(`${'riskRegister.get response size'.padEnd(52)} ${(bytes / 1024).toFixed(0)} KiB`);
    report('riskRegister.get over HTTP p50', read.p50, 'ms');
    report('riskRegister.get over HTTP p95', read.p95, 'ms', 100);
    report(`register page first render, ${page.rows} rows (median of 3)`, page.p50, 'ms', 300);
    report('register page first render, slowest of 3', page.max, 'ms');
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
