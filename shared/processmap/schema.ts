/**
 * Process maps: one process of a programme in one state (nuläge or önskat
 * läge), drawn in swimlanes. A nuläge and an önskat läge of the same process
 * are paired, which is what the comparison works on.
 *
 * An element belongs to one lane and stores its height within it (`offset`),
 * not an absolute y: reordering or resizing lanes then changes lane rows only,
 * so that is one small undo step, and no element can end up between lanes.
 */
import { z } from 'zod';
import { ClusterId, Coordinate, NoteId } from '../board/schema';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { Huvudman } from '../participant/schema';
import { ProgrammeId } from '../programme/schema';
import { ActivityId, PLAN_LIMITS, PlanAreaId, PlanGoalId } from '../actionplan/schema';

export const ProcessMapId = z.uuid().brand<'ProcessMapId'>();
export type ProcessMapId = z.infer<typeof ProcessMapId>;
export const MapLaneId = z.uuid().brand<'MapLaneId'>();
export type MapLaneId = z.infer<typeof MapLaneId>;
export const MapPhaseId = z.uuid().brand<'MapPhaseId'>();
export type MapPhaseId = z.infer<typeof MapPhaseId>;
export const MapElementId = z.uuid().brand<'MapElementId'>();
export type MapElementId = z.infer<typeof MapElementId>;
export const MapArrowId = z.uuid().brand<'MapArrowId'>();
export type MapArrowId = z.infer<typeof MapArrowId>;

export const mapStates = ['nulage', 'onskat'] as const;
export const MapState = z.enum(mapStates);
export type MapState = z.infer<typeof MapState>;

export const mapTemplates = ['empty', 'los_discharge', 'home_care'] as const;
export const MapTemplate = z.enum(mapTemplates);
export type MapTemplate = z.infer<typeof MapTemplate>;

/** `challenge` is an utmaningskort: a workshop's notes or cluster pinned to the map. */
export const elementKinds = ['step', 'decision', 'start', 'end', 'document', 'comment', 'challenge'] as const;
export const ElementKind = z.enum(elementKinds);
export type ElementKind = z.infer<typeof ElementKind>;

/** The kinds that make up the flow itself, and so are what a comparison matches. */
export const flowKinds: readonly ElementKind[] = ['step', 'decision'];

export const MAP_LIMITS = {
  name: 160,
  laneName: 120,
  label: 300,
  description: 4000,
  responsible: 200,
  arrowLabel: 120,
  lanes: 30,
  phases: 40,
  cardNotes: 200,
  moves: 2000,
} as const;

/** Sizes in canvas units; a lane is at least as tall as the smallest element with some air. */
export const Size = z.number().finite().min(20).max(5000);
export const LANE_MIN_HEIGHT = 60;
export const LaneHeight = z.number().finite().min(LANE_MIN_HEIGHT).max(5000);
export const PhaseWidth = z.number().finite().min(60).max(20_000);
export const Offset = z.number().finite().min(0).max(5000);

const Name = singleLine(MAP_LIMITS.name).min(1);
const LaneName = singleLine(MAP_LIMITS.laneName).min(1);
const Label = singleLine(MAP_LIMITS.label);
const Responsible = singleLine(MAP_LIMITS.responsible);
const ArrowLabel = singleLine(MAP_LIMITS.arrowLabel);

export const ProcessMap = z.object({
  id: ProcessMapId,
  programmeId: ProgrammeId,
  name: z.string(),
  state: MapState,
  /** The map of the same process in the other state; null until one is made. */
  pairId: ProcessMapId.nullable(),
  template: MapTemplate,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ProcessMap = z.infer<typeof ProcessMap>;

export const MapCreate = z
  .object({
    programmeId: ProgrammeId,
    name: Name,
    state: MapState,
    template: MapTemplate.default('empty'),
  })
  .strict();

/**
 * The other state of an existing map: same process name, paired with it.
 * With `copy`, it starts as a copy of the map (lanes, phases, elements,
 * arrows), each copied step linked to its original so the comparison starts
 * out knowing which step is which.
 */
export const MapCreateCounterpart = z.object({ counterpartOf: ProcessMapId, copy: z.boolean().default(true) }).strict();

export const MapUpdate = z.object({ id: ProcessMapId, name: Name.optional() }).strict();

export const LaneFields = z.object({
  name: LaneName,
  height: LaneHeight,
  /** The organisation the lane's actor acts for, when it is one; carried to activities made from the map. */
  huvudman: Huvudman.nullable(),
});
export const LaneCreate = LaneFields.partial({ height: true, huvudman: true }).extend({ mapId: ProcessMapId }).strict();
export const LaneUpdate = LaneFields.partial().extend({ id: MapLaneId }).strict();
/** Where the steps of a lane go when it is deleted; required when it has any. */
export const LaneDelete = z.object({ id: MapLaneId, moveTo: MapLaneId.optional() }).strict();

export const MapLane = LaneFields.extend({ id: MapLaneId, mapId: ProcessMapId, name: z.string(), rank: z.number() });
export type MapLane = z.infer<typeof MapLane>;

/** A phase is a column across every lane, left to right in rank order; elements do not belong to one, so deleting it moves nothing. */
export const PhaseFields = z.object({ name: LaneName, width: PhaseWidth });
export const PhaseCreate = PhaseFields.partial({ width: true }).extend({ mapId: ProcessMapId }).strict();
export const PhaseUpdate = PhaseFields.partial().extend({ id: MapPhaseId }).strict();
export const PhaseReorder = z.object({ mapId: ProcessMapId, ids: z.array(MapPhaseId).min(1).max(MAP_LIMITS.phases) }).strict();
export const MapPhase = PhaseFields.extend({ id: MapPhaseId, mapId: ProcessMapId, name: z.string(), rank: z.number() });
export type MapPhase = z.infer<typeof MapPhase>;

const ElementText = {
  label: Label,
  description: multiLine(MAP_LIMITS.description),
  /** Who answers for the step, as people say it ("biståndshandläggare"). */
  responsible: Responsible,
};

export const ElementCreate = z
  .object({
    mapId: ProcessMapId,
    kind: ElementKind,
    x: Coordinate,
    /** Absolute canvas y of the element's top; the lane is the one its middle falls in. */
    y: Coordinate,
    width: Size.optional(),
    height: Size.optional(),
    label: ElementText.label.default(''),
    description: ElementText.description.default(''),
    responsible: ElementText.responsible.default(''),
    problem: z.boolean().default(false),
    /** For a challenge card: the cluster it stands for, or the notes. */
    clusterId: ClusterId.nullable().default(null),
    noteIds: z.array(NoteId).max(MAP_LIMITS.cardNotes).default([]),
    pinnedTo: MapElementId.nullable().default(null),
  })
  .strict();

export type ElementCreate = z.infer<typeof ElementCreate>;

/** Pasted copies in one undoable step: new elements, and arrows between them named by their place in `elements`. */
export const ElementCreateMany = z
  .object({
    mapId: ProcessMapId,
    elements: z.array(ElementCreate.omit({ mapId: true })).min(1).max(MAP_LIMITS.moves),
    arrows: z
      .array(z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative(), label: ArrowLabel.default('') }).strict())
      .max(MAP_LIMITS.moves)
      .default([]),
  })
  .strict()
  .superRefine((input, context) =>
    input.arrows.forEach((arrow, index) =>
      (['from', 'to'] as const).forEach((end) => {
        if (arrow[end] >= input.elements.length) context.addIssue({ code: 'custom', path: ['arrows', index, end], message: 'unknown_element' });
      }),
    ),
  );
