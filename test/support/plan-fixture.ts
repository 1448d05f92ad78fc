/**
 * Plans built through the API alone, so the same fixtures seed a core in a
 * unit test (TestApp) and the web mode in a browser test (apiCall).
 */
import type { PlanTemplate } from '../../shared/actionplan/schema';
import { exampleWorkshop } from './board';
import type { TestApp } from './core';

export type Caller = Pick<TestApp, 'call'>;

export async function newPlan(app: Caller, template: PlanTemplate = 'empty') {
  const [programme] = await app.call('programme.list', {});
  return app.call('plan.create', { programmeId: programme!.id, title: 'Handlingsplan Ronneby', periodStart: '2027-01-01', periodEnd: '2027-12-31', template });
}

/** A workshop whose cluster got votes from both huvudmän and was prioritised into an improvement area. */
export async function prioritisedCluster(app: Caller) {
  const workshop = await exampleWorkshop(app);
  const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: 'Vårdcentralen', huvudman: 'region', role: 'Läkare' });
  const olle = await app.call('participant.create', { workshopId: workshop.id, name: 'Olle', organisation: 'Hemtjänsten', huvudman: 'kommun', role: 'Undersköterska' });
  const first = await app.call('note.create', { workshopId: workshop.id, text: 'Kallelsen till SIP kommer för sent', colour: 'yellow', authorId: eva.id });
  const second = await app.call('note.create', { workshopId: workshop.id, text: 'Vi vet inte vem som ska kalla', colour: 'blue', authorId: olle.id });
  const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'SIP i tid', noteIds: [first.id, second.id] });
  const round = (await app.call('voting.start', { workshopId: workshop.id, settings: {} })).round;
  for (const voter of [eva, olle, olle]) await app.call('voting.cast', { roundId: round.id, participantId: voter.id, itemId: cluster.id });
  await app.call('voting.reveal', { roundId: round.id, revealed: true });
  await app.call('outcome.prioritiseTop', { roundId: round.id });
  const [improvementArea] = await app.call('improvementArea.list', { programmeId: workshop.programmeId });
  return { workshop, cluster, improvementArea: improvementArea!, notes: [first, second] };
}

/**
 * A plan as exports see it after two follow-up meetings: an område from a
 * workshop's improvement area with two delmål, one added by hand, six
 * activities (one overdue, one röd, one klar past its date, one struken past
 * its date, two with formula-looking text), status history with and
 * without a meeting, and three decisions, one of which made an activity.
 */
export async function followedUpPlan(app: Caller) {
  const source = await prioritisedCluster(app);
  const plan = await newPlan(app);
  const linked = await app.call('planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: source.improvementArea.id });
  const byHand = await app.call('planArea.create', { planId: plan.id, title: 'Gemensam kommunikation', description: 'Samma besked från alla.\nÄven på helger.' });
  const inTime = await app.call('planGoal.create', { areaId: linked.id, title: 'SIP inom tre dagar' });
  const known = await app.call('planGoal.create', { areaId: linked.id, title: 'Alla vet vem som kallar' });
  const create = (areaId: string, what: string, extra: Record<string, unknown> = {}) => app.call('planActivity.create', { areaId: areaId as never, what, ...extra });
  const late = await create(linked.id, 'Kalla till SIP inom tre dagar', {
    goalId: inTime.id, responsibleName: 'Anna Berg', responsibleOrganisation: 'Ronneby kommun', responsibleHuvudman: 'kommun', start: '2026-01-10', due: '2026-01-31',
  });
  const red = await create(linked.id, 'Rutin för vem som kallar', { goalId: known.id, responsibleName: 'Karim Said', responsibleOrganisation: 'Vårdcentralen Kallinge', responsibleHuvudman: 'region', health: 'rod', healthReason: 'Ingen ansvarig utsedd' });
  const done = await create(linked.id, 'Utbilda vårdplanerare', { goalId: known.id, due: '2027-02-01', status: 'klar' });
  const later = await create(linked.id, 'Följ upp i december', { start: '2098-11-01', due: '2098-12-01' });
  const struck = await create(byHand.id, '=HYPERLINK("http://example.invalid","Kontaktlista")', { due: '2027-02-01', status: 'struken' });
  const told = await create(byHand.id, '@Informera hemtjänsten', { responsibleName: '+46 70 123 45 67', status: 'pagar', health: 'gul', healthReason: 'Väntar på nytt intranät' });

  await app.call('planActivity.setProgress', { id: late.id, status: 'pagar', comment: 'Arbetet har börjat', by: 'Anna Berg' });
  const first = (await app.call('planMeeting.create', { planId: plan.id, date: '2027-02-01', title: 'Uppföljning februari', attendees: [{ name: 'Anna Berg', organisation: 'Ronneby kommun' }] })).meeting;
  await app.call('planDecision.create', { meetingId: first.id, kind: 'information', text: 'lägga lägesrapporten till handlingarna' });
  await app.call('planMeeting.close', { id: first.id });

  const second = (
    await app.call('planMeeting.create', {
      planId: plan.id,
      date: '2027-03-10',
      title: 'Uppföljning mars',
      attendees: [{ name: 'Anna Berg', organisation: 'Ronneby kommun' }, { name: 'Karim Said', organisation: 'Vårdcentralen Kallinge' }],
    })
  ).meeting;
  await app.call('planActivity.setProgress', { id: red.id, health: 'gul', healthReason: 'Ansvarig utses i april', comment: 'Chefen har lovat svar', by: 'Karim Said', meetingId: second.id });
  await app.call('planActivity.setProgress', { id: told.id, status: 'pausad', comment: 'Vilar tills intranätet är klart', by: 'Anna Berg', meetingId: second.id });
  await app.call('planDecision.create', { meetingId: second.id, kind: 'beslut', text: 'Processteamet beslutar att godkänna den reviderade rutinen' });
  const made = await app.call('planDecision.create', {
    meetingId: second.id,
    kind: 'ny_aktivitet',
    text: 'ta fram en gemensam kontaktlista',
    activity: { areaId: byHand.id, what: 'Ta fram en gemensam kontaktlista', responsibleName: 'Karim Said', due: '2098-05-01' },
  });
  await app.call('planMeeting.park', { meetingId: second.id, text: 'Bjud in biståndshandläggarna' });
  await app.call('planMeeting.close', { id: second.id });
  return { ...source, plan, linked, byHand, goals: { inTime, known }, activities: { late, red, done, later, struck, told }, made, meetings: { first, second } };
}
