/**
 * The riskregister: one per programme, risks numbered R1, R2, … (never
 * reused), each assessed as sannolikhet × konsekvens on the 1–4 scales with
 * a required motivation per rating. Assessments are immutable entries; the
 * register shows the newest and the change since the one before. Each
 * assessment keeps the bands it was made with, so history reads the same
 * after the programme's bands change.
 */
import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { ActivityId, ActivityCreate, CalendarDate, MeetingId, PlanAreaId, PlanId } from '../actionplan/schema';
import { ProgrammeId } from '../programme/schema';
import { WorkshopId } from '../workshop/schema';

export const RegisterId = z.uuid().brand<'RegisterId'>();
export type RegisterId = z.infer<typeof RegisterId>;
export const RiskId = z.uuid().brand<'RiskId'>();
export type RiskId = z.infer<typeof RiskId>;
export const AssessmentId = z.uuid().brand<'AssessmentId'>();
export type AssessmentId = z.infer<typeof AssessmentId>;
export const RiskActionId = z.uuid().brand<'RiskActionId'>();
export type RiskActionId = z.infer<typeof RiskActionId>;

/** Who carries the risk. */
export const riskCarriers = ['region', 'kommun', 'gemensam'] as const;
export const RiskCarrier = z.enum(riskCarriers);
export type RiskCarrier = z.infer<typeof RiskCarrier>;

export const riskTreatments = ['atgarda', 'acceptera', 'undvika', 'overfora'] as const;
export const RiskTreatment = z.enum(riskTreatments);
export type RiskTreatment = z.infer<typeof RiskTreatment>;

/** öppen → under hantering → bevakas → stängd; any order is allowed, the register only records it. */
export const riskStatuses = ['oppen', 'hanteras', 'bevakas', 'stangd'] as const;
export const RiskStatus = z.enum(riskStatuses);
export type RiskStatus = z.infer<typeof RiskStatus>;

/** Where a risk came from: typed in freely, raised in a workshop, or tied to a handlingsplan område. */
export const riskSources = ['free', 'workshop', 'area'] as const;
export const RiskSource = z.enum(riskSources);
export type RiskSource = z.infer<typeof RiskSource>;

/** inherent: the risk as it stands; residual: as judged once its actions are done (optional). */
export const assessmentKinds = ['inherent', 'residual'] as const;
export const AssessmentKind = z.enum(assessmentKinds);
export type AssessmentKind = z.infer<typeof AssessmentKind>;

export const bandNames = ['lag', 'betydande', 'hog'] as const;
export const BandName = z.enum(bandNames);
export type BandName = z.infer<typeof BandName>;

export const RATING_MIN = 1;
export const RATING_MAX = 4;
export const SCORE_MAX = RATING_MAX * RATING_MAX;

/** A rating on the seed's 1–4 scale; anything else is refused at the boundary. */
export const Rating = z.number().int().min(RATING_MIN).max(RATING_MAX);
export type Rating = z.infer<typeof Rating>;

/**
 * låg is 1..lowMax, betydande lowMax+1..highMin-1, hög highMin..16.
 * Default låg 1–4, betydande 5–8, hög 9–16 (seed 004 writes 9–12 for a
 * 4 × 4 scale whose top is 16).
 */
export const Bands = z
  .object({
    lowMax: z.number().int().min(1).max(SCORE_MAX - 2),
    highMin: z.number().int().min(3).max(SCORE_MAX),
  })
  .strict()
  .superRefine((bands, ctx) => {
    // betydande must hold at least one score, or two bands would touch.
    if (bands.highMin <= bands.lowMax + 1) {
      ctx.addIssue({ code: 'custom', path: ['highMin'], message: 'bandsOverlap', input: bands.highMin });
    }
  });
export type Bands = z.infer<typeof Bands>;
export const DEFAULT_BANDS: Bands = { lowMax: 4, highMin: 9 };

export const RISK_LIMITS = { title: 200, text: 4000, category: 120, owner: 160, motivation: 2000, name: 120 } as const;

const RiskFieldsShape = {
  title: singleLine(RISK_LIMITS.title).min(1),
  /** The description as orsak → händelse → konsekvens. */
  cause: multiLine(RISK_LIMITS.text),
  event: multiLine(RISK_LIMITS.text),
  effect: multiLine(RISK_LIMITS.text),
  category: singleLine(RISK_LIMITS.category),
  carrier: RiskCarrier.nullable(),
  owner: singleLine(RISK_LIMITS.owner),
  treatment: RiskTreatment.nullable(),
  status: RiskStatus,
  nextReview: CalendarDate.nullable(),
};
export const RiskFields = z.object(RiskFieldsShape);
export type RiskFields = z.infer<typeof RiskFields>;

/** The editable fields of a risk, in the order the register and its export show them. */
export const riskFieldNames = Object.keys(RiskFieldsShape) as (keyof RiskFields)[];

