import { describe, expect, it } from 'vitest';
import { mapElement } from '../../test/support/map-element';
import { MapDocument } from './document';

const MAP = '00000000-0000-4000-8000-000000000001';
const LANE = '00000000-0000-4000-8000-000000000002';
const A = '00000000-0000-4000-8000-000000000003';
const B = '00000000-0000-4000-8000-000000000004';
const NOWHERE = '00000000-0000-4000-8000-00000000000f';

const element = (id: string, fields: Record<string, unknown> = {}) => ({ ...mapElement({ id, laneId: LANE, mapId: MAP, label: 'Steg' }), ...fields });

const doc = (fields: Record<string, unknown> = {}) => ({
  lanes: [{ id: LANE, mapId: MAP, name: 'Slutenvård', rank: 1, height: 160, huvudman: 'region' }],
  phases: [],
  elements: [element(A), element(B)],
  arrows: [{ id: '00000000-0000-4000-8000-000000000005', mapId: MAP, from: A, to: B, label: '' }],
  ...fields,
});

const problems = (input: unknown) =>
  (MapDocument.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.code === 'custom' ? (issue as { params?: { reason?: string } }).params?.reason : issue.code]);

describe('a whole map as data', () => {
  it('accepts a sound map, loops included', () => {
    expect(problems(doc())).toEqual([]);
    expect(problems(doc({ arrows: [{ id: '00000000-0000-4000-8000-000000000006', mapId: MAP, from: A, to: A, label: 'igen' }] }))).toEqual([]);
  });

  it('refuses an unknown element type by naming the element', () => {
    expect(problems(doc({ elements: [element(A), element(B, { kind: 'swimming_pool' })] }))).toEqual([['elements.1.kind', 'invalid_value']]);
  });

  it('refuses arrows to nothing, elements in no lane or reaching outside it, pins to nothing', () => {
    expect(problems(doc({ arrows: [{ id: '00000000-0000-4000-8000-000000000005', mapId: MAP, from: NOWHERE, to: B, label: '' }] }))).toEqual([['arrows.0.from', 'unknown_element']]);
    expect(
      problems(doc({ elements: [element(A, { laneId: NOWHERE }), element(B, { offset: 100, pinnedTo: NOWHERE })] })),
    ).toEqual([
      ['elements.0.laneId', 'unknown_lane'],
      ['elements.1.offset', 'outside_lane'],
      ['elements.1.pinnedTo', 'unknown_element'],
    ]);
    expect(problems(doc({ lanes: [], elements: [], arrows: [] }))).toEqual([['lanes', 'too_small']]);
  });
});
