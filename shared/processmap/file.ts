/**
 * One map as a file of its own, to move it to another programme or another
 * machine: its lanes, phases, elements and arrows, each part named by an id
 * that only means something inside the file ("l1", "e1"). Nothing refers
 * outside the map: a challenge card keeps its text but not its workshop
 * notes or cluster, and links to the paired map or to plan activities are
 * left out, each loss said in `notes` in the app's language. Reading one is
 * checked as a unit (format and version first, then every part, then the
 * references between parts, as a restored map is), each issue naming the
 * part by its place and its id in the file.
 */
import { z } from 'zod';
import { Coordinate } from '../board/schema';
import { base64Chars, JSON_IMPORT_LIMITS } from '../files/limits';
import { Huvudman } from '../participant/schema';
import { ProgrammeId } from '../programme/schema';
import { checkedDocument } from './document';
import { ElementKind, LaneHeight, MAP_LIMITS, MapState, MapText, Offset, PhaseWidth, Size, type MapView } from './schema';

export const MAP_FILE_FORMAT = 'samverkstad-processkarta';
export const MAP_FILE_VERSION = 1;
/** As many elements as one paste or one "Ordna" may move; see JSON_IMPORT_LIMITS for why the file's parts are bounded at all. */
export const MAP_FILE_LIMITS = { elements: MAP_LIMITS.moves, arrows: 2 * MAP_LIMITS.moves, notes: 10, note: 1000, programme: 200 } as const;

const FileId = z.string().min(1).max(64);

const FileLane = z.object({ id: FileId, name: MapText.laneName, height: LaneHeight, huvudman: Huvudman.nullable() }).strict();
const FilePhase = z.object({ name: MapText.laneName, width: PhaseWidth }).strict();
const FileElement = z
  .object({
    id: FileId,
    kind: ElementKind,
    laneId: FileId,
    x: Coordinate,
    offset: Offset,
    width: Size,
    height: Size,
    label: MapText.label,
    description: MapText.description,
    responsible: MapText.responsible,
    problem: z.boolean(),
    pinnedTo: FileId.nullable(),
  })
  .strict();
const FileArrow = z.object({ from: FileId, to: FileId, label: MapText.arrowLabel }).strict();

type Check = z.core.$RefinementCtx;

function refuseDuplicates(parts: readonly { readonly id: string }[], part: 'lanes' | 'elements', ctx: Check): void {
  const seen = new Set<string>();
  parts.forEach((p, index) => {
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [part, index, 'id'], message: 'The id is used twice', params: { reason: 'duplicate_id' } });
    seen.add(p.id);
  });
}

export const MapFile = checkedDocument(
  z
    .object({
      format: z.literal(MAP_FILE_FORMAT),
      version: z.literal(MAP_FILE_VERSION),
      name: MapText.name,
      state: MapState,
      /** Where the map came from, for people reading the file; not used when it is read. */
      programme: z.string().max(MAP_FILE_LIMITS.programme).optional(),
      exportedAt: z.iso.datetime().optional(),
      notes: z.array(z.string().max(MAP_FILE_LIMITS.note)).max(MAP_FILE_LIMITS.notes).default([]),
      lanes: z.array(FileLane).min(1).max(MAP_LIMITS.lanes),
      phases: z.array(FilePhase).max(MAP_LIMITS.phases),
      elements: z.array(FileElement).max(MAP_FILE_LIMITS.elements),
      arrows: z.array(FileArrow).max(MAP_FILE_LIMITS.arrows),
    })
    .strict(),
).superRefine((file, ctx) => {
  refuseDuplicates(file.lanes, 'lanes', ctx);
  refuseDuplicates(file.elements, 'elements', ctx);
  file.elements.forEach((element, index) => {
    if (element.pinnedTo === element.id) ctx.addIssue({ code: 'custom', path: ['elements', index, 'pinnedTo'], message: 'Pinned to itself', params: { reason: 'self' } });
    if (element.problem && file.state !== 'nulage') ctx.addIssue({ code: 'custom', path: ['elements', index, 'problem'], message: 'Only a nuläge marks problems', params: { reason: 'not_current' } });
  });
});
export type MapFile = z.infer<typeof MapFile>;

/** One thing wrong with a file: where (path in the file), why, and the id and value found there, for the message. */
export interface MapFileIssue {
  readonly path: readonly (string | number)[];
  readonly reason: string;
  readonly id?: string;
  readonly value?: string;
}

const MAX_SHOWN_VALUE = 80;

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((inside, key) => (typeof inside === 'object' && inside !== null ? (inside as Record<PropertyKey, unknown>)[key] : undefined), value);
}

