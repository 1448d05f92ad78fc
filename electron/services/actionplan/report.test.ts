import { describe, expect, it } from 'vitest';
import { followedUpPlan, openPlanApp, TODAY } from '../../../test/support/plan';

describe('styrgrupp report', () => {
  it('list by default the decisions since the day after the last-but-one closed meeting, or from a picked date, or all', async () => {
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    const report = await app.call('plan.report', { id: seeded.plan.id });
    expect(report.view.today).toBe(TODAY);
    expect(report.view.overdue).toBe(1);
    expect(report).toMatchObject({ from: '2027-02-02', defaultFrom: '2027-02-02' });
    expect(report.decisions.map((d) => [d.meetingDate, d.meetingTitle, d.kind, d.text, d.activityWhat])).toEqual([
      ['2027-03-10', 'Uppföljning mars', 'beslut', 'godkänna den reviderade rutinen', null],
      ['2027-03-10', 'Uppföljning mars', 'ny_aktivitet', 'ta fram en gemensam kontaktlista', 'Ta fram en gemensam kontaktlista'],
    ]);

    const all = await app.call('plan.report', { id: seeded.plan.id, from: null });
    expect(all).toMatchObject({ from: null, defaultFrom: '2027-02-02' });
    expect(all.decisions.map((d) => d.meetingDate)).toEqual(['2027-02-01', '2027-03-10', '2027-03-10']);
    expect((await app.call('plan.report', { id: seeded.plan.id, from: '2027-03-11' })).decisions).toEqual([]);

    // A decision at a meeting still open counts as since the last report.
    const open = (await app.call('planMeeting.create', { planId: seeded.plan.id, date: '2027-04-12', attendees: [] })).meeting;
    await app.call('planDecision.create', { meetingId: open.id, kind: 'information', text: 'notera läget' });
    const withOpen = await app.call('plan.report', { id: seeded.plan.id });
    expect(withOpen.decisions.map((d) => [d.meetingDate, d.meetingStatus])).toEqual([
      ['2027-03-10', 'closed'],
      ['2027-03-10', 'closed'],
      ['2027-04-12', 'open'],
    ]);
  });

  it('refuse a start that is not a date, naming the field', async () => {
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    const error = await app.fail('plan.report', { id: seeded.plan.id, from: '2027-02-30' });
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([expect.objectContaining({ path: ['from'] })]);
  });
});
