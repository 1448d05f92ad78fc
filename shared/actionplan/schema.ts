/**
 * The handlingsplan: område → delmål → aktivitet, followed up at
 * uppföljningsmöten. Cross-field rules (due not before start, a reason for
 * gul/röd) live in these schemas so the dispatcher refuses bad input before
 * any handler runs and the error names the field.
 */
import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { ImprovementAreaId } from '../outcome/schema';
import { Huvudman } from '../participant/schema';
import { ProgrammeId } from '../programme/schema';

export const PlanId = z.uuid().brand<'PlanId'>();
export type PlanId = z.infer<typeof PlanId>;
export const PlanAreaId = z.uuid().brand<'PlanAreaId'>();
export type PlanAreaId = z.infer<typeof PlanAreaId>;
export const PlanGoalId = z.uuid().brand<'PlanGoalId'>();
export type PlanGoalId = z.infer<typeof PlanGoalId>;
export const ActivityId = z.uuid().brand<'ActivityId'>();
export type ActivityId = z.infer<typeof ActivityId>;
export const MeetingId = z.uuid().brand<'MeetingId'>();
export type MeetingId = z.infer<typeof MeetingId>;
export const DecisionId = z.uuid().brand<'DecisionId'>();
export type DecisionId = z.infer<typeof DecisionId>;
export const ParkedId = z.uuid().brand<'ParkedId'>();
export type ParkedId = z.infer<typeof ParkedId>;

export const planStatuses = ['utkast', 'faststalld', 'avslutad'] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const activityStatuses = ['ej_paborjad', 'pagar', 'klar', 'pausad', 'struken'] as const;
export const ActivityStatus = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

export const healthValues = ['gron', 'gul', 'rod'] as const;
export const Health = z.enum(healthValues);
export type Health = z.infer<typeof Health>;

export const decisionKinds = ['information', 'beslut', 'ny_aktivitet'] as const;
export const DecisionKind = z.enum(decisionKinds);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const planTemplates = ['empty', 'los_regional', 'gap_analysis'] as const;
export const PlanTemplate = z.enum(planTemplates);
export type PlanTemplate = z.infer<typeof PlanTemplate>;

export const meetingStatuses = ['open', 'closed'] as const;
export const MeetingStatus = z.enum(meetingStatuses);

/** Calendar date, YYYY-MM-DD; impossible days (2027-02-30) are refused. */
export const CalendarDate = z.iso.date();

export const PLAN_LIMITS = { title: 160, description: 4000, what: 300, name: 120, organisation: 160, reason: 200, notes: 4000, comment: 1000, decision: 2000 } as const;

const Title = singleLine(PLAN_LIMITS.title).min(1);

export const PlanFields = z.object({
  title: Title,
  periodStart: CalendarDate.nullable(),
  periodEnd: CalendarDate.nullable(),
});

/** Refuses `to` before `from` when both are given, naming the later field. */
function inOrder(fromKey: string, toKey: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'beforeStart', input: to });
    }
  };
}

/** gul and röd need a one-line reason; grön does not. */
function reasonUnlessGreen(value: { health?: Health | undefined; healthReason?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.health !== undefined && value.health !== 'gron' && !value.healthReason) {
    ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['healthReason'], message: 'A reason is needed unless the health is green', input: value.healthReason ?? '' });
  }
}

export const PlanCreate = PlanFields.extend({ programmeId: ProgrammeId, template: PlanTemplate.default('empty') })
  .strict()
  .superRefine(inOrder('periodStart', 'periodEnd'));

export const PlanUpdate = PlanFields.partial()
  .extend({ id: PlanId, status: PlanStatus.optional() })
  .strict()
  .superRefine(inOrder('periodStart', 'periodEnd'));

