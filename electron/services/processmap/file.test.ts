/**
 * A map out as a file and back in, on a real SQLite file: the file holds
 * the whole map and nothing from outside it, and reading it into another
 * programme gives the same map but for ids and the links the file leaves
 * out, as one undoable step. Every bad file is refused with what is wrong
 * and writes nothing.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { JSON_IMPORT_LIMITS } from '../../../shared/files/limits';
import type { MapView } from '../../../shared/processmap/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import { openTestApp, type TestApp } from '../../../test/support/core';
import { prioritisedCluster } from '../../../test/support/plan-fixture';
import { newMap } from '../../../test/support/processmap';

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const fileText = (file: { readonly base64: string }) => Buffer.from(file.base64, 'base64').toString('utf8');

/** The map as the user sees it, every id replaced by the part's place. */
function comparable(view: MapView) {
  const lanes = [...view.lanes].sort((a, b) => a.rank - b.rank);
  const lane = (id: string) => lanes.findIndex((l) => l.id === id);
  const element = (id: string | null) => (id === null ? null : view.elements.findIndex((e) => e.id === id));
  return {
    name: view.map.name,
    state: view.map.state,
    lanes: lanes.map(({ name, height, huvudman }) => ({ name, height, huvudman })),
    phases: [...view.phases].sort((a, b) => a.rank - b.rank).map(({ name, width }) => ({ name, width })),
    elements: view.elements.map(({ kind, laneId, x, offset, width, height, label, description, responsible, problem, pinnedTo }) => ({
      kind,
      lane: lane(laneId),
      x,
      offset,
      width,
      height,
      label,
      description,
      responsible,
      problem,
      pinnedTo: element(pinnedTo),
    })),
    arrows: view.arrows.map(({ from, to, label }) => ({ from: element(from), to: element(to), label })),
  };
}

