// The handlingsplan's exports against the built web mode: the same plan as
// plan-bench (50 områden × 10 activities, 2,000 history entries) plus ten
// closed follow-up meetings with five beslut each, exported as .xlsx and
// .docx over HTTP, as the report page's buttons do. Each run builds the
// whole file; the first runs are left out as warm-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedPlan } from './plan-bench.mjs';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const MEETINGS = 10;
const DECISIONS = 5;
const RUNS = 10;

async function addMeetings(web, planId) {
  for (let m = 0; m < MEETINGS; m++) {
    const { meeting } = await web.call('planMeeting.create', { planId, date: `2026-${String(m + 2).padStart(2, '0')}-15`, title: `Uppföljning ${m + 1}`, attendees: [{ name: 'Anna Berg', organisation: 'Ronneby kommun' }] });
    for (let d = 0; d < DECISIONS; d++) await web.call('planDecision.create', { meetingId: meeting.id, kind: 'beslut', text: `att genomföra åtgärd ${m + 1}.${d + 1} enligt rutinen` });
    await web.call('planMeeting.close', { id: meeting.id });
  }
}

async function timeExport(web, method, planId) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    const file = await web.call(method, { planId });
    const took = performance.now() - start;
    if (i >= 2) times.push(took);
    bytes = Buffer.from(file.base64, 'base64').length;
  }
  return { ...summary(times), bytes };
}

export async function benchPlanExport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const { plan } = await seedPlan(web);
    await addMeetings(web, plan.id);
    const xlsx = await timeExport(web, 'plan.exportXlsx', plan.id);
    const docx = await timeExport(web, 'plan.exportDocx', plan.id);

    console.log(`\n== Handlingsplan exports: 50 områden × 10 activities, 2,000 history entries, ${MEETINGS * DECISIONS} beslut ==`);
    // Wall-clock times; on a shared machine the load says how far to trust them.
    console.log(`${'load average (1 min) / cores'.padEnd(52)} ${os.loadavg()[0].toFixed(1)} / ${os.availableParallelism()}`);
    console.log(`${'.xlsx size'.padEnd(52)} ${(xlsx.bytes / 1024).toFixed(0)} KiB`);
    report('plan.exportXlsx over HTTP p50', xlsx.p50, 'ms');
    report('plan.exportXlsx over HTTP max', xlsx.max, 'ms', 1000);
    console.log(`${'.docx size'.padEnd(52)} ${(docx.bytes / 1024).toFixed(0)} KiB`);
    report('plan.exportDocx over HTTP p50', docx.p50, 'ms');
    report('plan.exportDocx over HTTP max', docx.max, 'ms', 1500);
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