/** Where a new risk comes from; the ids must belong to the register's programme. */
export const RiskOrigin = z.discriminatedUnion('source', [
  z.object({ source: z.literal('free') }).strict(),
  z.object({ source: z.literal('workshop'), workshopId: WorkshopId }).strict(),
  z.object({ source: z.literal('area'), areaId: PlanAreaId }).strict(),
]);
export type RiskOrigin = z.infer<typeof RiskOrigin>;

/** One rating with the reason for it; a rating without a motivation is refused. */
const RatedFields = {
  likelihood: Rating,
  likelihoodMotivation: multiLine(RISK_LIMITS.motivation).min(1),
  consequence: Rating,
  consequenceMotivation: multiLine(RISK_LIMITS.motivation).min(1),
};
export const Ratings = z.object(RatedFields).strict();
export type Ratings = z.infer<typeof Ratings>;

export const AssessmentCreate = z
  .object({
    riskId: RiskId,
    kind: AssessmentKind.default('inherent'),
    ...RatedFields,
    /** Who assesses; remembered on this machine by the UI. */
    by: singleLine(RISK_LIMITS.name).min(1),
    /** The follow-up meeting the assessment was made at, if any. */
    meetingId: MeetingId.nullable().default(null),
  })
  .strict();
export type AssessmentCreate = z.input<typeof AssessmentCreate>;

export const Assessment = z.object({
  id: AssessmentId,
  riskId: RiskId,
  kind: AssessmentKind,
  likelihood: Rating,
  likelihoodMotivation: z.string(),
  consequence: Rating,
  consequenceMotivation: z.string(),
  /** The bands in force when it was made. */
  bands: Bands,
  /** Computed: likelihood × consequence, and its band by `bands`. */
  score: z.number().int(),
  band: BandName,
  meetingId: MeetingId.nullable(),
  /** The meeting's date and title as it is now, for the history; null without a meeting or once it is gone. */
  meetingLabel: z.string().nullable(),
  by: z.string(),
  at: timestamp,
});
export type Assessment = z.infer<typeof Assessment>;

export const RiskCreate = RiskFields.partial()
  .extend({
    registerId: RegisterId,
    title: RiskFieldsShape.title,
    status: RiskStatus.default('oppen'),
    origin: RiskOrigin.default({ source: 'free' }),
    /** A first assessment made with the risk, as one step. */
    assessment: Ratings.extend({ by: singleLine(RISK_LIMITS.name).min(1), meetingId: MeetingId.nullable().default(null) }).strict().optional(),
  })
  .strict();
export type RiskCreate = z.input<typeof RiskCreate>;

export const RiskUpdate = RiskFields.partial().extend({ id: RiskId }).strict();

/** An action is a handlingsplan activity: an existing one linked, or a new one created in an område. */
export const RiskActionCreate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), riskId: RiskId, activityId: ActivityId }).strict(),
  z.object({ kind: z.literal('create'), riskId: RiskId, activity: ActivityCreate }).strict(),
]);

export const RiskAction = z.object({
  id: RiskActionId,
  riskId: RiskId,
  activityId: ActivityId,
  planId: PlanId,
  planTitle: z.string(),
  areaTitle: z.string(),
  what: z.string(),
  status: z.string(),
  due: CalendarDate.nullable(),
  overdue: z.boolean(),
});
export type RiskAction = z.infer<typeof RiskAction>;

export const Risk = RiskFields.extend({
  id: RiskId,
  registerId: RegisterId,
  number: z.number().int().min(1),
  /** "R" + number, as every list and file shows it. */
  code: z.string(),
  source: RiskSource,
  sourceWorkshopId: WorkshopId.nullable(),
  sourceAreaId: PlanAreaId.nullable(),
  /** The workshop's title or the område's title, for display; null for a free risk or a source that is gone. */
  sourceLabel: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Risk = z.infer<typeof Risk>;

/** A risk as the register lists it: its newest assessments and the one before, computed from history. */
export const RiskRow = Risk.extend({
  current: Assessment.nullable(),
  previous: Assessment.nullable(),
  residual: Assessment.nullable(),
  actions: z.array(RiskAction),
  assessmentCount: z.number().int(),
});
export type RiskRow = z.infer<typeof RiskRow>;

export const Register = z.object({
  id: RegisterId,
  programmeId: ProgrammeId,
  bands: Bands,
  /** The number the next risk gets; numbers of deleted risks are never given again. */
  nextNumber: z.number().int().min(1),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Register = z.infer<typeof Register>;

export const RegisterView = z.object({
  register: Register,
  programmeName: z.string(),
  risks: z.array(RiskRow),
  today: CalendarDate,
});
export type RegisterView = z.infer<typeof RegisterView>;

export const RegisterUpdate = z.object({ id: RegisterId, bands: Bands }).strict();