/** Rows of every map table and the undo history, which a refused import must leave as they were. */
function footprint(app: TestApp) {
  const db = new Database(app.core.databaseFile, { readonly: true });
  try {
    return ['process_map', 'map_lane', 'map_phase', 'map_element', 'map_arrow', 'change_batch'].map((table) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
}

async function richMap(app: TestApp) {
  const { cluster } = await prioritisedCluster(app);
  const { map, view } = await newMap(app);
  const [first, second] = view.elements.filter((e) => e.kind === 'step');
  await app.call('mapElement.update', { id: first!.id, problem: true, description: 'Kallelsen kommer för sent', responsible: 'Vårdplanerare' });
  await app.call('mapArrow.create', { mapId: map.id, from: second!.id, to: second!.id, label: 'väntar' });
  await app.call('mapElement.create', { mapId: map.id, kind: 'challenge', x: 900, y: 20, clusterId: cluster.id, pinnedTo: first!.id });
  await app.call('mapPhase.create', { mapId: map.id, name: 'Inskrivning', width: 700 });
  await app.call('mapLane.update', { id: view.lanes[1]!.id, name: 'Kommunens socialtjänst (hemtjänst)', height: 220 });
  const other = await app.call('programme.create', { name: 'LOS Kalmar', area: 'Kalmar', level: 'lokal', description: '' });
  return { map, other, view: await app.call('processMap.get', { id: map.id }) };
}

describe('a process map as a file', () => {
  it('goes out and back in as the same map, into another programme, as one undoable step', async () => {
    const app = await openTestApp();
    const { map, other, view } = await richMap(app);
    const exported = await app.call('processMap.exportFile', { id: map.id });
    expect(exported).toMatchObject({ fileName: 'Utskrivning från sjukhus – Nuläge.json', mimeType: 'application/json' });
    const text = fileText(exported);
    const json = JSON.parse(text) as { format: string; version: number; notes: string[]; elements: { id: string }[] };
    expect(json).toMatchObject({ format: 'samverkstad-processkarta', version: 1, programme: 'Exempel: LOS Ronneby' });
    expect(json.notes).toEqual(['Utmaningskort med bara sin text i filen, utan koppling till workshopparnas lappar och kluster: 1.']);
    // No id of the database is in the file: not the map's own, nor a cluster's or a programme's.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const imported = await app.call('processMap.import', { programmeId: other.id as ProgrammeId, file: { base64: exported.base64 } });
    expect(imported).toMatchObject({ programmeId: other.id, name: map.name, state: 'nulage', pairId: null });
    const copy = await app.call('processMap.get', { id: imported.id });
    expect(comparable(copy)).toEqual(comparable(view));
    const card = copy.elements.find((e) => e.kind === 'challenge')!;
    expect(card).toMatchObject({ label: 'SIP i tid', clusterId: null, noteIds: [], noteCount: 0 });
    expect(copy.elements.filter((e) => view.elements.some((original) => original.id === e.id))).toEqual([]);

    expect((await app.call('history.undo', {})).method).toBe('processMap.import');
    expect(await app.call('processMap.list', { programmeId: other.id as ProgrammeId })).toEqual([]);
    await app.call('history.redo', {});
    expect(comparable(await app.call('processMap.get', { id: imported.id }))).toEqual(comparable(view));
  });

  it('refuses every bad file with what is wrong, and writes nothing', async () => {
    const app = await openTestApp();
    const { map, other, view } = await richMap(app);
    const good = JSON.parse(fileText(await app.call('processMap.exportFile', { id: map.id }))) as Record<string, unknown> & { elements: Record<string, unknown>[]; arrows: Record<string, unknown>[] };
    const edited = (edit: (file: typeof good) => void) => {
      const file = structuredClone(good);
      edit(file);
      return base64(JSON.stringify(file));
    };
    const before = footprint(app);
    const refusal = (file: string) => app.fail('processMap.import', { programmeId: other.id as ProgrammeId, file: { base64: file } });
    const issue = (path: (string | number)[], params: Record<string, unknown>) => ({ code: 'validation_failed', details: [expect.objectContaining({ path: ['file', ...path], params })] });

    expect(await refusal(base64(new Uint8Array(JSON_IMPORT_LIMITS.fileBytes + 1).fill(0x20)))).toMatchObject({ code: 'import_too_large', details: { limit: 'fileBytes', max: JSON_IMPORT_LIMITS.fileBytes } });
    expect(await refusal(base64(`${'['.repeat(40)}${']'.repeat(40)}`))).toMatchObject({ code: 'import_too_large', details: { limit: 'depth' } });
    expect(await refusal(base64('Utskrivning från sjukhus; nuläge'))).toMatchObject({ code: 'import_unreadable' });
    expect(await refusal(base64(JSON.stringify({ risks: [] })))).toMatchObject(issue(['format'], { reason: 'not_map_file' }));
    expect(await refusal(edited((file) => (file.version = 2)))).toMatchObject(issue(['version'], { reason: 'unsupported_version', value: '2' }));
    expect(await refusal(edited((file) => (file.elements[2]!.kind = 'swimming_pool')))).toMatchObject(issue(['elements', 2, 'kind'], { reason: 'unknown_kind', id: 'e3', value: 'swimming_pool' }));
    expect(await refusal(edited((file) => (file.arrows[0]!.to = 'e99')))).toMatchObject(issue(['arrows', 0, 'to'], { reason: 'unknown_element', value: 'e99' }));
    expect(await refusal(edited((file) => (file.elements[0]!.laneId = 'l99')))).toMatchObject(issue(['elements', 0, 'laneId'], { reason: 'unknown_lane', id: 'e1', value: 'l99' }));
    expect(await refusal(edited((file) => (file.elements[0]!.offset = 1000)))).toMatchObject(issue(['elements', 0, 'offset'], { reason: 'outside_lane', id: 'e1', value: '1000' }));

    expect(footprint(app)).toEqual(before);
    expect(await app.call('processMap.list', { programmeId: other.id as ProgrammeId })).toEqual([]);
    expect(comparable(await app.call('processMap.get', { id: map.id }))).toEqual(comparable(view));
  });
});
