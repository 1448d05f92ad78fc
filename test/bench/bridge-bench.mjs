// 1,000 note creations, one HTTP call at a time, against the real bridge and
// SQLite file; beside it the same rows inserted with raw better-sqlite3 (one
// autocommit statement each, same pragmas) as the floor the app pays over.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';

const COUNT = 1000;
const text = (i) => `Lapp ${i}: läkemedelslistan följer inte med vid utskrivning till hemmet`;

export async function benchBridge() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const [programme] = await web.call('programme.list', {});
    const [workshop] = await web.call('workshop.list', { programmeId: programme.id });
    for (let i = 0; i < 50; i++) await web.call('note.create', { workshopId: workshop.id, text: text(i), colour: 'yellow', authorId: null });

    const calls = [];
    for (let i = 0; i < COUNT; i++) {
      const start = performance.now();
      await web.call('note.create', { workshopId: workshop.id, text: text(i), colour: 'yellow', authorId: null });
      calls.push(performance.now() - start);
    }
    const api = summary(calls);

    const raw = new Database(path.join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec('CREATE TABLE note (id TEXT PRIMARY KEY, workshop_id TEXT, text TEXT, colour TEXT, author_id TEXT, cluster_id TEXT, x REAL, y REAL, rank REAL, created_at TEXT, updated_at TEXT)');
    const insert = raw.prepare('INSERT INTO note VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, 0, ?, ?)');
    const inserts = [];
    for (let i = 0; i < COUNT; i++) {
      const now = new Date().toISOString();
      const start = performance.now();
      insert.run(crypto.randomUUID(), workshop.id, text(i), 'yellow', i * 10, i * 10, now, now);
      inserts.push(performance.now() - start);
    }
    raw.close();
    const base = summary(inserts);

    console.log(`\n== HTTP bridge: ${COUNT} × note.create, sequential ==`);
    report('note.create over HTTP p50', api.p50, 'ms');
    report('note.create over HTTP p95', api.p95, 'ms', 5);
    report('raw better-sqlite3 insert p50 (baseline)', base.p50, 'ms');
    report('raw better-sqlite3 insert p95 (baseline)', base.p95, 'ms');
    console.log(`${'ratio API / raw insert (p50, p95)'.padEnd(52)} ${(api.p50 / base.p50).toFixed(0)}× , ${(api.p95 / base.p95).toFixed(0)}×`);
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
