// The riskregister's Excel file against the built web mode: the register of
// risk-bench (1,000 risks × 5 assessments) exported as .xlsx over HTTP, and
// that file previewed for re-import (bounded reader in its worker, header
// match, every field compared with the register and the exported values).
// The first runs are left out as warm-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedRegister } from './risk-bench.mjs';
import { report, time } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const RISKS = 1000;
const ASSESSMENTS = 5;
const RUNS = 8;
const WARM_UP = 2;

async function timed(step) {
  await time(WARM_UP, step);
  return time(RUNS, step);
}

export async function benchRiskFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const { register } = await seedRegister(web, { risks: RISKS, assessmentsPerRisk: ASSESSMENTS });
    let file;
    const exported = await timed(async () => {
      file = await web.call('riskRegister.exportXlsx', { registerId: register.id });
    });
    const input = { registerId: register.id, file: { base64: file.base64 } };
    let preview;
    const previewed = await timed(async () => {
      preview = await web.call('riskRegister.previewImport', input);
    });

    console.log(`\n== Riskregister file: ${RISKS} risks × ${ASSESSMENTS} assessments ==`);
    // Wall-clock times; on a shared machine the load says how far to trust them.
    console.log(`${'load average (1 min) / cores'.padEnd(52)} ${os.loadavg()[0].toFixed(1)} / ${os.availableParallelism()}`);
    console.log(`${'.xlsx size'.padEnd(52)} ${(Buffer.from(file.base64, 'base64').length / 1024).toFixed(0)} KiB`);
    report('riskRegister.exportXlsx over HTTP p50', exported.p50, 'ms');
    report('riskRegister.exportXlsx over HTTP max', exported.max, 'ms', 1500);
    console.log(`${'preview of the exported file: unchanged / problems'.padEnd(52)} ${preview.unchanged} / ${preview.problems.length}`);
    report('riskRegister.previewImport over HTTP p50', previewed.p50, 'ms');
    report('riskRegister.previewImport over HTTP max', previewed.max, 'ms', 2000);
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

