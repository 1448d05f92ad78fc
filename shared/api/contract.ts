/**
 * The whole API between UI and core: method name → input schema → output
 * schema. Both transports (Electron IPC and the loopback HTTP bridge) reach
 * one dispatcher that validates every input against this map.
 */
import { z } from 'zod';
import { Empty } from '../common/schema';
import type { ApiResult } from './errors';
import { Backup, BackupChunk, BackupName, DataInfo, UploadChunk, UploadId, UploadProgress, UploadStart } from '../data/schema';
import { HistoryInput, HistoryState, HistoryStep, type CallMeta } from '../history/schema';
import { Programme, ProgrammeFields, ProgrammeId } from '../programme/schema';
import { Settings } from '../settings/schema';
import { Workshop, WorkshopFields, WorkshopId } from '../workshop/schema';
import {
  Board,
  Cluster,
  ClusterDescription,
  ClusterHeading,
  ClusterId,
  ColourMode,
  ExportFile,
  Note,
  NoteColour,
  NoteId,
  NoteText,
  Position,
  Strengths,
  SuggestedCluster,
} from '../board/schema';
import { Matrix, MatrixLabels, Placement } from '../matrix/schema';
import { ImprovementArea, ImprovementAreaId, ImprovementAreaUpdate, Outcome, OutcomeInput } from '../outcome/schema';
import { Dot, ItemId, RoundId, RoundSettings, RoundState, VoterRound } from '../voting/schema';
import { Room, RoomShow, TimerAction } from '../room/schema';
import { ImportPreview, ImportSource, MAX_IMPORT_PARTICIPANTS, Participant, ParticipantFields, ParticipantId, RemovalImpact } from '../participant/schema';
import { base64Chars, IMPORT_BASE64_CHARS, JSON_IMPORT_LIMITS } from '../files/limits';
import { SummaryExportInput, SummarySource } from '../summary/schema';
import {
  Activity,
  ActivityCreate,
  ActivityId,
  ActivityReorder,
  ActivityUpdate,
  AreaCreate,
  AreaUpdate,
  CloseInput,
  Decision,
  DecisionCreate,
  DecisionId,
  GoalCreate,
  GoalUpdate,
  HistoryEntry,
  MeetingCreate,
  MeetingId,
  MeetingSummary,
  MeetingUpdate,
  MeetingView,
  ParkedId,
  ParkedItem,
  ParkInput,
  Plan,
  PlanArea,
  PlanAreaId,
  PlanCreate,
  PlanGoal,
  PlanGoalId,
  PlanId,
  PlanSummary,
  PlanUpdate,
  PlanView,
  ProgressChange,
  Protocol,
  Trace,
  WorkshopLink,
} from '../actionplan/schema';
import { PlanReport, ReportInput } from '../actionplan/report';
import { Assessment, AssessmentCreate, Register, RegisterId, RegisterUpdate, RegisterView, RiskActionCreate, RiskAction, RiskActionId, RiskCreate, RiskId, RiskRow, RiskUpdate } from '../risk/schema';
import { RiskImportApply, RiskImportPreview, RiskImportPreviewInput, RiskImportResult } from '../risk/import';
import {
  ArrowCreate,
  ArrowUpdate,
  ChangeToActivity,
  ElementCreate,
  ElementCreateMany,
  ElementMove,
  ElementUpdate,
  LaneCreate,
  LaneDelete,
  LaneUpdate,
  MapArrow,
  MapArrowId,
  ElementDelete,
  MapCreate,
  MapCreateCounterpart,
  MapElement,
  MapLane,
  MapLaneId,
  MapPhase,
  MapElementId,
  MapPhaseId,
  MapUpdate,
  MapView,
  ProcessMap,
  PhaseCreate,
  PhaseReorder,
  PhaseUpdate,
  ProcessMapId,
} from '../processmap/schema';
import { Comparison } from '../processmap/compare';
import { MapImport } from '../processmap/file';
import { CardSource } from '../processmap/cards';
import { DeviceId, JoinCode, JoinStart, JoinStatus, JoinTicket, JoinUpdate, NetworkAddress } from '../join/schema';
import { PhoneEdit, PhoneIdentify, PhoneNote, PhoneRound, PhoneState, PhoneVote, PhoneWrite } from '../phone/schema';

