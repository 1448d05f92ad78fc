import { describe, expect, it } from 'vitest';
import { newPlan, openPlanApp, planWithArea, TODAY } from '../../../test/support/plan';

describe('plans, områden, delmål and activities', () => {
  it('create a plan from the regional LOS template with its five areas, delmål and activities, in the app language', async () => {
    const app = await openPlanApp();
    const plan = await newPlan(app, 'los_regional');
    expect(plan).toMatchObject({ status: 'utkast', template: 'los_regional', periodStart: '2027-01-01' });
    const view = await app.call('plan.get', { id: plan.id });
    expect(view.today).toBe(TODAY);
    expect(view.areas.map((a) => a.area.title)).toEqual([
      'Riktlinjer och rutiner för utskrivningen',
      'Tryggt mottagande i hemmet',
      'Digitalt stöd för utskrivningen',
      'Uppföljning och utvärdering',
      'Gemensam kommunikation',
    ]);
    expect(view.areas[0]!.goals.map((g) => [g.goal.title, g.activities.length])).toEqual([
      ['Gemensamma rutiner är beslutade', 2],
      ['Rutinerna används i alla berörda verksamheter', 1],
    ]);
    expect(view.areas[1]!.goals[0]!.activities[0]).toMatchObject({ what: 'Se över uppdraget för öppenvården', responsibleHuvudman: 'region', status: 'ej_paborjad', health: 'gron', overdue: false });
    expect(view.progress).toEqual({ counted: 13, done: 0, struck: 0, paused: 0, total: 13, ratio: 0 });

    await app.call('settings.update', { language: 'en' });
    const english = await app.call('plan.get', { id: (await newPlan(app, 'gap_analysis')).id });
    expect(english.areas.map((a) => a.area.title)[0]).toBe('The way into home health care');
    expect((await app.call('plan.get', { id: (await newPlan(app, 'empty')).id })).areas).toEqual([]);

    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect((await app.fail('plan.get', { id: english.plan.id })).code).toBe('not_found');
  });

  it('compute overdue and progress per delmål, område and plan for today; struken and pausad are left out', async () => {
    const app = await openPlanApp();
    const { plan, area } = await planWithArea(app);
    const goal = await app.call('planGoal.create', { areaId: area.id, title: 'Alla får en SIP i tid' });
    const make = (what: string, due: string | null, goalId: string | null = goal.id) =>
      app.call('planActivity.create', { areaId: area.id, goalId: goalId as never, what, start: '2027-01-10', due });
    const late = await make('Kalla till SIP inom tre dagar', '2027-03-14');
    const dueToday = await make('Rutin för inskrivningsmeddelande', TODAY);
    const done = await make('Utbilda vårdplanerare', '2027-02-01');
    const struck = await make('Gemensam telefonlinje', '2027-02-01');
    const paused = await make('Mät utskrivningsklara dagar', '2027-03-01', null);
    expect(late.overdue).toBe(true);
    expect(dueToday.overdue).toBe(false);

    const change = (id: string, status: 'klar' | 'struken' | 'pausad') => app.call('planActivity.setProgress', { id: id as never, status, by: 'Anna' });
    expect((await change(done.id, 'klar')).overdue).toBe(false);
    expect((await change(struck.id, 'struken')).overdue).toBe(false);
    expect((await change(paused.id, 'pausad')).overdue).toBe(true);

    const view = await app.call('plan.get', { id: plan.id });
    const [areaView] = view.areas;
    expect(areaView!.goals[0]!.progress).toEqual({ counted: 3, done: 1, struck: 1, paused: 0, total: 4, ratio: 1 / 3 });
    expect(areaView!.activities.map((a) => a.what)).toEqual(['Mät utskrivningsklara dagar']);
    expect(areaView!.progress).toEqual({ counted: 3, done: 1, struck: 1, paused: 1, total: 5, ratio: 1 / 3 });
    expect(view.progress).toEqual(areaView!.progress);
    expect(view.overdue).toBe(2);
    expect((await app.call('plan.list', { programmeId: plan.programmeId }))[0]).toMatchObject({ overdue: 2, areaCount: 1, progress: { done: 1, counted: 3 } });
  });

  it('refuse bad activities with the field named and nothing saved', async () => {
    const app = await openPlanApp();
    const { plan, area } = await planWithArea(app);
    const refused = async (input: Record<string, unknown>) => {
      const error = await app.fail('planActivity.create', { areaId: area.id, what: 'Något', ...input });
      expect(error.code).toBe('validation_failed');
      return (error.details as { path: (string | number)[]; code: string; message: string }[]).map((d) => [d.path.join('.'), d.code === 'custom' ? d.message : d.code]);
    };
    expect(await refused({ start: '2027-04-01', due: '2027-03-01' })).toEqual([['due', 'beforeStart']]);
    expect(await refused({ what: '   ' })).toEqual([['what', 'too_small']]);
    expect(await refused({ health: 'gul' })).toEqual([['healthReason', 'too_small']]);
    expect(await refused({ health: 'rod', healthReason: ' ' })).toEqual([['healthReason', 'too_small']]);
    expect(await refused({ due: '2027-02-30' })).toEqual([['due', 'invalid_format']]);
    expect(await refused({ start: 'nästa vecka' })).toEqual([['start', 'invalid_format']]);
    expect((await app.call('plan.get', { id: plan.id })).areas[0]!.activities).toEqual([]);

    const activity = await app.call('planActivity.create', { areaId: area.id, what: 'Gemensam checklista', start: '2027-02-01', due: '2027-03-01' });
    const early = await app.fail('planActivity.update', { id: activity.id, due: '2027-01-15' });
    expect(early.details).toEqual([{ path: ['due'], code: 'custom', message: 'beforeStart' }]);
    const late = await app.fail('planActivity.update', { id: activity.id, start: '2027-04-01' });
    expect(late.details).toEqual([{ path: ['start'], code: 'custom', message: 'beforeStart' }]);
    expect((await app.fail('planActivity.setProgress', { id: activity.id, health: 'rod', by: 'Anna' })).code).toBe('validation_failed');
    expect((await app.fail('planActivity.setProgress', { id: activity.id, by: 'Anna' })).code).toBe('validation_failed');
    expect((await app.fail('plan.update', { id: plan.id, periodEnd: '2026-12-01' })).details).toEqual([{ path: ['periodEnd'], code: 'custom', message: 'beforeStart' }]);
    expect(await app.call('planActivity.history', { id: activity.id })).toEqual([]);
    expect((await app.call('plan.get', { id: plan.id })).areas[0]!.activities[0]).toMatchObject({ start: '2027-02-01', due: '2027-03-01', health: 'gron' });
  });

  it('answer not_found for unknown ids on every read', async () => {
    const app = await openPlanApp();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const method of ['plan.get', 'planActivity.history', 'planActivity.trace', 'planMeeting.get']) {
      expect((await app.fail(method, { id: unknown })).code).toBe('not_found');
    }
    expect((await app.fail('planMeeting.list', { planId: unknown })).code).toBe('not_found');
    expect((await app.fail('plan.list', { programmeId: unknown })).code).toBe('not_found');
    expect((await app.fail('plan.workshopLinks', { workshopId: unknown })).code).toBe('not_found');
  });

  it('delete an område with its delmål, activities and history in one step; undo restores all of it', async () => {
    const app = await openPlanApp();
    const { plan, area } = await planWithArea(app);
    const goal = await app.call('planGoal.create', { areaId: area.id, title: 'Delmål' });
    const activity = await app.call('planActivity.create', { areaId: area.id, goalId: goal.id, what: 'Aktivitet', due: '2027-06-01' });
    await app.call('planActivity.setProgress', { id: activity.id, status: 'pagar', health: 'gul', healthReason: 'Väntar på IT', comment: 'Startat', by: 'Anna' });
    const before = await app.call('plan.get', { id: plan.id });
    const history = await app.call('planActivity.history', { id: activity.id });
    expect(history).toHaveLength(2);

    await app.call('planArea.delete', { id: area.id });
    expect((await app.call('plan.get', { id: plan.id })).areas).toEqual([]);
    expect((await app.fail('planActivity.history', { id: activity.id })).code).toBe('not_found');
    expect((await app.call('history.state', {})).undo).toBe('planArea.delete');

    await app.call('history.undo', {});
    expect(await app.call('plan.get', { id: plan.id })).toEqual(before);
    expect(await app.call('planActivity.history', { id: activity.id })).toEqual(history);
  });

  it('delete a delmål and keep its activities under the område', async () => {
    const app = await openPlanApp();
    const { plan, area } = await planWithArea(app);
    const goal = await app.call('planGoal.create', { areaId: area.id, title: 'Delmål' });
    await app.call('planActivity.create', { areaId: area.id, goalId: goal.id, what: 'Aktivitet' });
    await app.call('planGoal.delete', { id: goal.id });
    const view = await app.call('plan.get', { id: plan.id });
    expect(view.areas[0]!.goals).toEqual([]);
    expect(view.areas[0]!.activities.map((a) => [a.what, a.goalId])).toEqual([['Aktivitet', null]]);
  });

  it('reorder områden, delmål and activities (also into another delmål) in one undoable step each', async () => {
    const app = await openPlanApp();
    const { plan, area } = await planWithArea(app);
    const second = await app.call('planArea.create', { planId: plan.id, title: 'Digitalt stöd' });
    const [g1, g2] = [await app.call('planGoal.create', { areaId: area.id, title: 'G1' }), await app.call('planGoal.create', { areaId: area.id, title: 'G2' })];
    const acts = [];
    for (const what of ['A', 'B', 'C']) acts.push(await app.call('planActivity.create', { areaId: area.id, goalId: g1.id, what }));
    const [a, b, c] = acts as [(typeof acts)[0], (typeof acts)[0], (typeof acts)[0]];
    const shape = async () => {
      const view = await app.call('plan.get', { id: plan.id });
      return view.areas.map((ar) => [ar.area.title, ar.goals.map((g) => [g.goal.title, g.activities.map((x) => x.what)])]);
    };
    const start = await shape();

    await app.call('planActivity.reorder', { areaId: area.id, goalId: g1.id, ids: [c.id, a.id, b.id] });
    await app.call('planActivity.reorder', { areaId: area.id, goalId: g2.id, ids: [a.id] });
    await app.call('planGoal.reorder', { areaId: area.id, ids: [g2.id, g1.id] });
    await app.call('planArea.reorder', { planId: plan.id, ids: [second.id, area.id] });
    expect(await shape()).toEqual([
      ['Digitalt stöd', []],
      ['Tryggt mottagande', [['G2', ['A']], ['G1', ['C', 'B']]]],
    ]);
    for (let i = 0; i < 4; i++) await app.call('history.undo', {});
    expect(await shape()).toEqual(start);

    const other = await newPlan(app);
    const foreign = await app.call('planArea.create', { planId: other.id, title: 'Annan plan' });
    expect((await app.fail('planActivity.reorder', { areaId: foreign.id, goalId: null, ids: [a.id] })).details).toMatchObject([{ path: ['ids'], code: 'other_plan' }]);
    expect((await app.fail('planActivity.reorder', { areaId: area.id, goalId: null, ids: [a.id, a.id] })).details).toMatchObject([{ path: ['ids'], code: 'duplicate' }]);
    expect((await app.fail('planArea.reorder', { planId: other.id, ids: [area.id] })).details).toMatchObject([{ path: ['ids'], code: 'other_parent' }]);
    expect(await shape()).toEqual(start);
  });

  it('delete the programme with its plans; undo brings them back', async () => {
    const app = await openPlanApp();
    const plan = await newPlan(app, 'los_regional');
    const before = await app.call('plan.get', { id: plan.id });
    await app.call('programme.delete', { id: plan.programmeId });
    expect((await app.fail('plan.get', { id: plan.id })).code).toBe('not_found');
    await app.call('history.undo', {});
    expect(await app.call('plan.get', { id: plan.id })).toEqual(before);
  });
});
