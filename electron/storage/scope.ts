/**
 * The document a change belongs to when the caller did not say where the
 * user acted (scripts, seeding over HTTP). A row belongs to the document it
 * is shown in: a programme to the programme list, a workshop or an
 * improvement area or a plan or a map to its programme, a plan's or a map's
 * parts to their plan or map,
 * everything else to its workshop. A change spanning several documents of
 * one programme (deleting a workshop with its notes) belongs to that
 * programme; anything wider to home.
 */
import { HistoryScope, HOME_SCOPE } from '../../shared/history/schema';
import type { Db } from './database';
import { readRow, type Cell, type Row } from './rows';
import type { TableName } from './tables';
import type { JournalEntry } from './transaction';

type Document = { readonly kind: 'home' } | { readonly kind: 'programme' | 'workshop' | 'plan' | 'register' | 'map'; readonly id: string };

/** Looks a row up in the change itself first: it may have deleted it. */
type Lookup = (table: TableName, id: Cell | undefined) => Row | undefined;

const inWorkshop = (id: Cell | undefined): Document | null => (typeof id === 'string' ? { kind: 'workshop', id } : null);
const inProgramme = (id: Cell | undefined): Document | null => (typeof id === 'string' ? { kind: 'programme', id } : null);
const inPlan = (id: Cell | undefined): Document | null => (typeof id === 'string' ? { kind: 'plan', id } : null);
const inRegister = (id: Cell | undefined): Document | null => (typeof id === 'string' ? { kind: 'register', id } : null);
const inMap = (id: Cell | undefined): Document | null => (typeof id === 'string' ? { kind: 'map', id } : null);
const planOfArea = (lookup: Lookup, areaId: Cell | undefined) => inPlan(lookup('plan_area', areaId)?.plan_id);
const planOfMeeting = (lookup: Lookup, meetingId: Cell | undefined) => inPlan(lookup('plan_meeting', meetingId)?.plan_id);

const documentOf: Readonly<Record<TableName, (row: Row, lookup: Lookup) => Document | null>> = {
  programme: () => ({ kind: 'home' }),
  workshop: (row) => inProgramme(row.programme_id),
  improvement_area: (row) => inProgramme(row.programme_id),
  participant: (row) => inWorkshop(row.workshop_id),
  cluster: (row) => inWorkshop(row.workshop_id),
  note: (row) => inWorkshop(row.workshop_id),
  matrix_placement: (row) => inWorkshop(row.workshop_id),
  vote_round: (row) => inWorkshop(row.workshop_id),
  item_outcome: (row) => inWorkshop(row.workshop_id),
  vote: (row, lookup) => inWorkshop(lookup('vote_round', row.round_id)?.workshop_id),
  paper_count: (row, lookup) => inWorkshop(lookup('vote_round', row.round_id)?.workshop_id),
  plan: (row) => inProgramme(row.programme_id),
  plan_area: (row) => inPlan(row.plan_id),
  plan_goal: (row, lookup) => planOfArea(lookup, row.area_id),
  plan_activity: (row, lookup) => planOfArea(lookup, row.area_id),
  plan_history: (row, lookup) => planOfArea(lookup, lookup('plan_activity', row.activity_id)?.area_id),
  plan_meeting: (row) => inPlan(row.plan_id),
  plan_decision: (row, lookup) => planOfMeeting(lookup, row.meeting_id),
  plan_parked: (row, lookup) => planOfMeeting(lookup, row.meeting_id),
  // The register's own row (its bands) is edited on the register page, like its risks.
  risk_register: (row) => inRegister(row.id),
  risk: (row) => inRegister(row.register_id),
  risk_assessment: (row, lookup) => inRegister(lookup('risk', row.risk_id)?.register_id),
  risk_action: (row, lookup) => inRegister(lookup('risk', row.risk_id)?.register_id),
  process_map: (row) => inProgramme(row.programme_id),
  map_lane: (row) => inMap(row.map_id),
  map_phase: (row) => inMap(row.map_id),
  map_element: (row) => inMap(row.map_id),
  map_arrow: (row) => inMap(row.map_id),
  map_card_note: (row, lookup) => inMap(lookup('map_element', row.element_id)?.map_id),
};

/** A document's own container, for changes that span several of its kind. */
const containerOf = (document: Document | null, lookup: Lookup): Document | null => {
  if (document?.kind === 'workshop') return inProgramme(lookup('workshop', document.id)?.programme_id);
  if (document?.kind === 'plan') return inProgramme(lookup('plan', document.id)?.programme_id);
  if (document?.kind === 'register') return inProgramme(lookup('risk_register', document.id)?.programme_id);
  if (document?.kind === 'map') return inProgramme(lookup('process_map', document.id)?.programme_id);
  return document;
};

const key = (document: Document): string => (document.kind === 'home' ? 'home' : `${document.kind}:${document.id}`);

function single(documents: readonly (Document | null)[]): Document | null {
  const first = documents[0];
  if (!first || documents.some((d) => d === null || key(d) !== key(first))) return null;
  return first;
}

export function derivedScope(db: Db, entries: readonly JournalEntry[]): HistoryScope {
  const lookup: Lookup = (table, id) => {
    if (typeof id !== 'string') return undefined;
    const inChange = entries.find((e) => e.entity === table && e.entityId === id);
    return inChange ? (inChange.after ?? inChange.before ?? undefined) : readRow(db, table, id);
  };
  const documents = entries.map((entry) => {
    const row = entry.after ?? entry.before;
    return row ? documentOf[entry.entity](row, lookup) : null;
  });
  const lifted = documents.map((document) => containerOf(document, lookup));
  const found = single(documents) ?? single(lifted);
  return (found && HistoryScope.safeParse(key(found)).data) || HOME_SCOPE;
}
