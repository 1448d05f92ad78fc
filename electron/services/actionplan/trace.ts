/**
 * The link back to the workshop: activity → område → improvement area →
 * the cluster (or free note) it came from, with its notes and its votes
 * split by huvudman, read through the voting service's own round state.
 */
import type { Huvudman } from '../../../shared/participant/schema';
import { WorkshopLink, type PlanArea, type Trace } from '../../../shared/actionplan/schema';
import type { HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { itemKindOf } from '../board/rows';
import { roundState, toRound } from '../voting/state';
import { mustFindWorkshop } from '../workshop/rows';
import { mustRead, readActivity, todayOf, toArea, toGoal, toPlan } from './rows';

interface NoteRow {
  id: string;
  text: string;
  author_name: string | null;
  huvudman: Huvudman | null;
}

function itemNotes(db: Db, kind: 'cluster' | 'note', itemId: string) {
  const rows = db
    .prepare(
      `SELECT n.id, n.text, p.name AS author_name, p.huvudman FROM note n LEFT JOIN participant p ON p.id = n.author_id
       WHERE ${kind === 'cluster' ? 'n.cluster_id' : 'n.id'} = ? ORDER BY n.rank, n.created_at, n.rowid`,
    )
    .all(itemId) as NoteRow[];
  return rows.map((n) => ({ id: n.id, text: n.text, authorName: n.author_name, huvudman: n.huvudman }));
}

/** The item's result in the latest revealed round that had it. */
function itemVotes(db: Db, workshopId: string, itemId: string): NonNullable<Trace['item']>['votes'] {
  const rounds = db.prepare('SELECT * FROM vote_round WHERE workshop_id = ? AND revealed = 1 ORDER BY number DESC').all(workshopId) as Row[];
  for (const row of rounds) {
    const state = roundState(db, toRound(row));
    const result = state.results?.find((r) => r.itemId === itemId);
    if (result) return { roundNumber: state.round.number, votes: result.votes, rank: result.rank, byHuvudman: result.byHuvudman };
  }
  return null;
}

function traceItem(db: Db, workshopId: string, itemId: string): Trace['item'] {
  const kind = itemKindOf(db, itemId);
  if (!kind) return null;
  const row = mustRead(db, kind, itemId);
  return {
    kind,
    id: itemId,
    heading: String(kind === 'cluster' ? row.heading : row.text),
    description: kind === 'cluster' ? String(row.description) : '',
    notes: itemNotes(db, kind, itemId),
    votes: itemVotes(db, workshopId, itemId),
  };
}

/** The improvement area an område came from and the workshop item behind it, or nulls when unlinked. */
function traceSource(db: Db, improvementAreaId: PlanArea['improvementAreaId']): Pick<Trace, 'improvementArea' | 'item'> {
  if (improvementAreaId === null) return { improvementArea: null, item: null };
  const source = mustRead(db, 'improvement_area', improvementAreaId);
  const workshopId = String(source.workshop_id);
  const itemId = String(source.item_id);
  return {
    improvementArea: { id: improvementAreaId, title: String(source.title), workshopId, workshopTitle: mustFindWorkshop(db, workshopId).title, itemId },
    item: traceItem(db, workshopId, itemId),
  };
}

export function traceActivity(db: Db, activityId: string, today: string): Trace {
  const activity = readActivity(db, activityId, today);
  const area = toArea(mustRead(db, 'plan_area', activity.areaId));
  return {
    activity,
    goal: activity.goalId ? toGoal(mustRead(db, 'plan_goal', activity.goalId)) : null,
    area,
    plan: toPlan(mustRead(db, 'plan', activity.planId)),
    ...traceSource(db, area.improvementAreaId),
  };
}

interface LinkRow {
  improvement_area_id: string;
  improvement_area_title: string;
  plan_id: string;
  plan_title: string;
  area_id: string;
  area_title: string;
}

/** The plan områden (and their activities) that a workshop's prioritised areas became, today. */
export function workshopLinks(db: Db, workshopId: string, today: string): WorkshopLink[] {
  const links = db
    .prepare(
      `SELECT ia.id AS improvement_area_id, ia.title AS improvement_area_title, p.id AS plan_id, p.title AS plan_title, ar.id AS area_id, ar.title AS area_title
       FROM improvement_area ia JOIN plan_area ar ON ar.improvement_area_id = ia.id JOIN plan p ON p.id = ar.plan_id
       WHERE ia.workshop_id = ? ORDER BY ia.created_at, ia.rowid, p.created_at, ar.rank`,
    )
    .all(workshopId) as LinkRow[];
  return WorkshopLink.array().parse(
    links.map((link) => ({
      improvementAreaId: link.improvement_area_id,
      improvementAreaTitle: link.improvement_area_title,
      planId: link.plan_id,
      planTitle: link.plan_title,
      areaId: link.area_id,
      areaTitle: link.area_title,
      activities: (
        db.prepare('SELECT id FROM plan_activity WHERE area_id = ? ORDER BY goal_id IS NULL, rank, rowid').pluck().all(link.area_id) as string[]
      ).map((id) => {
        const { what, status, overdue } = readActivity(db, id, today);
        return { id, what, status, overdue };
      }),
    })),
  );
}

export const traceHandlers: HandlerMap = {
  'planActivity.trace': ({ id }, { store }) => store.read((db) => traceActivity(db, id, todayOf(store.now()))),

  'plan.workshopLinks': ({ workshopId }, { store }) =>
    store.read((db) => {
      mustFindWorkshop(db, workshopId);
      return workshopLinks(db, workshopId, todayOf(store.now()));
    }),
};
