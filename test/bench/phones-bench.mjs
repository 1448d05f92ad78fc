// A room of phones on the facilitator's laptop: 40 simulated phones join a
// workshop over the joining listener (on loopback here), each says who it
// is, then all at once each writes 10 notes and places 3 dots, one request
// after another as a person would. Every phone also follows the room as the
// phone page does: an event stream, and a refetch of its state after events
// (one in flight, one queued). Meanwhile the facilitator's board and the
// projector's voting view are open in Chromium. Printed:
// - request time per phone request (join, writes, dots), p50/p95/max;
// - from the last write's answer until the facilitator's board shows every
//   note and the projector every dot (target ≤ 1 s);
// - lost or duplicated notes and dots, read back from the store (target 0).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const PHONES = 40;
const NOTES_EACH = 10;
const DOTS_EACH = 3;
const CLUSTERS = 8;
/** The run fails rather than waits for ever when a screen never shows everything. */
const SCREEN_TIMEOUT_MS = 60_000;

/** One HTTP request from the phone's own address, resolving with the parsed JSON answer. */
function post(url, agent, headers, payload) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * One phone: its own address on the loopback network (127.0.0.2 and up, as
 * each phone in a room has its own, so the listener's per-address join limit
 * applies per phone), its own token and connections, calls as the phone page
 * makes them, and its event stream.
 */
class Phone {
  constructor(base, index) {
    this.base = base;
    this.index = index;
    this.agent = new http.Agent({ keepAlive: true, localAddress: `127.0.0.${index + 2}` });
    this.times = [];
    this.refetches = 0;
  }

  async call(method, input, { timed = true } = {}) {
    const start = performance.now();
    const body = await post(new URL(`api/${method}`, this.base), this.agent, this.token ? { Authorization: `Bearer ${this.token}` } : {}, JSON.stringify(input));
    if (timed) this.times.push(performance.now() - start);
    if (!body.ok) throw new Error(`phone ${this.index} ${method}: ${body.error.code} ${body.error.message}`);
    return body.value;
  }

  async join(code) {
    ({ token: this.token } = await this.call('phone.join', { code }));
    await this.call('phone.identify', { as: 'new', fields: { name: `Telefon ${this.index + 1}`, organisation: 'Bänkprov', huvudman: ['kommun', 'region'][this.index % 2] } });
  }

  /** Follows the room as the phone page does: an event, then one refetch of its state (one in flight, one queued). */
  follow() {
    let inFlight = false;
    let queued = false;
    const refetch = async () => {
      if (inFlight) {
        queued = true;
        return;
      }
      inFlight = true;
      do {
        queued = false;
        this.refetches++;
        this.state = await this.call('phone.state', {}, { timed: false });
      } while (queued);
      inFlight = false;
    };
    return new Promise((resolve, reject) => {
      const req = http.get(new URL('api/_events', this.base), { agent: this.agent, headers: { Authorization: `Bearer ${this.token}`, Accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`phone ${this.index} events: HTTP ${res.statusCode}`));
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk;
          const events = buffer.split('\n\n');
          buffer = events.pop();
          if (events.some((event) => event.startsWith('data:'))) void refetch().catch(reject);
        });
        resolve();
      });
      req.on('error', () => {});
      this.stopFollowing = () => {
        req.destroy();
        this.agent.destroy();
      };
    });
  }

  /** Writes its notes, then places its dots, each request after the previous one's answer. */
  async work(round) {
    for (let n = 0; n < NOTES_EACH; n++) await this.call('phone.writeNote', { text: `Telefon ${this.index + 1}, lapp ${n + 1}: remissen kom fram först efter hemgång` });
    for (let d = 0; d < DOTS_EACH; d++) {
      const item = round.votableItemIds[(this.index + d) % round.votableItemIds.length];
      await this.call('phone.vote', { roundId: round.id, itemId: item, change: 'add' });
    }
    this.doneAt = performance.now();
  }
}

async function seedWorkshop(web) {
  const [programme] = await web.call('programme.list', {});
  const workshop = await web.call('workshop.create', { programmeId: programme.id, title: 'Bänkprov: rummet på telefoner', date: null, type: 'verksamhet', goals: '' });
  for (let c = 0; c < CLUSTERS; c++) {
    const note = await web.call('note.create', { workshopId: workshop.id, text: `Utmaning ${c + 1}`, colour: 'yellow', authorId: null });
    await web.call('cluster.create', { workshopId: workshop.id, heading: `Område ${c + 1}`, noteIds: [note.id] });
  }
  const { round } = await web.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: DOTS_EACH } });
  return { workshop, round };
}

/**
 * In the page: resolves with the wall-clock time once `text` appears in
 * `selector`; rejects after `timeoutMs`, saying what was shown instead.
 */
function waitForText({ selector, text, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const texts = () => [...document.querySelectorAll(selector)].map((el) => el.textContent);
    const shown = () => texts().some((t) => t.includes(text));
    if (shown()) return resolve(performance.timeOrigin + performance.now());
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.timeOrigin + performance.now());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`"${text}" not shown in ${selector} after ${timeoutMs} ms; shown: ${JSON.stringify(texts())}`));
    }, timeoutMs);
  });
}

