// Large spreadsheet imports against the built web server: how long the
// reader takes, how much memory the server process peaks at (VmHWM covers
// the worker thread too), and the longest any other request waited meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { participantListXlsx, sparseXlsx } from '../support/xlsx-files.ts';
import { report } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const peakRssMb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** The same polling with nothing else running: on a busy machine the floor is not zero. */
async function idleLongestWait(web, workshopId, ms) {
  let longest = 0;
  for (const until = performance.now() + ms; performance.now() < until; ) {
    const asked = performance.now();
    await web.call('participant.list', { workshopId });
    longest = Math.max(longest, performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return longest;
}

async function timedImport(web, workshopId, bytes) {
  const body = JSON.stringify({ source: { format: 'xlsx', base64: bytes.toString('base64') } });
  const started = performance.now();
  let done = false;
  const answer = fetch(`${web.origin}/api/participant.previewImport`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
    body,
  }).then(async (res) => {
    done = true;
    return res.json();
  });
  let longest = 0;
  while (!done) {
    const asked = performance.now();
    await web.call('participant.list', { workshopId });
    longest = Math.max(longest, performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const result = await answer;
  return { ms: performance.now() - started, longest, outcome: result.ok ? `${result.value.rows.length} rows previewed` : `${result.error.code} ${JSON.stringify(result.error.details ?? {})}` };
}

export async function benchImport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const [programme] = await web.call('programme.list', {});
    const [workshop] = await web.call('workshop.list', { programmeId: programme.id });
    const files = [
      ['500-row participant list', await participantListXlsx(500)],
      ['sparse sheet, one cell at XFD in 4,000 rows', await sparseXlsx(4000, 'XFD')],
      ['30,000-row list', await participantListXlsx(30_000)],
      ['50,000 rows with the header (the row limit)', await participantListXlsx(49_999)],
      ['50,001 rows with the header (one past the limit)', await participantListXlsx(50_000)],
    ];
    console.log('\n== Spreadsheet import: participant.previewImport over HTTP ==');
    report('longest wait of a request with no import running (5 s)', await idleLongestWait(web, workshop.id, 5000), 'ms');
    for (const [name, bytes] of files) {
      const { ms, longest, outcome } = await timedImport(web, workshop.id, bytes);
      console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB → ${outcome}`);
      report('  answered after', ms, 'ms');
      report('  longest wait of another request meanwhile', longest, 'ms', 1000);
      report('  server peak RSS so far (main + worker)', peakRssMb(web.pid), 'MB');
    }
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
