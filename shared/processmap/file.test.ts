import { describe, expect, it } from 'vitest';
import { mapElement } from '../../test/support/map-element';
import { leftOut, MAP_FILE_FORMAT, mapFileOf, readMapFile } from './file';
import type { MapView } from './schema';

const lane = (id: string, fields: Record<string, unknown> = {}) => ({ id, name: `Fil ${id}`, height: 160, huvudman: null, ...fields });
const element = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: 'step',
  laneId: 'l1',
  x: 40,
  offset: 40,
  width: 180,
  height: 80,
  label: `Steg ${id}`,
  description: '',
  responsible: '',
  problem: false,
  pinnedTo: null,
  ...fields,
});

const file = (fields: Record<string, unknown> = {}) => ({
  format: MAP_FILE_FORMAT,
  version: 1,
  name: 'Utskrivning',
  state: 'nulage',
  lanes: [lane('l1'), lane('l2', { huvudman: 'kommun' })],
  phases: [{ name: 'Inskrivning', width: 600 }],
  elements: [element('e1'), element('e2', { laneId: 'l2', problem: true })],
  arrows: [{ from: 'e1', to: 'e2', label: 'remiss' }],
  ...fields,
});

const issues = (raw: unknown) => {
  const read = readMapFile(raw);
  return read.ok ? [] : read.issues;
};

describe('a map file read back', () => {
  it('accepts a sound file with loops and pins, and fills in what a reader may leave out', () => {
    const read = readMapFile(file({ arrows: [{ from: 'e2', to: 'e2', label: '' }], elements: [element('e1', { pinnedTo: 'e2' }), element('e2')] }));
    expect(read).toMatchObject({ ok: true, file: { name: 'Utskrivning', notes: [], lanes: [{ id: 'l1' }, { id: 'l2', huvudman: 'kommun' }] } });
  });

  it('refuses another kind of file, or a later version of this one, by that alone', () => {
    expect(issues({ programme: 'LOS', risks: [] })).toEqual([{ path: ['format'], reason: 'not_map_file' }]);
    expect(issues([1, 2])).toEqual([{ path: ['format'], reason: 'not_map_file' }]);
    expect(issues(file({ format: 'drawio' }))).toEqual([{ path: ['format'], reason: 'not_map_file', value: 'drawio' }]);
    expect(issues(file({ version: 2, elements: 'whatever' }))).toEqual([{ path: ['version'], reason: 'unsupported_version', value: '2' }]);
  });

  it('names an unknown element type by the element’s place, id and the type it has', () => {
    expect(issues(file({ elements: [element('e1'), element('e2', { kind: 'swimming_pool' })] }))).toEqual([{ path: ['elements', 1, 'kind'], reason: 'unknown_kind', id: 'e2', value: 'swimming_pool' }]);
  });

  it('refuses arrows to nothing, steps outside every lane or past its edge, twice-used ids, self pins and problems on önskat läge', () => {
    expect(issues(file({ arrows: [{ from: 'e1', to: 'e9', label: '' }] }))).toEqual([{ path: ['arrows', 0, 'to'], reason: 'unknown_element', value: 'e9' }]);
    expect(issues(file({ elements: [element('e1', { laneId: 'l9' }), element('e2', { offset: 100 })] }))).toEqual([
      { path: ['elements', 0, 'laneId'], reason: 'unknown_lane', id: 'e1', value: 'l9' },
      { path: ['elements', 1, 'offset'], reason: 'outside_lane', id: 'e2', value: '100' },
    ]);
    expect(issues(file({ lanes: [lane('l1'), lane('l1')], elements: [element('e1'), element('e1', { pinnedTo: 'e1' })], arrows: [] }))).toEqual([
      { path: ['lanes', 1, 'id'], reason: 'duplicate_id', id: 'l1', value: 'l1' },
      { path: ['elements', 1, 'id'], reason: 'duplicate_id', id: 'e1', value: 'e1' },
      { path: ['elements', 1, 'pinnedTo'], reason: 'self', id: 'e1', value: 'e1' },
    ]);
    expect(issues(file({ state: 'onskat' }))).toEqual([{ path: ['elements', 1, 'problem'], reason: 'not_current', id: 'e2', value: 'true' }]);
  });

  it('refuses fields a map file does not have, such as a link to a workshop cluster, and parts beyond the limits', () => {
    expect(issues(file({ elements: [element('e1', { kind: 'challenge', clusterId: 'c-1' })], arrows: [] }))).toEqual([{ path: ['elements', 0], reason: 'unrecognized_keys', id: 'e1', value: 'clusterId' }]);
    expect(issues(file({ lanes: [], elements: [], arrows: [] }))).toEqual([{ path: ['lanes'], reason: 'too_small' }]);
    expect(issues(file({ elements: [element('e1', { height: -5, label: 'a\u0000b' })], arrows: [] })).map((issue) => [issue.path.join('.'), issue.reason])).toEqual([
      ['elements.0.height', 'too_small'],
      ['elements.0.label', 'forbidden_character'],
    ]);
  });
});

describe('a map written as a file', () => {
  const MAP = '00000000-0000-4000-8000-000000000001';
  const id = (end: string) => `00000000-0000-4000-8000-00000000000${end}`;
  const [L1, L2, A, B, C] = [id('a'), id('b'), id('c'), id('d'), id('e')];
  const view = {
    map: { id: MAP, programmeId: MAP, name: 'Hemgång', state: 'nulage', pairId: MAP, template: 'empty', createdAt: '', updatedAt: '' },
    lanes: [
      { id: L2, mapId: MAP, name: 'Kommun', height: 200, huvudman: 'kommun', rank: 2 },
      { id: L1, mapId: MAP, name: 'Region', height: 160, huvudman: 'region', rank: 1 },
    ],
    phases: [],
    elements: [
      mapElement({ id: A, laneId: L2, label: 'Vårdbegäran', linkId: B, activityId: C }),
      mapElement({ id: B, laneId: L1, kind: 'challenge', label: 'Ingen vet vem som kallar', noteIds: [C], noteCount: 1, pinnedTo: A }),
    ],
    arrows: [{ id: C, mapId: MAP, from: A, to: B, label: 'ja' }],
  } as unknown as MapView;

  it('names parts by ids of its own, lanes in rank order, and keeps nothing that points outside the map', () => {
    const written = mapFileOf(view, { programme: 'LOS Kalmar', exportedAt: '2027-01-01T00:00:00.000Z', notes: ['Ett kort'] });
    expect(written.lanes.map((l) => [l.id, l.name])).toEqual([['l1', 'Region'], ['l2', 'Kommun']]);
    expect(written.elements.map((e) => [e.id, e.laneId, e.pinnedTo])).toEqual([['e1', 'l2', null], ['e2', 'l1', 'e1']]);
    expect(written.arrows).toEqual([{ from: 'e1', to: 'e2', label: 'ja' }]);
    expect(JSON.stringify(written)).not.toMatch(/0000-4000/);
    expect(readMapFile(JSON.parse(JSON.stringify(written)))).toMatchObject({ ok: true });
    expect(leftOut(view)).toEqual({ cardSources: 1, links: 1, activities: 1 });
  });
});
