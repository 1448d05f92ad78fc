import { describe, expect, it } from 'vitest';
import { compareMaps, normaliseName, type CompareSide, type CompareStep } from './compare';

const IDS = { currentId: '00000000-0000-4000-8000-0000000000a1', desiredId: '00000000-0000-4000-8000-0000000000a2' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const lanes = [
  { id: 'region', name: 'Slutenvård', huvudman: 'region' as const },
  { id: 'kommun', name: 'Kommunens hälso- och sjukvård', huvudman: 'kommun' as const },
];
const desiredLanes = [
  { id: 'region2', name: 'slutenvård ', huvudman: 'region' as const },
  { id: 'kommun2', name: 'Kommunens hälso- och sjukvård', huvudman: 'kommun' as const },
];
const step = (n: number, label: string, laneId: string, fields: Partial<CompareStep> = {}): CompareStep => ({
  id: id(n),
  kind: 'step',
  laneId,
  x: n * 100,
  label,
  responsible: '',
  linkId: null,
  activityId: null,
  ...fields,
});

describe('comparing nuläge and önskat läge', () => {
  it('normalises names for matching: case, spacing, punctuation', () => {
    expect(normaliseName('  Kallelse till SIP – inom 3 dagar! ')).toBe('kallelse till sip inom 3 dagar');
    expect(normaliseName('ÖVERFÖRING')).toBe('överföring');
  });

  it('match by name by default, mark moved, new and removed steps, and list the changes with who is responsible', () => {
    const current: CompareSide = {
      lanes,
      elements: [
        step(1, 'Inskrivningsmeddelande', 'region'),
        step(2, 'Läkemedelsgenomgång', 'region', { responsible: 'Avdelningsläkare' }),
        step(3, 'Kallelse till SIP', 'region'),
        { ...step(9, 'En kommentar', 'region'), kind: 'comment' },
      ],
    };
    const desired: CompareSide = {
      lanes: desiredLanes,
      elements: [
        step(11, 'inskrivningsmeddelande', 'region2'),
        step(13, 'Kallelse till  SIP', 'kommun2', { responsible: 'Sjuksköterska i kommunen' }),
        step(14, 'Uppföljning efter hemgång', 'kommun2'),
      ],
    };
    const result = compareMaps(IDS, current, desired);
    expect(result.steps).toEqual([
      { status: 'same', currentId: id(1), desiredId: id(11), matchedBy: 'name' },
      { status: 'moved', currentId: id(3), desiredId: id(13), matchedBy: 'name' },
      { status: 'new', currentId: null, desiredId: id(14), matchedBy: null },
      { status: 'removed', currentId: id(2), desiredId: null, matchedBy: null },
    ]);
    expect(result.changes).toEqual([
      { kind: 'moved', elementId: id(13), step: 'Kallelse till  SIP', fromLane: 'Slutenvård', toLane: 'Kommunens hälso- och sjukvård', responsible: 'Sjuksköterska i kommunen', huvudman: 'kommun', activityId: null },
      { kind: 'new', elementId: id(14), step: 'Uppföljning efter hemgång', fromLane: null, toLane: 'Kommunens hälso- och sjukvård', responsible: '', huvudman: 'kommun', activityId: null },
      { kind: 'removed', elementId: id(2), step: 'Läkemedelsgenomgång', fromLane: 'Slutenvård', toLane: null, responsible: 'Avdelningsläkare', huvudman: 'region', activityId: null },
    ]);
  });

  it('prefer an explicit link from either side over the name, and match each step once', () => {
    const current: CompareSide = { lanes, elements: [step(1, 'Planering', 'region'), step(2, 'Planering', 'region', { linkId: id(12) })] };
    const desired: CompareSide = {
      lanes: desiredLanes,
      elements: [step(11, 'Samordnad planering', 'region2', { linkId: id(1) }), step(12, 'Något annat', 'region2'), step(13, 'Planering', 'region2')],
    };
    expect(compareMaps(IDS, current, desired).steps).toEqual([
      { status: 'same', currentId: id(1), desiredId: id(11), matchedBy: 'link' },
      { status: 'same', currentId: id(2), desiredId: id(12), matchedBy: 'link' },
      { status: 'new', currentId: null, desiredId: id(13), matchedBy: null },
    ]);
  });

  it('pair equal names in flow order, and never match unnamed steps by name', () => {
    const current: CompareSide = { lanes, elements: [step(2, 'Bedöma', 'kommun'), step(1, 'Bedöma', 'region'), step(3, '', 'region')] };
    const desired: CompareSide = { lanes: desiredLanes, elements: [step(11, 'Bedöma', 'region2'), step(12, 'Bedöma', 'region2'), step(13, ' ', 'region2')] };
    const { steps } = compareMaps(IDS, current, desired);
    expect(steps.filter((s) => s.matchedBy === 'name').map((s) => [s.currentId, s.desiredId, s.status])).toEqual([
      [id(1), id(11), 'same'],
      [id(2), id(12), 'moved'],
    ]);
    expect(steps.filter((s) => s.matchedBy === null).map((s) => s.status)).toEqual(['new', 'removed']);
  });
});
