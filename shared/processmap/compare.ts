/**
 * Nuläge against önskat läge. Steps are matched by the link a user set
 * (from either side), then by name; a matched step whose lane has another
 * name in the other map has moved (a hand-over that went from region to
 * kommun). What is left unmatched is new (only in önskat läge) or removed
 * (only in nuläge). Every change becomes a row of the "what changes, who is
 * responsible" table.
 */
import { z } from 'zod';
import { ActivityId } from '../actionplan/schema';
import { Huvudman } from '../participant/schema';
import { flowKinds, MapElementId, ProcessMapId, type ElementKind } from './schema';

export const changeKinds = ['new', 'removed', 'moved'] as const;
export const ChangeKind = z.enum(changeKinds);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const StepMatch = z.object({
  status: z.enum(['same', ...changeKinds]),
  currentId: MapElementId.nullable(),
  desiredId: MapElementId.nullable(),
  matchedBy: z.enum(['link', 'name']).nullable(),
});
export type StepMatch = z.infer<typeof StepMatch>;

export const ChangeRow = z.object({
  kind: ChangeKind,
  /** The step the row is about: in önskat läge for new and moved steps, in nuläge for removed ones. */
  elementId: MapElementId,
  step: z.string(),
  fromLane: z.string().nullable(),
  toLane: z.string().nullable(),
  responsible: z.string(),
  huvudman: Huvudman.nullable(),
  activityId: ActivityId.nullable(),
});
export type ChangeRow = z.infer<typeof ChangeRow>;

export const Comparison = z.object({
  currentId: ProcessMapId,
  desiredId: ProcessMapId,
  steps: z.array(StepMatch),
  changes: z.array(ChangeRow),
});
export type Comparison = z.infer<typeof Comparison>;

export interface CompareStep {
  readonly id: string;
  readonly kind: ElementKind;
  readonly laneId: string;
  readonly x: number;
  readonly label: string;
  readonly responsible: string;
  readonly linkId: string | null;
  readonly activityId: string | null;
}

export interface CompareLane {
  readonly id: string;
  readonly name: string;
  readonly huvudman: Huvudman | null;
}

export interface CompareSide {
  readonly lanes: readonly CompareLane[];
  readonly elements: readonly CompareStep[];
}

/** Case, spacing, punctuation and dashes do not make two steps different. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const flowSteps = (side: CompareSide) => side.elements.filter((e) => flowKinds.includes(e.kind)).sort((a, b) => a.x - b.x);

/** Pairs by explicit link first; each step is matched at most once, and a link into nothing is ignored. */
function matchSteps(current: readonly CompareStep[], desired: readonly CompareStep[]) {
  const pairs: { current: CompareStep; desired: CompareStep; by: 'link' | 'name' }[] = [];
  const freeCurrent = new Map(current.map((s) => [s.id, s]));
  const freeDesired = new Map(desired.map((s) => [s.id, s]));
  const take = (c: CompareStep | undefined, d: CompareStep | undefined, by: 'link' | 'name') => {
    if (!c || !d || !freeCurrent.has(c.id) || !freeDesired.has(d.id)) return;
    freeCurrent.delete(c.id);
    freeDesired.delete(d.id);
    pairs.push({ current: c, desired: d, by });
  };
  for (const d of desired) if (d.linkId) take(freeCurrent.get(d.linkId), d, 'link');
  for (const c of current) if (c.linkId) take(c, freeDesired.get(c.linkId), 'link');
  // Unnamed steps say nothing about which is which; equal names pair up in flow order.
  for (const d of desired) {
    const name = normaliseName(d.label);
    if (name === '' || !freeDesired.has(d.id)) continue;
    take([...freeCurrent.values()].find((c) => normaliseName(c.label) === name), d, 'name');
  }
  return { pairs, removed: [...freeCurrent.values()], added: [...freeDesired.values()] };
}

export function compareMaps(ids: { currentId: string; desiredId: string }, current: CompareSide, desired: CompareSide): Comparison {
  const laneOf = (side: CompareSide, step: CompareStep) => side.lanes.find((lane) => lane.id === step.laneId);
  const { pairs, removed, added } = matchSteps(flowSteps(current), flowSteps(desired));
  const steps: StepMatch[] = [];
  const changes: ChangeRow[] = [];
  const row = (kind: ChangeKind, step: CompareStep, from: CompareLane | undefined, to: CompareLane | undefined, responsible: string): ChangeRow =>
    ChangeRow.parse({
      kind,
      elementId: step.id,
      step: step.label,
      fromLane: from?.name ?? null,
      toLane: to?.name ?? null,
      responsible,
      huvudman: (to ?? from)?.huvudman ?? null,
      activityId: step.activityId,
    });

  for (const pair of pairs) {
    const from = laneOf(current, pair.current);
    const to = laneOf(desired, pair.desired);
    const moved = normaliseName(from?.name ?? '') !== normaliseName(to?.name ?? '');
    steps.push(StepMatch.parse({ status: moved ? 'moved' : 'same', currentId: pair.current.id, desiredId: pair.desired.id, matchedBy: pair.by }));
    if (moved) changes.push(row('moved', pair.desired, from, to, pair.desired.responsible || pair.current.responsible));
  }
  for (const step of added) {
    steps.push(StepMatch.parse({ status: 'new', currentId: null, desiredId: step.id, matchedBy: null }));
    changes.push(row('new', step, undefined, laneOf(desired, step), step.responsible));
  }
  for (const step of removed) {
    steps.push(StepMatch.parse({ status: 'removed', currentId: step.id, desiredId: null, matchedBy: null }));
    changes.push(row('removed', step, laneOf(current, step), undefined, step.responsible));
  }
  return Comparison.parse({ ...ids, steps, changes });
}