/** Reads the store back: every phone's notes and dots exactly once. */
async function countBack(web, workshop, round) {
  const board = await web.call('board.get', { workshopId: workshop.id });
  const texts = board.notes.map((note) => note.text).filter((text) => text.startsWith('Telefon '));
  const unique = new Set(texts);
  const [state] = (await web.call('voting.rounds', { workshopId: workshop.id })).filter((r) => r.round.id === round.id);
  const expectedNotes = PHONES * NOTES_EACH;
  const expectedDots = PHONES * DOTS_EACH;
  return {
    notes: texts.length,
    lostNotes: expectedNotes - unique.size,
    duplicatedNotes: texts.length - unique.size,
    dots: state.totalDots,
    lostDots: Math.max(0, expectedDots - state.totalDots),
    duplicatedDots: Math.max(0, state.totalDots - expectedDots),
  };
}

export async function benchPhones() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  const browser = await launchChromium();
  try {
    const { workshop, round } = await seedWorkshop(web);
    const status = await web.call('join.start', { workshopId: workshop.id, address: '127.0.0.1', allowAnonymous: false });
    const board = await openStartPage(browser, web);
    await board.evaluate((id) => (location.hash = `#/workshop/${id}/board`), workshop.id);
    await board.locator('.board-side__subtitle').first().waitFor();
    // The board page put the room on its tab as it opened; the projector shows the round from here on.
    await web.call('room.show', { workshopId: workshop.id, view: 'voting', roundId: round.id });
    const projector = await openStartPage(browser, web);
    await projector.evaluate((id) => (location.hash = `#/projector/${id}`), workshop.id);
    await projector.locator('.projector-round').waitFor();

    const phones = Array.from({ length: PHONES }, (_, i) => new Phone(status.url, i));
    const joinStart = performance.now();
    await Promise.all(phones.map((phone) => phone.join(status.code)));
    const joinAll = performance.now() - joinStart;
    await Promise.all(phones.map((phone) => phone.follow()));
    const joinTimes = phones.flatMap((phone) => phone.times.splice(0));

    const freeNotes = `(${PHONES * NOTES_EACH})`;
    const notesShown = board.evaluate(waitForText, { selector: '.board-side__subtitle', text: freeNotes, timeoutMs: SCREEN_TIMEOUT_MS });
    const dotsShown = projector.evaluate(waitForText, { selector: '.projector-figure dd', text: String(PHONES * DOTS_EACH), timeoutMs: SCREEN_TIMEOUT_MS });
    const burstStart = performance.now();
    await Promise.all(phones.map((phone) => phone.work(round)));
    const lastAnswer = performance.timeOrigin + Math.max(...phones.map((phone) => phone.doneAt));
    const burst = performance.now() - burstStart;
    const [notesAt, dotsAt] = await Promise.all([notesShown, dotsShown]);
    const writeTimes = phones.flatMap((phone) => phone.times);
    const back = await countBack(web, workshop, round);
    for (const phone of phones) phone.stopFollowing();
    const refetches = phones.reduce((sum, phone) => sum + phone.refetches, 0);

    const join = summary(joinTimes);
    const writes = summary(writeTimes);
    console.log(`\n== Phones in the room: ${PHONES} phones over the joining listener (loopback), ${NOTES_EACH} notes and ${DOTS_EACH} dots each ==`);
    console.log(`${'load average (1 min) / cores'.padEnd(52)} ${os.loadavg()[0].toFixed(1)} / ${os.availableParallelism()}`);
    report(`join + identify, all ${PHONES} at once`, joinAll, 'ms');
    report(`  per request, p95 of ${join.n}`, join.p95, 'ms');
    report(`writes and dots, all at once, until the last answer`, burst, 'ms');
    report(`  per request, median of ${writes.n}`, writes.p50, 'ms');
    report('  per request, p95', writes.p95, 'ms');
    report('  per request, slowest', writes.max, 'ms');
    console.log(`${'  phones refetching their state meanwhile'.padEnd(52)} ${refetches} refetches`);
    report('last answer until the board shows every note', Math.max(0, notesAt - lastAnswer), 'ms', 1000);
    report('last answer until the projector shows every dot', Math.max(0, dotsAt - lastAnswer), 'ms', 1000);
    console.log(`${'notes stored / lost / duplicated'.padEnd(52)} ${back.notes} / ${back.lostNotes} / ${back.duplicatedNotes}`);
    console.log(`${'dots stored / lost / duplicated'.padEnd(52)} ${back.dots} / ${back.lostDots} / ${back.duplicatedDots}`);
    if (back.lostNotes + back.duplicatedNotes + back.lostDots + back.duplicatedDots > 0) throw new Error('phones lost or duplicated something');
  } finally {
    await browser.close();
    web.stop();
  }
}

// `node test/bench/phones-bench.mjs` runs this bench alone (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchPhones();
