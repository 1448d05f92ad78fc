/**
 * Uppföljningsmöten. The agenda is fixed when a meeting is created, from the
 * plan as it stands and what the previous meeting carried over. Closing
 * stores the protokoll as a snapshot; undoing the close reopens the meeting.
 */
import { randomUUID } from 'node:crypto';
import { buildAgenda, carryOver, type Parked } from '../../../shared/actionplan/rules';
import { Protocol } from '../../../shared/actionplan/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { insertActivity, planOfArea, requireOpenMeeting } from './activities';
import { invalid } from './refuse';
import { listMeetings, meetingView, mustRead, planActivities, todayOf, toDecision, toMeeting, toParked } from './rows';

/** What the latest closed meeting of the plan handed on. */
function carriedFromLast(db: Db, planId: string): Parked[] {
  const protocol = db
    .prepare("SELECT protocol FROM plan_meeting WHERE plan_id = ? AND status = 'closed' ORDER BY date DESC, closed_at DESC, rowid DESC LIMIT 1")
    .pluck()
    .get(planId) as string | undefined;
  if (!protocol) return [];
  // One parked entry per note, so notes keep their own lines on the next agenda.
  return Protocol.parse(JSON.parse(protocol)).carryOver.flatMap((item) =>
    (item.texts.length > 0 ? item.texts : ['']).map((text) => ({ activityId: item.activityId, text })),
  );
}

export function protocolOf(db: Db, meetingId: string, skip: readonly string[]): Protocol {
  const view = meetingView(db, meetingId);
  const { meeting } = view;
  const whatOf = new Map((db.prepare('SELECT act.id, act.what FROM plan_activity act JOIN plan_area ar ON ar.id = act.area_id WHERE ar.plan_id = ?').all(meeting.planId) as { id: string; what: string }[]).map((a) => [a.id, a.what]));
  const reached = new Set([...view.changes.map((c) => c.activityId), ...view.decisions.flatMap((d) => (d.activityId ? [d.activityId] : []))]);
  const carried = carryOver(meeting.agenda, view.parked, reached, new Set(skip));
  return Protocol.parse({
    meetingId: meeting.id,
    planId: meeting.planId,
    title: meeting.title,
    date: meeting.date,
    attendees: meeting.attendees,
    decisions: view.decisions.map((d) => ({ kind: d.kind, text: d.text, activityId: d.activityId })),
    changes: view.changes.map((c) => ({ activityId: c.activityId, what: whatOf.get(c.activityId) ?? '', field: c.field, from: c.from, to: c.to, reason: c.reason, comment: c.comment, by: c.by })),
    carryOver: carried.map((item) => ({ ...item, what: item.activityId === null ? '' : (whatOf.get(item.activityId) ?? '') })),
  });
}

function openMeeting(tx: Tx, meetingId: string): Row {
  const meeting = mustRead(tx.db, 'plan_meeting', meetingId);
  return requireOpenMeeting(tx.db, meetingId, String(meeting.plan_id));
}

export const meetingHandlers: HandlerMap = {
  'planMeeting.list': ({ planId }, { store }) =>
    store.read((db) => {
      mustRead(db, 'plan', planId);
      return listMeetings(db, planId);
    }),

  'planMeeting.get': ({ id }, { store }) => store.read((db) => meetingView(db, id)),

  'planMeeting.create': mutation('planMeeting.create', ({ planId, title, date, attendees }, tx) => {
    tx.get('plan', planId);
    const agenda = buildAgenda(planActivities(tx.db, planId, todayOf(tx.now)), carriedFromLast(tx.db, planId), todayOf(tx.now));
    const id = randomUUID();
    tx.insert('plan_meeting', {
      id,
      plan_id: planId,
      title,
      date,
      attendees: JSON.stringify(attendees),
      status: 'open',
      agenda: JSON.stringify(agenda),
      protocol: null,
      closed_at: null,
      created_at: tx.now,
      updated_at: tx.now,
    });
    return meetingView(tx.db, id);
  }),

  'planMeeting.update': mutation('planMeeting.update', ({ id, title, date, attendees }, tx) => {
    openMeeting(tx, id);
    tx.update('plan_meeting', id, definedColumns({ title, date, attendees: attendees === undefined ? undefined : JSON.stringify(attendees) }));
    return meetingView(tx.db, id);
  }),

  'planMeeting.delete': mutation('planMeeting.delete', ({ id }, tx) => {
    tx.remove('plan_meeting', id);
    return null;
  }),

  'planMeeting.park': mutation('planMeeting.park', ({ meetingId, activityId, text }, tx) => {
    const meeting = openMeeting(tx, meetingId);
    if (activityId !== null && planOfArea(tx.db, String(mustRead(tx.db, 'plan_activity', activityId).area_id)) !== meeting.plan_id) {
      throw invalid(['activityId'], 'other_plan', 'The activity belongs to another plan');
    }
    const id = randomUUID();
    tx.insert('plan_parked', { id, meeting_id: meeting.id, activity_id: activityId, text, created_at: tx.now });
    return toParked(tx.get('plan_parked', id));
  }),

  'planMeeting.unpark': mutation('planMeeting.unpark', ({ id }, tx) => {
    openMeeting(tx, String(tx.get('plan_parked', id).meeting_id));
    tx.remove('plan_parked', id);
    return null;
  }),

  'planMeeting.previewClose': ({ id, skip }, { store }) =>
    store.read((db) => {
      const meeting = toMeeting(mustRead(db, 'plan_meeting', id));
      requireOpenMeeting(db, id, meeting.planId);
      return protocolOf(db, id, skip);
    }),

  'planMeeting.close': mutation('planMeeting.close', ({ id, skip }, tx) => {
    openMeeting(tx, id);
    const protocol = protocolOf(tx.db, id, skip);
    tx.update('plan_meeting', id, { status: 'closed', protocol: JSON.stringify(protocol), closed_at: tx.now });
    return meetingView(tx.db, id);
  }),

  'planDecision.create': mutation('planDecision.create', ({ meetingId, kind, text, activity }, tx) => {
    const meeting = openMeeting(tx, meetingId);
    let activityId: string | null = null;
    if (activity) {
      if (planOfArea(tx.db, activity.areaId) !== meeting.plan_id) throw invalid(['activity', 'areaId'], 'other_plan', 'The område belongs to another plan');
      activityId = insertActivity(tx, activity);
    }
    const id = randomUUID();
    const rank = tx.db.prepare('SELECT COALESCE(MAX(rank), 0) + 1 FROM plan_decision WHERE meeting_id = ?').pluck().get(meetingId) as number;
    tx.insert('plan_decision', { id, meeting_id: meetingId, kind, text, activity_id: activityId, rank, created_at: tx.now });
    return toDecision(tx.get('plan_decision', id));
  }),

  'planDecision.delete': mutation('planDecision.delete', ({ id }, tx) => {
    openMeeting(tx, String(tx.get('plan_decision', id).meeting_id));
    tx.remove('plan_decision', id);
    return null;
  }),
};