/**
 * Who may call a method: the facilitator's own screens (the default), a
 * participant's device through its token, or a device not yet joined (only
 * to trade a join code for a token).
 */
export type Audience = 'facilitator' | 'participant' | 'guest';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** A larger request body than the bridge's default, for methods that carry a file. */
  readonly maxBodyBytes?: number;
  readonly audience?: Audience;
}

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, maxBodyBytes?: number): MethodSpec<I, O> => ({
  input,
  output,
  ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
});

/** A method for participants' devices: it acts on the workshop and identity of the caller's token. */
const forParticipants = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ ...method(input, output), audience: 'participant' as const });

const byId = <T extends z.ZodType>(id: T) => z.object({ id }).strict();

export const contract = {
  'programme.list': method(Empty, z.array(Programme)),
  'programme.get': method(byId(ProgrammeId), Programme),
  'programme.create': method(ProgrammeFields.strict(), Programme),
  'programme.update': method(ProgrammeFields.partial().extend({ id: ProgrammeId }).strict(), Programme),
  'programme.delete': method(byId(ProgrammeId), z.null()),

  'workshop.list': method(z.object({ programmeId: ProgrammeId }).strict(), z.array(Workshop)),
  'workshop.get': method(byId(WorkshopId), Workshop),
  'workshop.create': method(WorkshopFields.extend({ programmeId: ProgrammeId }).strict(), Workshop),
  'workshop.update': method(WorkshopFields.partial().extend({ id: WorkshopId }).strict(), Workshop),
  'workshop.delete': method(byId(WorkshopId), z.null()),

  'participant.list': method(z.object({ workshopId: WorkshopId }).strict(), z.array(Participant)),
  'participant.create': method(ParticipantFields.extend({ workshopId: WorkshopId }).strict(), Participant),
  'participant.update': method(ParticipantFields.partial().extend({ id: ParticipantId }).strict(), Participant),
  'participant.delete': method(byId(ParticipantId), z.null()),
  'participant.removalImpact': method(byId(ParticipantId), RemovalImpact),
  /** Organisation names typed before, in any workshop, for suggestions. */
  'participant.organisations': method(Empty, z.array(z.string())),
  /** Carries a whole .xlsx file as base64, so its body may be as large as the largest file plus the JSON around it. */
  'participant.previewImport': method(z.object({ source: ImportSource }).strict(), ImportPreview, IMPORT_BASE64_CHARS + 4096),
  'participant.import': method(
    z.object({ workshopId: WorkshopId, participants: z.array(ParticipantFields.strict()).min(1).max(MAX_IMPORT_PARTICIPANTS) }).strict(),
    z.array(Participant),
  ),

  'board.get': method(z.object({ workshopId: WorkshopId }).strict(), Board),
  'board.setColourMode': method(z.object({ workshopId: WorkshopId, colourMode: ColourMode }).strict(), z.null()),
  /** Moves any selection of free notes and cluster frames as one undoable step. */
  'board.move': method(
    z
      .object({
        notes: z.array(Position.extend({ id: NoteId })).max(2000),
        clusters: z.array(Position.extend({ id: ClusterId })).max(500),
      })
      .strict(),
    z.null(),
  ),
  'board.exportXlsx': method(z.object({ workshopId: WorkshopId }).strict(), ExportFile),

  'note.create': method(
    z
      .object({
        workshopId: WorkshopId,
        text: NoteText,
        colour: NoteColour,
        authorId: ParticipantId.nullable(),
        position: Position.optional(),
        clusterId: ClusterId.nullable().optional(),
      })
      .strict(),
    Note,
  ),
  'note.update': method(
    z.object({ id: NoteId, text: NoteText.optional(), colour: NoteColour.optional(), authorId: ParticipantId.nullable().optional() }).strict(),
    Note,
  ),
  /** Colour and author for several notes at once, as one undoable step. */
  'note.restyle': method(
    z.object({ ids: z.array(NoteId).min(1).max(2000), colour: NoteColour.optional(), authorId: ParticipantId.nullable().optional() }).strict(),
    z.array(Note),
  ),
  'note.delete': method(z.object({ ids: z.array(NoteId).min(1).max(2000) }).strict(), z.null()),
  /** Turns face-down notes face up (the named ones, else all of the workshop) as one undoable step; answers how many turned. */
  'note.turnOver': method(z.object({ workshopId: WorkshopId, ids: z.array(NoteId).min(1).max(2000).optional() }).strict(), z.number().int()),
  'note.duplicate': method(z.object({ ids: z.array(NoteId).min(1).max(500) }).strict(), z.array(Note)),
  /**
   * Puts notes into a cluster (at `index`, else at the end) or, with a null
   * cluster, frees them at `position` (else where they were shown).
   */
  'note.setCluster': method(
    z
      .object({
        ids: z.array(NoteId).min(1).max(2000),
        clusterId: ClusterId.nullable(),
        index: z.number().int().nonnegative().optional(),
        position: Position.optional(),
      })
      .strict(),
    z.null(),
  ),

  'cluster.create': method(
    z
      .object({ workshopId: WorkshopId, heading: ClusterHeading, noteIds: z.array(NoteId).max(2000), position: Position.optional() })
      .strict(),
    Cluster,
  ),
  'cluster.update': method(
    z
      .object({ id: ClusterId, heading: ClusterHeading.optional(), description: ClusterDescription.optional(), strengths: Strengths.optional() })
      .strict(),
    Cluster,
  ),
  'cluster.merge': method(z.object({ targetId: ClusterId, sourceIds: z.array(ClusterId).min(1).max(100) }).strict(), Cluster),
  /** Removes the cluster; its notes stay on the board where they were shown. */
  'cluster.dissolve': method(z.object({ ids: z.array(ClusterId).min(1).max(500) }).strict(), z.null()),
  'cluster.suggest': method(z.object({ workshopId: WorkshopId }).strict(), z.array(SuggestedCluster)),

  'matrix.get': method(z.object({ workshopId: WorkshopId }).strict(), Matrix),
  /** Places or moves items on the four-field matrix, as one undoable step. */
  'matrix.place': method(z.object({ workshopId: WorkshopId, placements: z.array(Placement).min(1).max(500) }).strict(), z.null()),
  'matrix.unplace': method(z.object({ workshopId: WorkshopId, itemIds: z.array(ItemId).min(1).max(500) }).strict(), z.null()),
  'matrix.setLabels': method(z.object({ workshopId: WorkshopId, labels: MatrixLabels.nullable() }).strict(), z.null()),

  /** The room's shared screen (projector) follows these; not undoable, as they change no content. */
  'room.get': method(z.object({ workshopId: WorkshopId }).strict(), Room),
  'room.show': method(RoomShow, Room),
  'room.timer': method(z.object({ workshopId: WorkshopId, change: TimerAction }).strict(), Room),
  'room.setPrivateWriting': method(z.object({ workshopId: WorkshopId, privateWriting: z.boolean() }).strict(), Room),

  'voting.rounds': method(z.object({ workshopId: WorkshopId }).strict(), z.array(RoundState)),
  'voting.start': method(z.object({ workshopId: WorkshopId, settings: RoundSettings }).strict(), RoundState),
  /** The answer carries the voter's own dots, never anyone else's (see mayShowDotsOf). */
  'voting.cast': method(Dot, VoterRound),
  'voting.retract': method(Dot, VoterRound),
  /** One participant's dots: while the round is open (that participant votes at the screen), or once revealed unless anonymous. */
  'voting.dotsOf': method(z.object({ roundId: RoundId, participantId: ParticipantId }).strict(), VoterRound),
  /** Paper mode: the dot count an item got on the sticker wall. */
  'voting.setPaperCount': method(z.object({ roundId: RoundId, itemId: ItemId, count: z.number().int().min(0).max(10_000) }).strict(), RoundState),
  'voting.setStatus': method(z.object({ roundId: RoundId, status: z.enum(['open', 'closed']) }).strict(), RoundState),
  'voting.reveal': method(z.object({ roundId: RoundId, revealed: z.boolean() }).strict(), RoundState),

  'outcome.list': method(z.object({ workshopId: WorkshopId }).strict(), z.array(Outcome)),
  /** Prioritising an item also makes it an improvement area of the programme; un-prioritising removes that area. */
  'outcome.set': method(OutcomeInput, Outcome.nullable()),
  /** Marks the top ranks of a revealed round as prioritised (ties included). */
  'outcome.prioritiseTop': method(z.object({ roundId: RoundId, top: z.number().int().min(1).max(20).default(3) }).strict(), z.array(Outcome)),
  'improvementArea.list': method(z.object({ programmeId: ProgrammeId }).strict(), z.array(ImprovementArea)),
  'improvementArea.update': method(ImprovementAreaUpdate, ImprovementArea),
  /** What the workshop summary is made from; shared/summary/model.ts turns it into the summary. */
  'workshop.summary': method(z.object({ workshopId: WorkshopId }).strict(), SummarySource),
  'workshop.exportSummary': method(SummaryExportInput, ExportFile),

  'plan.list': method(z.object({ programmeId: ProgrammeId }).strict(), z.array(PlanSummary)),
  /** The whole plan as the plan page shows it: structure, overdue and progress for today, meetings. */
  'plan.get': method(byId(PlanId), PlanView),
  'plan.create': method(PlanCreate, Plan),
  'plan.update': method(PlanUpdate, Plan),
  'plan.delete': method(byId(PlanId), z.null()),
  /** Which plan activities a workshop's improvement areas became. */
  'plan.workshopLinks': method(z.object({ workshopId: WorkshopId }).strict(), z.array(WorkshopLink)),
  /** The styrgrupp status report: the plan for today and the decisions since the last report. */
  'plan.report': method(ReportInput, PlanReport),
  /** Activities, status history and decisions as a workbook, in the UI language. */
  'plan.exportXlsx': method(z.object({ planId: PlanId }).strict(), ExportFile),
  /** The plan as a Word document: a heading and a table per område. */
  'plan.exportDocx': method(z.object({ planId: PlanId }).strict(), ExportFile),
  'planArea.create': method(AreaCreate, PlanArea),
  /** One click from the programme page: the område keeps its link to the improvement area. */
  'planArea.fromImprovementArea': method(z.object({ planId: PlanId, improvementAreaId: ImprovementAreaId }).strict(), PlanArea),
  'planArea.update': method(AreaUpdate, PlanArea),
  /** Takes its delmål and activities along; undo brings the whole område back. */
  'planArea.delete': method(byId(PlanAreaId), z.null()),
  'planArea.reorder': method(z.object({ planId: PlanId, ids: z.array(PlanAreaId).min(1).max(500) }).strict(), z.null()),
  'planGoal.create': method(GoalCreate, PlanGoal),
  'planGoal.update': method(GoalUpdate, PlanGoal),
  /** Its activities stay, directly under the område. */
  'planGoal.delete': method(byId(PlanGoalId), z.null()),
  'planGoal.reorder': method(z.object({ areaId: PlanAreaId, ids: z.array(PlanGoalId).min(1).max(500) }).strict(), z.null()),
  'planActivity.create': method(ActivityCreate, Activity),
  'planActivity.update': method(ActivityUpdate, Activity),
  'planActivity.delete': method(byId(ActivityId), z.null()),
  /** Puts activities, in this order, under one område and delmål, as one undoable step. */
  'planActivity.reorder': method(ActivityReorder, z.null()),
  /** The one way status and health change: each change lands in the activity's history. */
  'planActivity.setProgress': method(ProgressChange, Activity),
  'planActivity.history': method(byId(ActivityId), z.array(HistoryEntry)),
  'planActivity.trace': method(byId(ActivityId), Trace),
  'planMeeting.list': method(z.object({ planId: PlanId }).strict(), z.array(MeetingSummary)),
  'planMeeting.get': method(byId(MeetingId), MeetingView),
  /** Generates the agenda from the plan as it stands and what the last meeting parked. */
  'planMeeting.create': method(MeetingCreate, MeetingView),
  'planMeeting.update': method(MeetingUpdate, MeetingView),
  'planMeeting.delete': method(byId(MeetingId), z.null()),
  'planMeeting.park': method(ParkInput, ParkedItem),
  'planMeeting.unpark': method(byId(ParkedId), z.null()),
  /** The protokoll closing would produce, carry-over included, without closing. */
  'planMeeting.previewClose': method(CloseInput, Protocol),
  'planMeeting.close': method(CloseInput, MeetingView),
  /** The protokoll as a Word document; for an open meeting, what closing it now would record. */
  'planMeeting.exportDocx': method(z.object({ meetingId: MeetingId }).strict(), ExportFile),
  'planDecision.create': method(DecisionCreate, Decision),
  'planDecision.delete': method(byId(DecisionId), z.null()),

  /** The programme's register, or null before one is created. */
  'riskRegister.forProgramme': method(z.object({ programmeId: ProgrammeId }).strict(), Register.nullable()),
  /** One register per programme; creating a second is refused. */
  'riskRegister.create': method(z.object({ programmeId: ProgrammeId }).strict(), Register),
  'riskRegister.get': method(byId(RegisterId), RegisterView),
  /** New bands apply to assessments made from now on; earlier ones keep theirs. */
  'riskRegister.update': method(RegisterUpdate, Register),
  'riskRegister.delete': method(byId(RegisterId), z.null()),
  'riskRegister.exportXlsx': method(z.object({ registerId: RegisterId }).strict(), ExportFile),
  /** Carries a whole .xlsx file as base64. */
  'riskRegister.previewImport': method(RiskImportPreviewInput, RiskImportPreview, IMPORT_BASE64_CHARS + 4096),
  /** Applies a previewed file as one undoable step; nothing is deleted for a row the file lacks. */
  'riskRegister.applyImport': method(RiskImportApply, RiskImportResult, IMPORT_BASE64_CHARS + 2 * 1024 * 1024),
  'risk.create': method(RiskCreate, RiskRow),
  'risk.update': method(RiskUpdate, RiskRow),
  'risk.delete': method(byId(RiskId), z.null()),
  /** A new, immutable assessment; the newest of its kind is the risk's current one. */
  'risk.assess': method(AssessmentCreate, Assessment),
  /** Every assessment of the risk, newest first. */
  'risk.history': method(byId(RiskId), z.array(Assessment)),
  'riskAction.create': method(RiskActionCreate, RiskAction),
  /** Unlinks the action; the handlingsplan activity stays. */
  'riskAction.delete': method(byId(RiskActionId), z.null()),
  'processMap.list': method(z.object({ programmeId: ProgrammeId }).strict(), z.array(ProcessMap)),
  'processMap.get': method(byId(ProcessMapId), MapView),
  /** From empty (the default lanes only) or from a template, in the app's language. */
  'processMap.create': method(MapCreate, ProcessMap),
  /** The other state of a map's process, paired with it; by default a copy to start from. */
  'processMap.createCounterpart': method(MapCreateCounterpart, ProcessMap),
  /** Renames the process, in both maps of a pair. */
  'processMap.update': method(MapUpdate, ProcessMap),
  /** Its paired map stays, unpaired. */
  'processMap.delete': method(byId(ProcessMapId), z.null()),
  /** Either map of a pair: which steps are new, removed or moved, and the change table. */
  'processMap.compare': method(byId(ProcessMapId), Comparison),
  /** One row of the change table as a handlingsplan activity; a second call returns the one already made. */
  'processMap.createActivity': method(ChangeToActivity, Activity),
  /** The whole map as a standalone SVG drawing (lanes, elements, arrows, title, legend), in the UI language. */
  'processMap.exportSvg': method(byId(ProcessMapId), ExportFile),
  /** The whole map as a JSON file of its own (lanes, phases, elements, arrows), with nothing that points outside it. */
  'processMap.exportFile': method(byId(ProcessMapId), ExportFile),
  /** A map file read into the programme as a new, unpaired map, in one undoable step; a bad file saves nothing. */
  'processMap.import': method(MapImport, ProcessMap, base64Chars(JSON_IMPORT_LIMITS.fileBytes) + 4096),
  'mapLane.create': method(LaneCreate, MapLane),
  'mapLane.update': method(LaneUpdate, MapLane),
  /** A lane with elements needs `moveTo`, the lane they go to (else `lane_not_empty`). */
  'mapLane.delete': method(LaneDelete, z.null()),
  'mapLane.reorder': method(z.object({ mapId: ProcessMapId, ids: z.array(MapLaneId).min(1).max(100) }).strict(), z.null()),
  /** A new phase goes last, at the right; at most MAP_LIMITS.phases per map. */
  'mapPhase.create': method(PhaseCreate, MapPhase),
  'mapPhase.update': method(PhaseUpdate, MapPhase),
  'mapPhase.delete': method(byId(MapPhaseId), z.null()),
  /** `ids` is the map's phases, every one, in their new order from the left. */
  'mapPhase.reorder': method(PhaseReorder, z.null()),
  'mapElement.create': method(ElementCreate, MapElement),
  'mapElement.createMany': method(ElementCreateMany, z.object({ elements: z.array(MapElement), arrows: z.array(MapArrow) })),
  'mapElement.update': method(ElementUpdate, MapElement),
  /** Every element a drag carried, as one undoable step; each lands in the lane its middle is in. */
  'mapElement.move': method(ElementMove, z.null()),
  /** Takes the arrows to and from them along; `arrowIds` deletes other arrows in the same step. */
  'mapElement.delete': method(ElementDelete, z.null()),
  /** A challenge card's notes and workshop, for "Visa lappar"; no workshop when the source was deleted. */
  'mapElement.cardSource': method(byId(MapElementId), CardSource),
  'mapArrow.create': method(ArrowCreate, MapArrow),
  'mapArrow.update': method(ArrowUpdate, MapArrow),
  'mapArrow.delete': method(z.object({ ids: z.array(MapArrowId).min(1).max(2000) }).strict(), z.null()),

  'history.state': method(HistoryInput, HistoryState),
  /** With `expect`, undoes only if that change is still the latest of its scope (else `not_latest`). */
  'history.undo': method(HistoryInput.extend({ expect: z.number().int().optional() }).strict(), HistoryStep),
  'history.redo': method(HistoryInput, HistoryStep),

  /** Participants joining from their own devices: the facilitator's side. */
  'join.interfaces': method(Empty, z.array(NetworkAddress)),
  'join.status': method(z.object({ workshopId: WorkshopId }).strict(), JoinStatus),
  /** The running session, whichever workshop it is for (null while joining is off), so every page can show it. */
  'join.current': method(Empty, JoinStatus.nullable()),
  /** Starts listening on the given address for this workshop (ending any other workshop's session). */
  'join.start': method(JoinStart, JoinStatus),
  'join.stop': method(z.object({ workshopId: WorkshopId }).strict(), JoinStatus),
  'join.update': method(JoinUpdate, JoinStatus),
  /** Ends one device's access; its token is refused from then on. */
  'join.removeDevice': method(z.object({ workshopId: WorkshopId, deviceId: DeviceId }).strict(), JoinStatus),

  /** The participant's device: trading the join code, then acting as itself. */
  'phone.join': { ...method(z.object({ code: JoinCode }).strict(), JoinTicket), audience: 'guest' as const },
  'phone.state': forParticipants(Empty, PhoneState),
  'phone.identify': forParticipants(PhoneIdentify, PhoneState),
  'phone.writeNote': forParticipants(PhoneWrite, PhoneNote),
  'phone.editNote': forParticipants(PhoneEdit, PhoneNote),
  'phone.deleteNote': forParticipants(z.object({ id: NoteId }).strict(), z.null()),
  'phone.vote': forParticipants(PhoneVote, PhoneRound),
  /** Undoes this device's own latest change, never anyone else's. */
  'phone.undo': forParticipants(Empty, PhoneState),
  /** Forgets this device: its token dies, its notes and dots stay. */
  'phone.leave': forParticipants(Empty, z.null()),

  'data.info': method(Empty, DataInfo),
  'data.backup': method(Empty, Backup),
  'data.restore': method(z.object({ name: BackupName }).strict(), DataInfo),
  /** A backup file read in chunks, so a large database never travels as one response. */
  'data.readBackup': method(z.object({ name: BackupName, offset: z.number().int().nonnegative() }).strict(), BackupChunk),
  /** Restoring a picked file: start (one upload at a time), send chunks in order, then restore it. */
  'data.uploadStart': method(UploadStart, UploadProgress),
  'data.uploadChunk': method(UploadChunk, UploadProgress),
  'data.restoreUpload': method(z.object({ uploadId: UploadId }).strict(), DataInfo),

  'settings.get': method(Empty, Settings),
  'settings.update': method(Settings.partial().strict(), Settings),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export function audienceOf(name: MethodName): Audience {
  const spec: { readonly audience?: Audience } = contract[name];
  return spec.audience ?? 'facilitator';
}

/** Pushed to every window/tab after a change is committed. */
export const ChangeEvent = z.object({
  reason: z.enum(['mutation', 'undo', 'redo', 'restore']),
  method: z.string(),
  entities: z.array(z.string()),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/** The only surface the Electron preload exposes to the page. */
export interface DesktopBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>, meta?: CallMeta): Promise<ApiResult<MethodOutput<M>>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}
