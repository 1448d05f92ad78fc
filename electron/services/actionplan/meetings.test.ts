import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/core';
import { fixedClock, openPlanApp, planWithArea } from '../../../test/support/plan';

const attendees = [
  { name: 'Anna Berg', organisation: 'Ronneby kommun' },
  { name: 'Karim Said', organisation: 'Vårdcentralen' },
];

/** Four activities: one overdue, one röd, one pågår, one quiet (not on the agenda). */
async function followedUpPlan(app: TestApp) {
  const { plan, area } = await planWithArea(app);
  const create = (what: string, extra: Record<string, unknown> = {}) => app.call('planActivity.create', { areaId: area.id, what, ...extra });
  const late = await create('Kalla till SIP inom tre dagar', { due: '2027-03-01' });
  const red = await create('Gemensam checklista', { health: 'rod', healthReason: 'Ingen ansvarig utsedd' });
  const ongoing = await create('Utbilda vårdplanerare', { status: 'pagar' });
  const quiet = await create('Följ upp i december', { due: '2027-12-01' });
  return { plan, area, late, red, ongoing, quiet };
}

describe('follow-up meetings', () => {
  it('generate the agenda, record changes with the meeting, take two beslut (one making an activity), close into a protokoll with carry-over', async () => {
    const app = await openPlanApp();
    const { plan, area, late, red, ongoing, quiet } = await followedUpPlan(app);
    const created = await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-15', title: 'Uppföljning mars', attendees });
    const meeting = created.meeting;
    expect(meeting).toMatchObject({ status: 'open', attendees, closedAt: null });
    expect(meeting.agenda).toEqual([
      { activityId: late.id, texts: [], reasons: ['overdue'] },
      { activityId: red.id, texts: [], reasons: ['red'] },
      { activityId: ongoing.id, texts: [], reasons: ['open'] },
    ]);

    await app.call('planActivity.setProgress', { id: late.id, status: 'klar', comment: 'Rutinen är på plats', by: 'Anna Berg', meetingId: meeting.id });
    await app.call('planActivity.setProgress', { id: red.id, status: 'pagar', health: 'gul', healthReason: 'Ansvarig utses i april', by: 'Karim Said', meetingId: meeting.id });
    await app.call('planMeeting.park', { meetingId: meeting.id, text: 'Bjud in biståndshandläggarna' });
    const info = await app.call('planDecision.create', { meetingId: meeting.id, kind: 'beslut', text: 'Processteamet beslutar att godkänna den reviderade rutinen' });
    expect(info).toMatchObject({ kind: 'beslut', text: 'godkänna den reviderade rutinen', activityId: null });
    const made = await app.call('planDecision.create', {
      meetingId: meeting.id,
      kind: 'ny_aktivitet',
      text: 'att ta fram en gemensam kontaktlista',
      activity: { areaId: area.id, what: 'Ta fram en gemensam kontaktlista', responsibleName: 'Karim Said', due: '2027-05-01' },
    });
    const newActivity = (await app.call('plan.get', { id: plan.id })).areas[0]!.activities.find((a) => a.id === made.activityId);
    expect(newActivity).toMatchObject({ what: 'Ta fram en gemensam kontaktlista', due: '2027-05-01', status: 'ej_paborjad' });

    const preview = await app.call('planMeeting.previewClose', { id: meeting.id });
    expect((await app.call('planMeeting.get', { id: meeting.id })).meeting.status).toBe('open');
    expect(preview).toMatchObject({
      date: '2027-03-15',
      attendees,
      decisions: [
        { kind: 'beslut', text: 'godkänna den reviderade rutinen', activityId: null },
        { kind: 'ny_aktivitet', text: 'ta fram en gemensam kontaktlista', activityId: made.activityId },
      ],
      changes: [
        { activityId: late.id, what: 'Kalla till SIP inom tre dagar', field: 'status', from: 'ej_paborjad', to: 'klar', comment: 'Rutinen är på plats', by: 'Anna Berg' },
        { activityId: red.id, field: 'status', from: 'ej_paborjad', to: 'pagar', by: 'Karim Said' },
        { activityId: red.id, field: 'health', from: 'rod', to: 'gul', reason: 'Ansvarig utses i april' },
      ],
      carryOver: [
        { activityId: null, what: '', texts: ['Bjud in biståndshandläggarna'] },
        { activityId: ongoing.id, what: 'Utbilda vårdplanerare', texts: [] },
      ],
    });
    expect((await app.call('planMeeting.previewClose', { id: meeting.id, skip: [ongoing.id] })).carryOver).toHaveLength(1);

    const history = await app.call('planActivity.history', { id: red.id });
    expect(history.map((h) => [h.field, h.from, h.to, h.meetingId, h.by])).toEqual([
      ['status', 'ej_paborjad', 'pagar', meeting.id, 'Karim Said'],
      ['health', 'rod', 'gul', meeting.id, 'Karim Said'],
    ]);

    const closed = await app.call('planMeeting.close', { id: meeting.id });
    expect(closed.meeting).toMatchObject({ status: 'closed', closedAt: fixedClock().toISOString() });
    expect(closed.protocol).toEqual(preview);
    expect((await app.fail('planDecision.create', { meetingId: meeting.id, kind: 'information', text: 'sent' })).code).toBe('meeting_closed');
    expect((await app.fail('planActivity.setProgress', { id: quiet.id, status: 'pagar', by: 'Anna', meetingId: meeting.id })).code).toBe('meeting_closed');
    expect((await app.fail('planMeeting.update', { id: meeting.id, date: '2027-03-20' })).code).toBe('meeting_closed');

    // Later edits to the plan do not rewrite the minutes.
    await app.call('planActivity.update', { id: late.id, what: 'Nytt namn' });
    expect((await app.call('planMeeting.get', { id: meeting.id })).protocol).toEqual(preview);

    const next = await app.call('planMeeting.create', { planId: plan.id, date: '2027-04-12', attendees });
    expect(next.meeting.agenda).toEqual([
      { activityId: null, texts: ['Bjud in biståndshandläggarna'], reasons: ['parked'] },
      { activityId: red.id, texts: [], reasons: ['open'] },
      { activityId: ongoing.id, texts: [], reasons: ['parked', 'open'] },
    ]);
    expect((await app.call('plan.get', { id: plan.id })).meetings.map((m) => [m.date, m.status])).toEqual([
      ['2027-03-15', 'closed'],
      ['2027-04-12', 'open'],
    ]);
  });

  it('undo a close to reopen the meeting', async () => {
    const app = await openPlanApp();
    const { plan } = await followedUpPlan(app);
    const { meeting } = await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-15', attendees });
    await app.call('planMeeting.close', { id: meeting.id });
    await app.call('history.undo', {});
    expect(await app.call('planMeeting.get', { id: meeting.id })).toMatchObject({ meeting: { status: 'open', closedAt: null }, protocol: null });
  });

  it('drop a deleted activity from the agenda and the carry-over; a deleted meeting leaves the history, unlinked, and undo relinks it', async () => {
    const app = await openPlanApp();
    const { plan, late, red, ongoing } = await followedUpPlan(app);
    const { meeting } = await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-15', attendees });
    await app.call('planActivity.delete', { id: late.id });
    expect((await app.call('planMeeting.get', { id: meeting.id })).meeting.agenda.map((e) => e.activityId)).toEqual([red.id, ongoing.id]);
    expect((await app.call('planMeeting.previewClose', { id: meeting.id })).carryOver.map((c) => c.activityId)).toEqual([red.id, ongoing.id]);

    await app.call('planActivity.setProgress', { id: red.id, health: 'gul', healthReason: 'Bättre', by: 'Anna Berg', meetingId: meeting.id });
    await app.call('planMeeting.delete', { id: meeting.id });
    expect(await app.call('planMeeting.list', { planId: plan.id })).toEqual([]);
    expect((await app.call('planActivity.history', { id: red.id })).map((h) => [h.to, h.meetingId])).toEqual([['gul', null]]);
    await app.call('history.undo', {});
    expect((await app.call('planActivity.history', { id: red.id })).map((h) => [h.to, h.meetingId])).toEqual([['gul', meeting.id]]);
  });

  it('reschedule a meeting and keep its agenda, changes, decisions and parked items', async () => {
    const app = await openPlanApp();
    const { plan, late } = await followedUpPlan(app);
    const { meeting } = await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-15', attendees });
    await app.call('planActivity.setProgress', { id: late.id, status: 'pagar', by: 'Anna Berg', meetingId: meeting.id });
    await app.call('planDecision.create', { meetingId: meeting.id, kind: 'information', text: 'Regionen byter journalsystem i maj' });
    await app.call('planMeeting.park', { meetingId: meeting.id, activityId: late.id, text: 'Återkoppla om bemanning' });
    const before = await app.call('planMeeting.get', { id: meeting.id });

    const moved = await app.call('planMeeting.update', { id: meeting.id, date: '2027-03-22', attendees: [...attendees, { name: 'Lisa', organisation: '' }] });
    expect(moved.meeting.date).toBe('2027-03-22');
    expect(moved.meeting.attendees).toHaveLength(3);
    expect({ ...moved, meeting: { ...moved.meeting, date: before.meeting.date, attendees: before.meeting.attendees, updatedAt: before.meeting.updatedAt } }).toEqual(before);
    expect((await app.call('planActivity.history', { id: late.id }))[0]!.meetingId).toBe(meeting.id);
  });

  it('refuse a change recorded at a meeting of another plan, and a bad decision, with nothing saved', async () => {
    const app = await openPlanApp();
    const { plan, late } = await followedUpPlan(app);
    const other = await planWithArea(app);
    const { meeting } = await app.call('planMeeting.create', { planId: other.plan.id, date: '2027-03-15', attendees: [] });
    const error = await app.fail('planActivity.setProgress', { id: late.id, status: 'klar', by: 'Anna', meetingId: meeting.id });
    expect(error).toMatchObject({ code: 'validation_failed', details: [{ path: ['meetingId'], code: 'other_plan' }] });
    expect((await app.fail('planDecision.create', { meetingId: meeting.id, kind: 'ny_aktivitet', text: 'göra något' })).details).toMatchObject([{ path: ['activity'], message: 'activityNeeded' }]);
    expect((await app.fail('planDecision.create', { meetingId: meeting.id, kind: 'beslut', text: 'beslutar att' })).code).toBe('validation_failed');
    const foreign = await app.fail('planDecision.create', { meetingId: meeting.id, kind: 'ny_aktivitet', text: 'göra', activity: { areaId: late.areaId, what: 'X' } });
    expect(foreign.details).toMatchObject([{ path: ['activity', 'areaId'], code: 'other_plan' }]);
    expect((await app.fail('planMeeting.park', { meetingId: meeting.id, activityId: late.id })).details).toMatchObject([{ path: ['activityId'], code: 'other_plan' }]);
    expect((await app.fail('planMeeting.create', { planId: plan.id, date: '2027-02-29', attendees: [] })).code).toBe('validation_failed');
    expect(await app.call('planActivity.history', { id: late.id })).toEqual([]);
    expect(await app.call('planMeeting.get', { id: meeting.id })).toMatchObject({ decisions: [], parked: [] });
    expect(await app.call('planMeeting.list', { planId: plan.id })).toEqual([]);
  });
});
