import { describe, expect, it } from 'vitest';
import type { Activity, MeetingView, ParkedItem, PlanView, Protocol } from '../../../shared/actionplan/schema';
import { ApiFailure } from '../../api/ApiFailure';
import { activitiesById, agendaRows, carryChoices, formatAttendees, liftActivityIssues, meetingCounts, parseAttendees, progressInput } from './meetingModel';

const ids = {
  plan: '0b6f1c7e-3f7a-4a57-9a0e-2a4c1f9d8e11',
  area: '1c7f2d8e-4a8b-4b68-8b1f-3b5d2e0a9f22',
  goal: '2d8a3e9f-5b9c-4c79-9c2a-4c6e3f1b0a33',
  a: '3e9b4f0a-6c0d-4d8a-8d3b-5d7f4a2c1b44',
  b: '4f0c5a1b-7d1e-4e9b-9e4c-6e8a5b3d2c55',
  meeting: '5a1d6b2c-8e2f-4f0c-8f5d-7f9b6c4e3d66',
};

function activity(id: string, fields: Partial<Activity> = {}): Activity {
  return {
    id,
    planId: ids.plan,
    areaId: ids.area,
    goalId: null,
    what: `Aktivitet ${id.slice(0, 4)}`,
    responsibleName: '',
    responsibleOrganisation: '',
    responsibleHuvudman: null,
    start: null,
    due: null,
    status: 'pagar',
    health: 'gron',
    healthReason: '',
    notes: '',
    rank: 1,
    overdue: false,
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...fields,
  } as Activity;
}

const progress = { counted: 0, done: 0, struck: 0, paused: 0, total: 0, ratio: null };

function planWith(loose: Activity[], underGoal: Activity[]): PlanView {
  return {
    areas: [
      {
        area: { id: ids.area, title: 'Tryggt mottagande' },
        progress,
        activities: loose,
        goals: [{ goal: { id: ids.goal, title: 'Alla får en SIP' }, progress, activities: underGoal }],
      },
    ],
  } as unknown as PlanView;
}

describe('attendees typed one per line', () => {
  it('splits name and organisation at the first comma and skips empty lines', () => {
    expect(parseAttendees('Anna Berg, Ronneby kommun\n\n  Karim Said  \nLisa, Region Blekinge, vårdcentral\n')).toEqual([
      { name: 'Anna Berg', organisation: 'Ronneby kommun' },
      { name: 'Karim Said', organisation: '' },
      { name: 'Lisa', organisation: 'Region Blekinge, vårdcentral' },
    ]);
  });

  it('keeps a line with only an organisation, so the API can say the name is missing', () => {
    expect(parseAttendees(', Vårdcentralen')).toEqual([{ name: '', organisation: 'Vårdcentralen' }]);
  });

  it('round-trips through formatAttendees', () => {
    const attendees = [
      { name: 'Anna Berg', organisation: 'Ronneby kommun' },
      { name: 'Karim Said', organisation: '' },
    ];
    expect(parseAttendees(formatAttendees(attendees))).toEqual(attendees);
  });
});

describe('agenda joined with the plan', () => {
  it('places each activity under its område and delmål, keeps free-text items and drops activities that are gone', () => {
    const a = activity(ids.a);
    const b = activity(ids.b, { goalId: ids.goal as Activity['goalId'] });
    const placed = activitiesById(planWith([a], [b]));
    expect(placed.get(ids.a)).toEqual({ activity: a, areaTitle: 'Tryggt mottagande', goalTitle: null });
    expect(placed.get(ids.b)).toEqual({ activity: b, areaTitle: 'Tryggt mottagande', goalTitle: 'Alla får en SIP' });

    const gone = '6b2e7c3d-9f3a-4a1d-9a6e-8a0c7d5f4e77';
    const rows = agendaRows(
      [
        { activityId: null, texts: ['Bjud in biståndshandläggarna'], reasons: ['parked'] },
        { activityId: ids.b as Activity['id'], texts: [], reasons: ['red', 'overdue'] },
        { activityId: gone as Activity['id'], texts: [], reasons: ['open'] },
      ],
      placed,
    );
    expect(rows.map((row) => [row.key, row.placed?.activity.id ?? null])).toEqual([
      ['text-0', null],
      [ids.b, ids.b],
    ]);
  });
});

