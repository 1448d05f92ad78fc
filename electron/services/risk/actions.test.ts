import { describe, expect, it } from 'vitest';
import { RiskAction } from '../../../shared/risk/schema';
import { openPlanApp } from '../../../test/support/plan';
import { otherProgramme, registerWithPlan, riskTableCounts } from '../../../test/support/risk';

describe('risk actions are handlingsplan activities', () => {
  it('link an activity of the programme, with its plan, område, status and overdue for today', async () => {
    const app = await openPlanApp();
    const { plan, area, register } = await registerWithPlan(app);
    const activity = await app.call('planActivity.create', { areaId: area.id, what: 'Kalla till SIP inom tre dagar', due: '2027-03-01', status: 'pagar' });
    const risk = await app.call('risk.create', { registerId: register.id, title: 'SIP dröjer' });
    const action = RiskAction.parse(await app.call('riskAction.create', { kind: 'link', riskId: risk.id, activityId: activity.id }));
    expect(action).toMatchObject({ riskId: risk.id, activityId: activity.id, planId: plan.id, planTitle: plan.title, areaTitle: 'Tryggt mottagande', what: 'Kalla till SIP inom tre dagar', status: 'pagar', due: '2027-03-01', overdue: true });
    // Linking again changes nothing.
    expect(await app.call('riskAction.create', { kind: 'link', riskId: risk.id, activityId: activity.id })).toEqual(action);
    expect(riskTableCounts(app.core.databaseFile).risk_action).toBe(1);

    await app.call('planActivity.setProgress', { id: activity.id, status: 'klar', by: 'Anna Berg' });
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]!.actions).toEqual([{ ...action, status: 'klar', overdue: false }]);

    await app.call('riskAction.delete', { id: action.id });
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]!.actions).toEqual([]);
    expect(await app.call('planActivity.history', { id: activity.id })).toHaveLength(1);
    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]!.actions.map((a) => a.id)).toEqual([action.id]);
  });

  it('create the activity in an område of the programme and link it, as one step in the register’s history', async () => {
    const app = await openPlanApp();
    const { plan, area, register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'Läkemedelslistan saknas' });
    const before = riskTableCounts(app.core.databaseFile);
    const action = await app.call('riskAction.create', { kind: 'create', riskId: risk.id, activity: { areaId: area.id, what: 'Gemensam läkemedelsgenomgång', responsibleName: 'Karim Said', due: '2027-05-01' } });
    expect(action).toMatchObject({ planId: plan.id, what: 'Gemensam läkemedelsgenomgång', status: 'ej_paborjad', due: '2027-05-01', overdue: false });
    const planView = await app.call('plan.get', { id: plan.id });
    expect(planView.areas[0]!.activities.map((a) => [a.id, a.responsibleName])).toEqual([[action.activityId, 'Karim Said']]);

    expect(await app.call('history.state', { scope: `register:${register.id}` as never })).toMatchObject({ undo: 'riskAction.create' });
    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect(riskTableCounts(app.core.databaseFile)).toEqual(before);
  });

  it('refuse an activity or område of another programme, and bad activities, with nothing saved', async () => {
    const app = await openPlanApp();
    const { area, register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'SIP dröjer' });
    const other = await otherProgramme(app);
    const before = riskTableCounts(app.core.databaseFile);
    const linked = await app.fail('riskAction.create', { kind: 'link', riskId: risk.id, activityId: other.activity.id });
    const created = await app.fail('riskAction.create', { kind: 'create', riskId: risk.id, activity: { areaId: other.area.id, what: 'Fel plan' } });
    expect([linked, created].map((e) => [e.code, (e.details as { path: string[] }).path.join('.')])).toEqual([
      ['wrong_programme', 'activityId'],
      ['wrong_programme', 'activity.areaId'],
    ]);
    const empty = await app.fail('riskAction.create', { kind: 'create', riskId: risk.id, activity: { areaId: area.id, what: ' ' } });
    expect([empty.code, (empty.details as { path: string[] }[])[0]!.path]).toEqual(['validation_failed', ['activity', 'what']]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await app.fail('riskAction.create', { kind: 'link', riskId: unknown, activityId: other.activity.id })).code).toBe('not_found');
    expect((await app.fail('riskAction.create', { kind: 'link', riskId: risk.id, activityId: unknown })).code).toBe('not_found');
    expect((await app.fail('riskAction.delete', { id: unknown })).code).toBe('not_found');
    expect(riskTableCounts(app.core.databaseFile)).toEqual(before);
  });
});
