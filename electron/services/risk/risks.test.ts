import { describe, expect, it } from 'vitest';
import { Assessment, Register, RegisterView, RiskRow } from '../../../shared/risk/schema';
import { openPlanApp, TODAY } from '../../../test/support/plan';
import { otherProgramme, rated, registerWithPlan, riskTableCounts } from '../../../test/support/risk';

describe('riskregister, risks and assessments', () => {
  it('one register per programme, with the default bands and numbering from R1', async () => {
    const app = await openPlanApp();
    const [programme] = await app.call('programme.list', {});
    expect(await app.call('riskRegister.forProgramme', { programmeId: programme!.id })).toBeNull();
    const register = Register.parse(await app.call('riskRegister.create', { programmeId: programme!.id }));
    expect(register).toMatchObject({ programmeId: programme!.id, bands: { lowMax: 4, highMin: 9 }, nextNumber: 1 });
    expect(await app.call('riskRegister.forProgramme', { programmeId: programme!.id })).toEqual(register);
    const again = await app.fail('riskRegister.create', { programmeId: programme!.id });
    expect([again.code, again.details]).toEqual(['register_exists', { programmeId: programme!.id, registerId: register.id }]);

    const view = RegisterView.parse(await app.call('riskRegister.get', { id: register.id }));
    expect(view).toEqual({ register, programmeName: programme!.name, risks: [], today: TODAY });

    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect(await app.call('riskRegister.forProgramme', { programmeId: programme!.id })).toBeNull();
  });

  it('number risks from the register, never giving a deleted risk’s number again, and undo the numbering exactly', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const scope = { scope: `register:${register.id}` as never };
    const create = (title: string) => app.call('risk.create', { registerId: register.id, title });
    const first = RiskRow.parse(await create('Kallelsen till SIP kommer för sent'));
    expect(first).toMatchObject({ number: 1, code: 'R1', status: 'oppen', source: 'free', sourceLabel: null, current: null, previous: null, residual: null, actions: [], assessmentCount: 0 });
    const second = await create('Läkemedelslistan saknas vid hemgång');
    await app.call('risk.delete', { id: second.id });
    expect((await create('Hemtjänsten får inte veta i tid')).code).toBe('R3');

    await app.call('history.undo', scope);
    expect((await app.call('riskRegister.get', { id: register.id })).register.nextNumber).toBe(3);
    await app.call('history.undo', scope);
    expect((await app.call('riskRegister.get', { id: register.id })).risks.map((r) => r.code)).toEqual(['R1', 'R2']);
    await app.call('history.redo', scope);
    await app.call('history.redo', scope);
    const view = await app.call('riskRegister.get', { id: register.id });
    expect([view.register.nextNumber, view.risks.map((r) => r.code)]).toEqual([4, ['R1', 'R3']]);
  });

  it('create a risk with its fields and first assessment as one step', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const before = riskTableCounts(app.core.databaseFile);
    const risk = await app.call('risk.create', {
      registerId: register.id,
      title: 'Ingen vet vem som kallar till SIP',
      cause: 'Rutinen är otydlig',
      event: 'Kallelsen dröjer',
      effect: 'Patienten blir kvar på sjukhuset',
      category: 'Samverkan',
      carrier: 'gemensam',
      owner: 'Anna Berg',
      treatment: 'atgarda',
      nextReview: '2027-06-01',
      assessment: rated(3, 4),
    });
    expect(RiskRow.parse(risk)).toMatchObject({ carrier: 'gemensam', treatment: 'atgarda', nextReview: '2027-06-01', assessmentCount: 1, previous: null });
    expect(risk.current).toMatchObject({ kind: 'inherent', likelihood: 3, consequence: 4, score: 12, band: 'hog', bands: { lowMax: 4, highMin: 9 }, meetingId: null, meetingLabel: null, by: 'Anna Berg' });

    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect(riskTableCounts(app.core.databaseFile)).toEqual(before);
  });

  it('keep every assessment: current is the newest inherent one, previous the one before, residual apart; history newest first', async () => {
    const app = await openPlanApp();
    const { plan, register } = await registerWithPlan(app);
    const meeting = (await app.call('planMeeting.create', { planId: plan.id, date: '2027-03-10', title: 'Uppföljning mars', attendees: [] })).meeting;
    const risk = await app.call('risk.create', { registerId: register.id, title: 'Läkemedelslistan saknas', assessment: rated(2, 3) });
    const second = Assessment.parse(await app.call('risk.assess', { riskId: risk.id, ...rated(3, 3, 'Karim Said'), meetingId: meeting.id }));
    expect(second).toMatchObject({ score: 9, band: 'hog', meetingLabel: '2027-03-10 Uppföljning mars', by: 'Karim Said' });
    await app.call('risk.assess', { riskId: risk.id, kind: 'residual', ...rated(1, 3) });

    const [row] = (await app.call('riskRegister.get', { id: register.id })).risks;
    expect([row!.current?.id, row!.previous?.score, row!.residual?.score, row!.assessmentCount]).toEqual([second.id, 6, 3, 3]);
    const history = (await app.call('risk.history', { id: risk.id })).map((a) => Assessment.parse(a));
    expect(history.map((a) => [a.kind, a.score, a.meetingLabel])).toEqual([
      ['residual', 3, null],
      ['inherent', 9, '2027-03-10 Uppföljning mars'],
      ['inherent', 6, null],
    ]);

    // A deleted meeting leaves the assessment, no longer saying where it was made.
    await app.call('planMeeting.delete', { id: meeting.id });
    expect((await app.call('risk.history', { id: risk.id }))[1]).toMatchObject({ meetingId: null, meetingLabel: null, score: 9 });
  });

  it('apply new bands to assessments made from then on; earlier ones keep theirs', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'Trygg hemgång', assessment: rated(2, 3) });
    expect(risk.current).toMatchObject({ score: 6, band: 'betydande' });
    expect(await app.call('riskRegister.update', { id: register.id, bands: { lowMax: 2, highMin: 6 } })).toMatchObject({ bands: { lowMax: 2, highMin: 6 } });
    const later = await app.call('risk.assess', { riskId: risk.id, ...rated(2, 3) });
    expect(later).toMatchObject({ score: 6, band: 'hog', bands: { lowMax: 2, highMin: 6 } });
    const [row] = (await app.call('riskRegister.get', { id: register.id })).risks;
    expect([row!.current?.band, row!.previous?.band, row!.previous?.bands]).toEqual(['hog', 'betydande', { lowMax: 4, highMin: 9 }]);
  });

  it('undo and redo an assessment in the register’s scope, derived when the caller names none', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'Vårdplanen kommer inte fram', assessment: rated(2, 2) });
    await app.call('risk.assess', { riskId: risk.id, ...rated(4, 4) });
    const scope = { scope: `register:${register.id}` as never };
    expect(await app.call('history.state', scope)).toMatchObject({ undo: 'risk.assess' });

    await app.call('history.undo', scope);
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]).toMatchObject({ assessmentCount: 1, current: { score: 4 } });
    await app.call('history.redo', scope);
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]).toMatchObject({ assessmentCount: 2, current: { score: 16, band: 'hog' }, previous: { score: 4 } });

    await app.call('riskRegister.update', { id: register.id, bands: { lowMax: 3, highMin: 5 } });
    expect(await app.call('history.state', scope)).toMatchObject({ undo: 'riskRegister.update' });
  });

  it('tie a risk to a workshop or område of its own programme only, and refuse a meeting of another', async () => {
    const app = await openPlanApp();
    const { area, register, workshop } = await registerWithPlan(app);
    const fromWorkshop = await app.call('risk.create', { registerId: register.id, title: 'Från workshopen', origin: { source: 'workshop', workshopId: workshop.id } });
    expect(fromWorkshop).toMatchObject({ source: 'workshop', sourceWorkshopId: workshop.id, sourceAreaId: null, sourceLabel: workshop.title });
    const fromArea = await app.call('risk.create', { registerId: register.id, title: 'Från området', origin: { source: 'area', areaId: area.id } });
    expect(fromArea).toMatchObject({ source: 'area', sourceAreaId: area.id, sourceLabel: 'Tryggt mottagande' });

    const other = await otherProgramme(app);
    const before = riskTableCounts(app.core.databaseFile);
    const refusals = [
      await app.fail('risk.create', { registerId: register.id, title: 'Fel workshop', origin: { source: 'workshop', workshopId: other.workshop.id } }),
      await app.fail('risk.create', { registerId: register.id, title: 'Fel område', origin: { source: 'area', areaId: other.area.id } }),
      await app.fail('risk.create', { registerId: register.id, title: 'Fel möte', assessment: { ...rated(2, 2), meetingId: other.meeting.id } }),
      await app.fail('risk.assess', { riskId: fromArea.id, ...rated(2, 2), meetingId: other.meeting.id }),
    ];
    expect(refusals.map((e) => [e.code, (e.details as { path: string[] }).path.join('.')])).toEqual([
      ['wrong_programme', 'origin.workshopId'],
      ['wrong_programme', 'origin.areaId'],
      ['wrong_programme', 'meetingId'],
      ['wrong_programme', 'meetingId'],
    ]);
    expect(riskTableCounts(app.core.databaseFile)).toEqual(before);
    expect((await app.call('riskRegister.get', { id: register.id })).register.nextNumber).toBe(3);
  });

  it('refuse bad ratings, missing motivations, empty titles, bad bands and unknown ids, naming the field, with nothing saved', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'SIP dröjer', assessment: rated(2, 2) });
    const before = riskTableCounts(app.core.databaseFile);
    const view = await app.call('riskRegister.get', { id: register.id });
    const refused = async (method: string, input: Record<string, unknown>) => {
      const error = await app.fail(method, input);
      expect(error.code).toBe('validation_failed');
      return (error.details as { path: (string | number)[]; code: string; message: string }[]).map((d) => [d.path.join('.'), d.code === 'custom' ? d.message : d.code]);
    };
    const assess = (input: Record<string, unknown>) => refused('risk.assess', { riskId: risk.id, ...rated(2, 2), ...input });
    expect(await assess({ likelihood: 0 })).toEqual([['likelihood', 'too_small']]);
    expect(await assess({ consequence: 5 })).toEqual([['consequence', 'too_big']]);
    expect(await assess({ likelihood: 2.5 })).toEqual([['likelihood', 'invalid_type']]);
    expect(await assess({ likelihoodMotivation: '  ' })).toEqual([['likelihoodMotivation', 'too_small']]);
    expect(await assess({ consequenceMotivation: undefined })).toEqual([['consequenceMotivation', 'invalid_type']]);
    expect(await assess({ by: '' })).toEqual([['by', 'too_small']]);
    expect(await assess({ kind: 'target' })).toEqual([['kind', 'invalid_value']]);
    expect(await refused('risk.create', { registerId: register.id, title: ' ' })).toEqual([['title', 'too_small']]);
    expect(await refused('risk.create', { registerId: register.id, title: 'Ny', assessment: { ...rated(5, 2) } })).toEqual([['assessment.likelihood', 'too_big']]);
    expect(await refused('risk.create', { registerId: register.id, title: 'Ny', status: 'klar' })).toEqual([['status', 'invalid_value']]);
    expect(await refused('risk.update', { id: risk.id, title: '' })).toEqual([['title', 'too_small']]);
    expect(await refused('risk.update', { id: risk.id, nextReview: '2027-02-30' })).toEqual([['nextReview', 'invalid_format']]);
    expect(await refused('riskRegister.update', { id: register.id, bands: { lowMax: 4, highMin: 5 } })).toEqual([['bands.highMin', 'bandsOverlap']]);
    expect(await refused('riskRegister.update', { id: register.id, bands: { lowMax: 0, highMin: 9 } })).toEqual([['bands.lowMax', 'too_small']]);
    expect(await refused('riskRegister.update', { id: register.id, bands: { lowMax: 4, highMin: 17 } })).toEqual([['bands.highMin', 'too_big']]);

    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, input] of [
      ['riskRegister.get', { id: unknown }],
      ['riskRegister.create', { programmeId: unknown }],
      ['riskRegister.forProgramme', { programmeId: unknown }],
      ['riskRegister.update', { id: unknown, bands: { lowMax: 3, highMin: 7 } }],
      ['riskRegister.delete', { id: unknown }],
      ['risk.create', { registerId: unknown, title: 'Ny' }],
      ['risk.create', { registerId: register.id, title: 'Ny', origin: { source: 'workshop', workshopId: unknown } }],
      ['risk.create', { registerId: register.id, title: 'Ny', origin: { source: 'area', areaId: unknown } }],
      ['risk.update', { id: unknown, title: 'Ny' }],
      ['risk.delete', { id: unknown }],
      ['risk.assess', { riskId: unknown, ...rated(2, 2) }],
      ['risk.assess', { riskId: risk.id, ...rated(2, 2), meetingId: unknown }],
      ['risk.history', { id: unknown }],
    ] as const) {
      expect([method, (await app.fail(method, input)).code]).toEqual([method, 'not_found']);
    }
    expect(riskTableCounts(app.core.databaseFile)).toEqual(before);
    expect(await app.call('riskRegister.get', { id: register.id })).toEqual(view);
  });

  it('update a risk’s fields, leaving out what is not given', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const risk = await app.call('risk.create', { registerId: register.id, title: 'SIP dröjer', owner: 'Anna Berg', assessment: rated(2, 2) });
    const updated = RiskRow.parse(await app.call('risk.update', { id: risk.id, status: 'hanteras', carrier: 'kommun', nextReview: '2027-09-01', cause: 'Ingen rutin\nför helger' }));
    expect(updated).toMatchObject({ title: 'SIP dröjer', owner: 'Anna Berg', status: 'hanteras', carrier: 'kommun', nextReview: '2027-09-01', cause: 'Ingen rutin\nför helger', assessmentCount: 1 });
    expect((await app.call('risk.update', { id: risk.id, carrier: null, nextReview: null })).carrier).toBeNull();
    await app.call('history.undo', { scope: `register:${register.id}` as never });
    await app.call('history.undo', { scope: `register:${register.id}` as never });
    expect((await app.call('riskRegister.get', { id: register.id })).risks[0]).toEqual(risk);
  });
});
