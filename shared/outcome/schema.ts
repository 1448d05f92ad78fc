import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { ProgrammeId, ProgrammeLevel } from '../programme/schema';
import { ItemId, ItemKind } from '../voting/schema';
import { WorkshopId } from '../workshop/schema';

export const OutcomeStatus = z.enum(['prioritised', 'outside_mandate']);
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

export const Outcome = z.object({
  itemId: ItemId,
  kind: ItemKind,
  status: OutcomeStatus,
  /** For items outside the mandate: who the question is handed to. */
  handedTo: z.string(),
  comment: z.string(),
  updatedAt: timestamp,
});
export type Outcome = z.infer<typeof Outcome>;

export const OutcomeInput = z
  .object({
    workshopId: WorkshopId,
    itemId: ItemId,
    kind: ItemKind,
    /** null clears the decision. */
    status: OutcomeStatus.nullable(),
    /** Left out: keep what was written before. */
    handedTo: singleLine(200).optional(),
    comment: multiLine(1000).optional(),
  })
  .strict();

export const ImprovementAreaId = z.uuid().brand<'ImprovementAreaId'>();

export const ImprovementArea = z.object({
  id: ImprovementAreaId,
  programmeId: ProgrammeId,
  workshopId: WorkshopId,
  workshopTitle: z.string(),
  itemId: ItemId,
  title: z.string(),
  description: z.string(),
  level: ProgrammeLevel,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ImprovementArea = z.infer<typeof ImprovementArea>;

export const ImprovementAreaUpdate = z
  .object({
    id: ImprovementAreaId,
    title: singleLine(160).min(1).optional(),
    description: multiLine(4000).optional(),
    level: ProgrammeLevel.optional(),
  })
  .strict();