export const Plan = PlanFields.extend({
  id: PlanId,
  programmeId: ProgrammeId,
  status: PlanStatus,
  template: PlanTemplate,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Plan = z.infer<typeof Plan>;

export const AreaFields = z.object({ title: Title, description: multiLine(PLAN_LIMITS.description) });
export const AreaCreate = AreaFields.extend({ planId: PlanId, description: multiLine(PLAN_LIMITS.description).default('') }).strict();
export const AreaUpdate = AreaFields.partial().extend({ id: PlanAreaId }).strict();

export const PlanArea = AreaFields.extend({
  id: PlanAreaId,
  planId: PlanId,
  /** The workshop's improvement area this område came from; null when added by hand or the area is gone. */
  improvementAreaId: ImprovementAreaId.nullable(),
  rank: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PlanArea = z.infer<typeof PlanArea>;

export const GoalCreate = z.object({ areaId: PlanAreaId, title: Title }).strict();
export const GoalUpdate = z.object({ id: PlanGoalId, title: Title.optional() }).strict();

export const PlanGoal = z.object({
  id: PlanGoalId,
  areaId: PlanAreaId,
  title: z.string(),
  rank: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PlanGoal = z.infer<typeof PlanGoal>;

/** Who answers for an activity: a person and the organisation (huvudman) they act for. */
const ResponsibleFields = {
  responsibleName: singleLine(PLAN_LIMITS.name),
  responsibleOrganisation: singleLine(PLAN_LIMITS.organisation),
  responsibleHuvudman: Huvudman.nullable(),
};

const ActivityFields = z.object({
  what: singleLine(PLAN_LIMITS.what).min(1),
  ...ResponsibleFields,
  start: CalendarDate.nullable(),
  due: CalendarDate.nullable(),
  notes: multiLine(PLAN_LIMITS.notes),
});
export type ActivityFields = z.infer<typeof ActivityFields>;

/** A new activity's fields; what it is must be given, the rest may be filled in later. */
export const ActivityDraft = ActivityFields.partial()
  .extend({
    what: ActivityFields.shape.what,
    goalId: PlanGoalId.nullable().default(null),
    status: ActivityStatus.default('ej_paborjad'),
    health: Health.default('gron'),
    healthReason: singleLine(PLAN_LIMITS.reason).default(''),
  })
  .strict();

export const ActivityCreate = ActivityDraft.extend({ areaId: PlanAreaId })
  .strict()
  .superRefine(inOrder('start', 'due'))
  .superRefine(reasonUnlessGreen);

/** Status and health change only through planActivity.setProgress, which records them in the history. */
export const ActivityUpdate = ActivityFields.partial().extend({ id: ActivityId }).strict().superRefine(inOrder('start', 'due'));

export const ProgressChange = z
  .object({
    id: ActivityId,
    status: ActivityStatus.optional(),
    health: Health.optional(),
    healthReason: singleLine(PLAN_LIMITS.reason).optional(),
    comment: multiLine(PLAN_LIMITS.comment).default(''),
    /** Who records the change. */
    by: singleLine(PLAN_LIMITS.name).min(1),
    meetingId: MeetingId.nullable().default(null),
  })
  .strict()
  .superRefine(reasonUnlessGreen)
  .superRefine((value, ctx) => {
    if (value.status === undefined && value.health === undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'nothingToChange', input: value });
    }
  });

export const Activity = z.object({
  id: ActivityId,
  planId: PlanId,
  areaId: PlanAreaId,
  goalId: PlanGoalId.nullable(),
  what: z.string(),
  responsibleName: z.string(),
  responsibleOrganisation: z.string(),
  responsibleHuvudman: Huvudman.nullable(),
  start: CalendarDate.nullable(),
  due: CalendarDate.nullable(),
  status: ActivityStatus,
  health: Health,
  healthReason: z.string(),
  notes: z.string(),
  rank: z.number(),
  /** Computed for today, never stored. */
  overdue: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Activity = z.infer<typeof Activity>;

/** One drag (or keyboard move): these activities, in this order, under this område and delmål. */
export const ActivityReorder = z
  .object({ areaId: PlanAreaId, goalId: PlanGoalId.nullable(), ids: z.array(ActivityId).min(1).max(1000) })
  .strict();

export const Progress = z.object({
  /** Activities that count: all but struken and pausad. */
  counted: z.number().int(),
  done: z.number().int(),
  struck: z.number().int(),
  paused: z.number().int(),
  total: z.number().int(),
  /** done / counted, or null when nothing counts. */
  ratio: z.number().nullable(),
});
export type Progress = z.infer<typeof Progress>;

export const HistoryEntry = z.object({
  id: z.uuid(),
  activityId: ActivityId,
  meetingId: MeetingId.nullable(),
  field: z.enum(['status', 'health']),
  from: z.string(),
  to: z.string(),
  /** For health: the reason given with the new value. */
  reason: z.string(),
  comment: z.string(),
  by: z.string(),
  at: timestamp,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Attendee = z.object({ name: singleLine(PLAN_LIMITS.name).min(1), organisation: singleLine(PLAN_LIMITS.organisation).default('') }).strict();
export type Attendee = z.infer<typeof Attendee>;

export const MeetingFields = z.object({
  title: singleLine(PLAN_LIMITS.title),
  date: CalendarDate,
  attendees: z.array(Attendee).max(100),
});
export const MeetingCreate = MeetingFields.extend({ planId: PlanId, title: MeetingFields.shape.title.default(''), attendees: MeetingFields.shape.attendees.default([]) }).strict();
/** Changing the date reschedules the meeting; agenda, history and decisions stay linked by id. */
export const MeetingUpdate = MeetingFields.partial().extend({ id: MeetingId }).strict();

export const agendaReasons = ['parked', 'red', 'overdue', 'open'] as const;
export const AgendaReason = z.enum(agendaReasons);
export type AgendaReason = z.infer<typeof AgendaReason>;

export const ParkedItem = z.object({
  id: ParkedId,
  meetingId: MeetingId,
  activityId: ActivityId.nullable(),
  text: z.string(),
  createdAt: timestamp,
});
export type ParkedItem = z.infer<typeof ParkedItem>;

export const ParkInput = z
  .object({ meetingId: MeetingId, activityId: ActivityId.nullable().default(null), text: multiLine(PLAN_LIMITS.comment).default('') })
  .strict()
  .superRefine((value, ctx) => {
    if (value.activityId === null && !value.text) {
      ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['text'], message: 'Say what to take up next time', input: value.text });
    }
  });

export const AgendaItem = z.object({
  activityId: ActivityId.nullable(),
  /** Free-text items parked last time, and notes parked with an activity. */
  texts: z.array(z.string()),
  reasons: z.array(AgendaReason),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Decision = z.object({
  id: DecisionId,
  meetingId: MeetingId,
  kind: DecisionKind,
  /** The clause after "… beslutar att", without the "att". */
  text: z.string(),
  /** The activity a ny_aktivitet decision created. */
  activityId: ActivityId.nullable(),
  rank: z.number(),
  createdAt: timestamp,
});
export type Decision = z.infer<typeof Decision>;

/** Keeps only the clause: a leading "beslutar att" or "att" typed by habit is dropped. */
export const DecisionText = multiLine(PLAN_LIMITS.decision)
  .transform((text) => text.replace(/^(?:(?:\S+\s+)?beslutar\s+)?att(?:\s+|$)/i, '').trim())
  .pipe(z.string().min(1));

export const DecisionCreate = z
  .object({
    meetingId: MeetingId,
    kind: DecisionKind,
    text: DecisionText,
    /** For ny_aktivitet: the activity to create. */
    activity: ActivityDraft.extend({ areaId: PlanAreaId }).strict().superRefine(inOrder('start', 'due')).superRefine(reasonUnlessGreen).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.kind === 'ny_aktivitet') !== (value.activity !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['activity'], message: value.kind === 'ny_aktivitet' ? 'activityNeeded' : 'activityNotExpected', input: value.activity });
    }
  });

export const StatusChange = z.object({
  activityId: ActivityId,
  what: z.string(),
  field: z.enum(['status', 'health']),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  comment: z.string(),
  by: z.string(),
});

/** The minutes of a closed meeting: a snapshot, so later edits to the plan do not rewrite them. */
export const Protocol = z.object({
  meetingId: MeetingId,
  planId: PlanId,
  title: z.string(),
  date: CalendarDate,
  attendees: z.array(z.object({ name: z.string(), organisation: z.string() })),
  decisions: z.array(z.object({ kind: DecisionKind, text: z.string(), activityId: ActivityId.nullable() })),
  changes: z.array(StatusChange),
  carryOver: z.array(z.object({ activityId: ActivityId.nullable(), what: z.string(), texts: z.array(z.string()) })),
});
export type Protocol = z.infer<typeof Protocol>;

export const Meeting = z.object({
  id: MeetingId,
  planId: PlanId,
  title: z.string(),
  date: CalendarDate,
  attendees: z.array(z.object({ name: z.string(), organisation: z.string() })),
  status: MeetingStatus,
  agenda: z.array(AgendaItem),
  closedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

/** A meeting as lists show it, without its agenda. */
export const MeetingSummary = Meeting.omit({ agenda: true });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingView = z.object({
  meeting: Meeting,
  decisions: z.array(Decision),
  changes: z.array(HistoryEntry),
  parked: z.array(ParkedItem),
  /** Stored when the meeting closed; null while it is open. */
  protocol: Protocol.nullable(),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const CloseInput = z
  .object({
    id: MeetingId,
    /** Agenda activities not reached that should not carry over to the next meeting. */
    skip: z.array(ActivityId).max(1000).default([]),
  })
  .strict();

export const GoalView = z.object({ goal: PlanGoal, progress: Progress, activities: z.array(Activity) });
export const AreaView = z.object({
  area: PlanArea,
  progress: Progress,
  goals: z.array(GoalView),
  /** Activities under the område without a delmål. */
  activities: z.array(Activity),
});
export type AreaView = z.infer<typeof AreaView>;

/** What the plan page renders in one read. */
export const PlanView = z.object({
  plan: Plan,
  programmeName: z.string(),
  today: CalendarDate,
  progress: Progress,
  overdue: z.number().int(),
  areas: z.array(AreaView),
  meetings: z.array(MeetingSummary),
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanSummary = Plan.extend({ progress: Progress, overdue: z.number().int(), areaCount: z.number().int() });

/** From an activity back to what the workshop said about it. */
export const Trace = z.object({
  activity: Activity,
  goal: PlanGoal.nullable(),
  area: PlanArea,
  plan: Plan,
  improvementArea: z
    .object({
      id: ImprovementAreaId,
      title: z.string(),
      workshopId: z.uuid(),
      workshopTitle: z.string(),
      itemId: z.uuid(),
    })
    .nullable(),
  /** The workshop cluster (or free note) the improvement area came from; null when it is gone. */
  item: z
    .object({
      kind: z.enum(['cluster', 'note']),
      id: z.uuid(),
      heading: z.string(),
      description: z.string(),
      notes: z.array(z.object({ id: z.uuid(), text: z.string(), authorName: z.string().nullable(), huvudman: Huvudman.nullable() })),
      /** From the latest revealed round that had the item; null when no revealed round did. */
      votes: z.object({ roundNumber: z.number().int(), votes: z.number().int(), rank: z.number().int(), byHuvudman: z.record(Huvudman, z.number().int()) }).nullable(),
    })
    .nullable(),
});
export type Trace = z.infer<typeof Trace>;

/** For a workshop's summary: which activities its improvement areas became. */
export const WorkshopLink = z.object({
  improvementAreaId: ImprovementAreaId,
  improvementAreaTitle: z.string(),
  planId: PlanId,
  planTitle: z.string(),
  areaId: PlanAreaId,
  areaTitle: z.string(),
  activities: z.array(z.object({ id: ActivityId, what: z.string(), status: ActivityStatus, overdue: z.boolean() })),
});
export type WorkshopLink = z.infer<typeof WorkshopLink>;
