/**
 * A whole map as data, checked as a unit: what a restored or imported map
 * must satisfy before any of it is used. The element kind is an enum, so an
 * unknown kind is refused by name; the references between parts are checked
 * here, each issue naming the part and field at fault.
 */
import { z } from 'zod';
import { MapArrow, MapElement, MapLane, MapPhase } from './schema';

type Issue = { readonly path: (string | number)[]; readonly code: string; readonly message: string };

/** What the references between a map's parts are checked on, whatever else the parts hold. */
export interface DocumentParts {
  readonly lanes: readonly { readonly id: string; readonly height: number }[];
  readonly elements: readonly { readonly id: string; readonly laneId: string; readonly offset: number; readonly height: number; readonly pinnedTo: string | null }[];
  readonly arrows: readonly { readonly from: string; readonly to: string }[];
}

export function documentIssues(doc: DocumentParts): Issue[] {
  const issues: Issue[] = [];
  const lanes = new Map(doc.lanes.map((lane) => [lane.id, lane]));
  const elementIds = new Set(doc.elements.map((element) => element.id));
  doc.elements.forEach((element, index) => {
    const lane = lanes.get(element.laneId);
    if (!lane) issues.push({ path: ['elements', index, 'laneId'], code: 'unknown_lane', message: 'The element is in no lane of the map' });
    else if (element.offset + element.height > lane.height) issues.push({ path: ['elements', index, 'offset'], code: 'outside_lane', message: 'The element reaches outside its lane' });
    if (element.pinnedTo !== null && !elementIds.has(element.pinnedTo)) issues.push({ path: ['elements', index, 'pinnedTo'], code: 'unknown_element', message: 'Pinned to an element not in the map' });
  });
  doc.arrows.forEach((arrow, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!elementIds.has(arrow[end])) issues.push({ path: ['arrows', index, end], code: 'unknown_element', message: `The arrow's ${end} end points at nothing` });
    }
  });
  return issues;
}

/** A schema of a whole map whose parts are also checked against each other, each issue with its reason in `params.reason`. */
export function checkedDocument<S extends z.ZodType<DocumentParts>>(schema: S) {
  return schema.superRefine((doc, ctx) => {
    for (const issue of documentIssues(doc)) ctx.addIssue({ ...issue, code: 'custom', params: { reason: issue.code }, input: doc });
  });
}

export const MapDocument = checkedDocument(
  z.object({
    lanes: z.array(MapLane).min(1),
    phases: z.array(MapPhase),
    elements: z.array(MapElement),
    arrows: z.array(MapArrow),
  }),
);
export type MapDocument = z.infer<typeof MapDocument>;