export type ElementCreateMany = z.infer<typeof ElementCreateMany>;

export const ElementUpdate = z
  .object({
    id: MapElementId,
    label: ElementText.label.optional(),
    description: ElementText.description.optional(),
    responsible: ElementText.responsible.optional(),
    problem: z.boolean().optional(),
    width: Size.optional(),
    height: Size.optional(),
    /** "Flytta till fil…": same place along the flow, another lane. */
    laneId: MapLaneId.optional(),
    pinnedTo: MapElementId.nullable().optional(),
    /** The step of the paired map this one is (for the comparison); null: match by name. */
    linkId: MapElementId.nullable().optional(),
  })
  .strict();

/** One drag, however many elements it carried: one undoable step when it ends. */
export const ElementMove = z
  .object({
    mapId: ProcessMapId,
    moves: z
      .array(z.object({ id: MapElementId, x: Coordinate, y: Coordinate }).strict())
      .min(1)
      .max(MAP_LIMITS.moves),
  })
  .strict();

/**
 * A selection deleted as one undoable step: elements, whose arrows go with
 * them, and arrows between elements that stay.
 */
export const ElementDelete = z
  .object({
    ids: z.array(MapElementId).max(MAP_LIMITS.moves),
    arrowIds: z.array(MapArrowId).max(MAP_LIMITS.moves).default([]),
  })
  .strict()
  .refine((input) => input.ids.length + input.arrowIds.length > 0, { path: ['ids'], message: 'empty' });

export const MapElement = z.object({
  id: MapElementId,
  mapId: ProcessMapId,
  kind: ElementKind,
  laneId: MapLaneId,
  x: z.number(),
  /** Height within the lane, from its top. */
  offset: z.number(),
  width: z.number(),
  height: z.number(),
  label: z.string(),
  description: z.string(),
  responsible: z.string(),
  problem: z.boolean(),
  clusterId: ClusterId.nullable(),
  noteIds: z.array(NoteId),
  /** How many workshop notes a challenge card stands for: its notes, or those now in its cluster. */
  noteCount: z.number().int().nonnegative(),
  pinnedTo: MapElementId.nullable(),
  linkId: MapElementId.nullable(),
  /** The handlingsplan activity made from this step's row in the change table. */
  activityId: ActivityId.nullable(),
});
export type MapElement = z.infer<typeof MapElement>;

export const ArrowCreate = z.object({ mapId: ProcessMapId, from: MapElementId, to: MapElementId, label: ArrowLabel.default('') }).strict();
export const ArrowUpdate = z.object({ id: MapArrowId, label: ArrowLabel }).strict();

export const MapArrow = z.object({ id: MapArrowId, mapId: ProcessMapId, from: MapElementId, to: MapElementId, label: z.string() });
export type MapArrow = z.infer<typeof MapArrow>;

export const MapView = z.object({
  map: ProcessMap,
  lanes: z.array(MapLane),
  phases: z.array(MapPhase),
  elements: z.array(MapElement),
  arrows: z.array(MapArrow),
});
export type MapView = z.infer<typeof MapView>;

/** A row of the change table becomes a handlingsplan activity under an område of the same programme. */
export const ChangeToActivity = z
  .object({
    mapId: ProcessMapId,
    /** The row's step, as the comparison names it. */
    elementId: MapElementId,
    areaId: PlanAreaId,
    goalId: PlanGoalId.nullable().default(null),
    /** Instead of the text the row suggests. */
    what: singleLine(PLAN_LIMITS.what).min(1).optional(),
  })
  .strict();

/** The texts of a map's parts, for whatever else carries them (a map file). */
export const MapText = {
  name: Name,
  laneName: LaneName,
  label: Label,
  description: ElementText.description,
  responsible: Responsible,
  arrowLabel: ArrowLabel,
} as const;
