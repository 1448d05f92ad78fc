import { randomUUID } from 'node:crypto';
import { bandOf, riskCode, riskScore } from '../../shared/risk/rules';
import { type Assessment, DEFAULT_BANDS, RegisterView, type RiskRow } from '../../shared/risk/schema';

const AT = '2027-03-15T09:00:00.000Z';

function assessment(riskId: string, likelihood: number, consequence: number, kind: Assessment['kind'] = 'inherent'): Assessment {
  const score = riskScore(likelihood, consequence);
  return {
    id: randomUUID(),
    riskId,
    kind,
    likelihood,
    likelihoodMotivation: `Sannolikhet ${likelihood}: det syns redan`,
    consequence,
    consequenceMotivation: `Konsekvens ${consequence}: tid och resurser`,
    bands: DEFAULT_BANDS,
    score,
    band: bandOf(score, DEFAULT_BANDS),
    meetingId: null,
    meetingLabel: null,
    by: 'Anna Berg',
    at: AT,
  } as Assessment;
}

function risk(registerId: string, number: number, fields: Partial<RiskRow>): RiskRow {
  return {
    id: randomUUID(),
    registerId,
    number,
    code: riskCode(number),
    title: `Risk ${number}`,
    cause: '',
    event: '',
    effect: '',
    category: '',
    carrier: null,
    owner: '',
    treatment: null,
    status: 'oppen',
    nextReview: null,
    source: 'free',
    sourceWorkshopId: null,
    sourceAreaId: null,
    sourceLabel: null,
    createdAt: AT,
    updatedAt: AT,
    current: null,
    previous: null,
    residual: null,
    actions: [],
    assessmentCount: 0,
    ...fields,
  } as RiskRow;
}

/**
 * A register as the services would list it, for the export builder on its
 * own: R1 re-assessed upwards with a residual and an overdue action and a
 * formula-looking title, R2 assessed once, R3 not yet assessed.
 */
export function sampleRegisterView(): RegisterView {
  const registerId = randomUUID();
  const r1 = risk(registerId, 1, {
    title: '=SUMMA(A1) medarbetare saknas',
    cause: 'Ingen utsedd person',
    event: 'Rutinen införs inte',
    effect: 'Patienter väntar',
    category: 'Bemanning',
    carrier: 'kommun',
    owner: 'Karim Said',
    treatment: 'atgarda',
    status: 'hanteras',
    nextReview: '2027-05-01',
    source: 'workshop',
    sourceLabel: 'Workshop om utskrivning',
    assessmentCount: 3,
  });
  const r1Current = assessment(r1.id, 4, 3);
  const r1Previous = assessment(r1.id, 2, 3);
  const r1Residual = assessment(r1.id, 2, 2, 'residual');
  const r2 = risk(registerId, 2, { title: 'Förändringströtthet', treatment: 'acceptera', assessmentCount: 1 });
  const r3 = risk(registerId, 3, { title: 'Ekonomin räcker inte' });
  return RegisterView.parse({
    register: { id: registerId, programmeId: randomUUID(), bands: DEFAULT_BANDS, nextNumber: 4, createdAt: AT, updatedAt: AT },
    programmeName: 'Trygg hemgång',
    today: '2027-03-15',
    risks: [
      {
        ...r1,
        current: r1Current,
        previous: r1Previous,
        residual: r1Residual,
        actions: [
          { id: randomUUID(), riskId: r1.id, activityId: randomUUID(), planId: randomUUID(), planTitle: 'Plan', areaTitle: 'SIP', what: 'Utse kontaktperson', status: 'pagar', due: '2027-02-01', overdue: true },
          { id: randomUUID(), riskId: r1.id, activityId: randomUUID(), planId: randomUUID(), planTitle: 'Plan', areaTitle: 'SIP', what: 'Informera chefer', status: 'klar', due: null, overdue: false },
        ],
      },
      { ...r2, current: assessment(r2.id, 3, 2) },
      r3,
    ],
  });
}
