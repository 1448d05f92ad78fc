import { describe, expect, it } from 'vitest';
import { newPlan, openPlanApp, prioritisedCluster } from '../../../test/support/plan';

describe('traceability between the plan and the workshop', () => {
  it('an område made from an improvement area keeps the link; an activity traces back to the cluster, its notes and its votes by huvudman', async () => {
    const app = await openPlanApp();
    const { workshop, cluster, improvementArea, notes } = await prioritisedCluster(app);
    const plan = await newPlan(app);
    const area = await app.call('planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: improvementArea.id });
    expect(area).toMatchObject({ title: 'SIP i tid', improvementAreaId: improvementArea.id });
    expect(await app.call('planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: improvementArea.id })).toEqual(area);

    const goal = await app.call('planGoal.create', { areaId: area.id, title: 'SIP inom tre dagar' });
    const activity = await app.call('planActivity.create', { areaId: area.id, goalId: goal.id, what: 'Rutin för vem som kallar', responsibleName: 'Anna', responsibleHuvudman: 'kommun', due: '2027-03-01' });
    const trace = await app.call('planActivity.trace', { id: activity.id });
    expect(trace.activity).toMatchObject({ id: activity.id, overdue: true });
    expect(trace.goal?.title).toBe('SIP inom tre dagar');
    expect(trace.area.id).toBe(area.id);
    expect(trace.plan.id).toBe(plan.id);
    expect(trace.improvementArea).toEqual({ id: improvementArea.id, title: 'SIP i tid', workshopId: workshop.id, workshopTitle: workshop.title, itemId: cluster.id });
    expect(trace.item).toMatchObject({ kind: 'cluster', id: cluster.id, heading: 'SIP i tid' });
    expect(trace.item!.notes.map((n) => [n.id, n.authorName, n.huvudman])).toEqual([
      [notes[0]!.id, 'Eva', 'region'],
      [notes[1]!.id, 'Olle', 'kommun'],
    ]);
    expect(trace.item!.votes).toEqual({ roundNumber: 1, votes: 3, rank: 1, byHuvudman: { region: 1, kommun: 2 } });

    expect(await app.call('plan.workshopLinks', { workshopId: workshop.id })).toEqual([
      {
        improvementAreaId: improvementArea.id,
        improvementAreaTitle: 'SIP i tid',
        planId: plan.id,
        planTitle: plan.title,
        areaId: area.id,
        areaTitle: 'SIP i tid',
        activities: [{ id: activity.id, what: 'Rutin för vem som kallar', status: 'ej_paborjad', overdue: true }],
      },
    ]);
  });

  it('keep the område when its improvement area goes, with the link cleared; undo restores the link', async () => {
    const app = await openPlanApp();
    const { workshop, cluster, improvementArea } = await prioritisedCluster(app);
    const plan = await newPlan(app);
    const area = await app.call('planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: improvementArea.id });
    const activity = await app.call('planActivity.create', { areaId: area.id, what: 'Aktivitet' });

    await app.call('outcome.set', { workshopId: workshop.id, itemId: cluster.id, kind: 'cluster', status: null });
    const trace = await app.call('planActivity.trace', { id: activity.id });
    expect(trace.area).toMatchObject({ title: 'SIP i tid', improvementAreaId: null });
    expect(trace.improvementArea).toBeNull();
    expect(trace.item).toBeNull();

    await app.call('history.undo', {});
    expect((await app.call('planActivity.trace', { id: activity.id })).item?.id).toBe(cluster.id);
  });

  it('refuse an improvement area of another programme', async () => {
    const app = await openPlanApp();
    const { improvementArea } = await prioritisedCluster(app);
    const other = await app.call('programme.create', { name: 'Annat', area: '', level: 'lokal', description: '' });
    const plan = await app.call('plan.create', { programmeId: other.id, title: 'Plan', periodStart: null, periodEnd: null });
    const error = await app.fail('planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: improvementArea.id });
    expect(error).toMatchObject({ code: 'validation_failed', details: [{ path: ['improvementAreaId'], code: 'other_programme' }] });
    expect((await app.call('plan.get', { id: plan.id })).areas).toEqual([]);
  });
});