function shown(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = String(value);
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE - 1)}…` : text;
}

function fileIssue(raw: unknown, issue: z.core.$ZodIssue): MapFileIssue {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const reason =
    issue.code === 'custom' ? String((issue.params as { reason?: unknown } | undefined)?.reason ?? 'invalid') : issue.code === 'invalid_value' && path.at(-1) === 'kind' ? 'unknown_kind' : issue.code;
  const id = typeof path[1] === 'number' ? shown(at(raw, [path[0]!, path[1], 'id'])) : undefined;
  const value = issue.code === 'unrecognized_keys' ? shown(issue.keys.join(', ')) : shown(at(raw, path));
  return { path, reason, ...(id === undefined ? {} : { id }), ...(value === undefined ? {} : { value }) };
}

/**
 * Checks what a file holds. Format and version are looked at alone first:
 * a file of another kind, or of a later version of this format, is refused
 * as that rather than with a list of everything it lacks.
 */
export function readMapFile(raw: unknown): { readonly ok: true; readonly file: MapFile } | { readonly ok: false; readonly issues: readonly MapFileIssue[] } {
  const format = at(raw, ['format']);
  if (format !== MAP_FILE_FORMAT) return { ok: false, issues: [{ path: ['format'], reason: 'not_map_file', ...(shown(format) === undefined ? {} : { value: shown(format)! }) }] };
  const version = at(raw, ['version']);
  if (version !== MAP_FILE_VERSION) return { ok: false, issues: [{ path: ['version'], reason: 'unsupported_version', ...(shown(version) === undefined ? {} : { value: shown(version)! }) }] };
  const parsed = MapFile.safeParse(raw);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: parsed.error.issues.map((issue) => fileIssue(raw, issue)) };
}

/** What a map holds that a file leaves out, counted, so the file can say so. */
export function leftOut(view: MapView): { readonly cardSources: number; readonly links: number; readonly activities: number } {
  const count = (test: (e: MapView['elements'][number]) => boolean) => view.elements.filter(test).length;
  return {
    cardSources: count((e) => e.kind === 'challenge' && (e.clusterId !== null || e.noteIds.length > 0)),
    links: count((e) => e.linkId !== null),
    activities: count((e) => e.activityId !== null),
  };
}

/** What an element is by itself, without what it points at (lane, pin, links): what a copy or a file takes over. */
export function ownFields(e: MapView['elements'][number]) {
  return { kind: e.kind, x: e.x, offset: e.offset, width: e.width, height: e.height, label: e.label, description: e.description, responsible: e.responsible };
}

/** The file of a map, its parts in the map's order, lanes and phases by rank. */
export function mapFileOf(view: MapView, about: { readonly programme: string; readonly exportedAt: string; readonly notes: readonly string[] }): MapFile {
  const byRank = <T extends { readonly rank: number }>(parts: readonly T[]) => [...parts].sort((a, b) => a.rank - b.rank);
  const laneIds = new Map(byRank(view.lanes).map((lane, index) => [lane.id, `l${index + 1}`]));
  const elementIds = new Map(view.elements.map((element, index) => [element.id, `e${index + 1}`]));
  const fileId = (ids: ReadonlyMap<string, string>, id: string) => ids.get(id) ?? id;
  return {
    format: MAP_FILE_FORMAT,
    version: MAP_FILE_VERSION,
    name: view.map.name,
    state: view.map.state,
    programme: about.programme.slice(0, MAP_FILE_LIMITS.programme),
    exportedAt: about.exportedAt,
    notes: [...about.notes],
    lanes: byRank(view.lanes).map((lane) => ({ id: fileId(laneIds, lane.id), name: lane.name, height: lane.height, huvudman: lane.huvudman })),
    phases: byRank(view.phases).map((phase) => ({ name: phase.name, width: phase.width })),
    elements: view.elements.map((e) => ({
      id: fileId(elementIds, e.id),
      laneId: fileId(laneIds, e.laneId),
      ...ownFields(e),
      problem: e.problem,
      pinnedTo: e.pinnedTo === null ? null : fileId(elementIds, e.pinnedTo),
    })),
    arrows: view.arrows.map((arrow) => ({ from: fileId(elementIds, arrow.from), to: fileId(elementIds, arrow.to), label: arrow.label })),
  };
}

/** A picked map file, as base64 so its bytes arrive as they are (the reader decides whether they are UTF-8). */
export const MapImport = z
  .object({
    programmeId: ProgrammeId,
    file: z.object({ base64: z.string().min(1).max(base64Chars(JSON_IMPORT_LIMITS.fileBytes)) }).strict(),
  })
  .strict();
