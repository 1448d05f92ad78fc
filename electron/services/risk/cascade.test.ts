import { describe, expect, it } from 'vitest';
import { RegisterView } from '../../../shared/risk/schema';
import { openPlanApp } from '../../../test/support/plan';
import { rated, registerWithPlan, riskTableCounts } from '../../../test/support/risk';

/** What a risk's sources and actions become when the things they point at go, and come back on undo. */
describe('the register when workshops, områden, activities and programmes go', () => {
  async function registerWithTies() {
    const app = await openPlanApp();
    const { plan, area, register, workshop } = await registerWithPlan(app);
    const otherArea = await app.call('planArea.create', { planId: plan.id, title: 'Gemensam kommunikation' });
    const inArea = await app.call('planActivity.create', { areaId: area.id, what: 'Checklista för hemgång' });
    const elsewhere = await app.call('planActivity.create', { areaId: otherArea.id, what: 'Kontaktlista' });
    const fromWorkshop = await app.call('risk.create', { registerId: register.id, title: 'Från workshopen', origin: { source: 'workshop', workshopId: workshop.id }, assessment: rated(3, 3) });
    const fromArea = await app.call('risk.create', { registerId: register.id, title: 'Från området', origin: { source: 'area', areaId: area.id } });
    for (const activity of [inArea, elsewhere]) await app.call('riskAction.create', { kind: 'link', riskId: fromArea.id, activityId: activity.id });
    const read = () => app.call('riskRegister.get', { id: register.id });
    /** Makes the change, checks the register after it, and checks that undo gives back the register as it was. */
    const undoneAfter = async (change: () => Promise<unknown>, check: (after: Awaited<ReturnType<typeof read>>) => void) => {
      const before = await read();
      await change();
      check(await read());
      await app.call('history.undo', {});
      expect(await read()).toEqual(before);
    };
    return { app, plan, area, register, workshop, inArea, elsewhere, fromWorkshop, fromArea, read, undoneAfter };
  }

  it('a deleted workshop leaves its risks, no longer saying where they came from; undo ties them again', async () => {
    const { app, workshop, undoneAfter } = await registerWithTies();
    await undoneAfter(
      () => app.call('workshop.delete', { id: workshop.id }),
      (after) => expect(after.risks[0]).toMatchObject({ source: 'workshop', sourceWorkshopId: null, sourceLabel: null, assessmentCount: 1 }),
    );
  });

  it('a deleted område unlinks its risks and takes the links to its activities; undo brings both back', async () => {
    const { app, area, elsewhere, undoneAfter } = await registerWithTies();
    await undoneAfter(
      () => app.call('planArea.delete', { id: area.id }),
      (after) => expect(after.risks[1]).toMatchObject({ source: 'area', sourceAreaId: null, sourceLabel: null, actions: [{ activityId: elsewhere.id }] }),
    );
  });

  it('a deleted activity drops out of the risk’s actions; undo restores the link', async () => {
    const { app, inArea, elsewhere, undoneAfter } = await registerWithTies();
    await undoneAfter(
      () => app.call('planActivity.delete', { id: elsewhere.id }),
      (after) => expect(after.risks[1]!.actions.map((a) => a.activityId)).toEqual([inArea.id]),
    );
  });

  it('a deleted programme takes its register, risks, assessments and links along; undo restores all of it', async () => {
    const { app, plan, register, read } = await registerWithTies();
    const before = await read();
    // The mapping gives exactly the contract's type: parsing changes nothing.
    expect(RegisterView.parse(before)).toEqual(before);
    const counts = riskTableCounts(app.core.databaseFile);
    await app.call('programme.delete', { id: plan.programmeId });
    expect((await app.fail('riskRegister.get', { id: register.id })).code).toBe('not_found');
    expect(riskTableCounts(app.core.databaseFile)).toEqual({ risk_register: 0, risk: 0, risk_assessment: 0, risk_action: 0, plan_activity: 0 });
    await app.call('history.undo', { scope: 'home' as never });
    expect(await read()).toEqual(before);
    expect(riskTableCounts(app.core.databaseFile)).toEqual(counts);
  });

  it('deleting a risk takes its assessments and links, but never the activities', async () => {
    const { app, fromArea, register, read } = await registerWithTies();
    const before = await read();
    const counts = riskTableCounts(app.core.databaseFile);
    await app.call('risk.delete', { id: fromArea.id });
    expect(riskTableCounts(app.core.databaseFile)).toEqual({ ...counts, risk: 1, risk_action: 0 });
    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect(await read()).toEqual(before);
  });
});