describe('meeting counts', () => {
  it('count live records while open and the protokoll once closed', () => {
    const open = { decisions: [{}, {}], changes: [{}], protocol: null } as unknown as MeetingView;
    expect(meetingCounts(open)).toEqual({ decisions: 2, changes: 1 });
    const closed = { decisions: [{}], changes: [], protocol: { decisions: [{}, {}, {}], changes: [{}, {}] } } as unknown as MeetingView;
    expect(meetingCounts(closed)).toEqual({ decisions: 3, changes: 2 });
  });
});

describe('progress input', () => {
  const current = activity(ids.a, { status: 'pagar', health: 'rod', healthReason: 'Ingen ansvarig' });
  const form = { status: 'pagar', health: 'rod', healthReason: 'Ingen ansvarig', comment: 'Inget nytt', by: 'Anna' } as const;

  it('sends only what changed, with the meeting and who records it', () => {
    expect(progressInput(current, { ...form, status: 'klar' }, ids.meeting)).toEqual({ id: ids.a, meetingId: ids.meeting, comment: 'Inget nytt', by: 'Anna', status: 'klar' });
    expect(progressInput(current, { ...form, health: 'gul', healthReason: 'Ansvarig utses i april' }, ids.meeting)).toEqual({
      id: ids.a,
      meetingId: ids.meeting,
      comment: 'Inget nytt',
      by: 'Anna',
      health: 'gul',
      healthReason: 'Ansvarig utses i april',
    });
  });

  it('clears the reason when the health turns green and counts a new reason as a change', () => {
    expect(progressInput(current, { ...form, health: 'gron' }, ids.meeting)).toMatchObject({ health: 'gron', healthReason: '' });
    expect(progressInput(current, { ...form, healthReason: 'Väntar på regionen' }, ids.meeting)).toMatchObject({ health: 'rod', healthReason: 'Väntar på regionen' });
  });

  it('sends neither status nor health when nothing changed, so the API refuses it', () => {
    const input = progressInput(current, form, ids.meeting);
    expect('status' in input || 'health' in input).toBe(false);
  });
});

describe('issues of the activity inside a beslut', () => {
  it('are named by the activity field, other issues stay as they were', () => {
    const failure = new ApiFailure({
      code: 'validation_failed',
      message: 'bad',
      details: [
        { path: ['activity', 'what'], code: 'too_small' },
        { path: ['activity'], code: 'custom', message: 'activityNeeded' },
        { path: ['text'], code: 'too_small' },
      ],
    });
    expect(liftActivityIssues(failure).details).toEqual([
      { path: ['what'], code: 'too_small' },
      { path: ['activity'], code: 'custom', message: 'activityNeeded' },
      { path: ['text'], code: 'too_small' },
    ]);
  });

  it('leave other failures untouched', () => {
    const failure = new ApiFailure({ code: 'meeting_closed', message: 'closed' });
    expect(liftActivityIssues(failure)).toBe(failure);
  });
});

describe('carry-over choices when closing', () => {
  it('let unreached agenda activities go but keep parked activities and free-text points', () => {
    const carryOver = [
      { activityId: null, what: '', texts: ['Bjud in biståndshandläggarna'] },
      { activityId: ids.a, what: 'Kalla till SIP', texts: ['Återkoppla om bemanning'] },
      { activityId: ids.b, what: 'Utbilda vårdplanerare', texts: [] },
    ] as Protocol['carryOver'];
    const parked = [{ id: ids.meeting, meetingId: ids.meeting, activityId: ids.a, text: 'Återkoppla om bemanning', createdAt: '2027-03-15T10:00:00.000Z' }] as ParkedItem[];
    expect(carryChoices(carryOver, parked)).toEqual([
      { key: 'text-0', activityId: null, label: 'Bjud in biståndshandläggarna', skippable: false },
      { key: ids.a, activityId: ids.a, label: 'Kalla till SIP – Återkoppla om bemanning', skippable: false },
      { key: ids.b, activityId: ids.b, label: 'Utbilda vårdplanerare', skippable: true },
    ]);
  });
});
