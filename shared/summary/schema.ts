import { z } from 'zod';
import { CalendarDate, WorkshopLink } from '../actionplan/schema';
import { Cluster, Note } from '../board/schema';
import { Matrix } from '../matrix/schema';
import { ImprovementArea, Outcome } from '../outcome/schema';
import { Participant } from '../participant/schema';
import { RoundState } from '../voting/schema';
import { Workshop, WorkshopId } from '../workshop/schema';

/**
 * Everything the workshop summary is made from, read in one go. The screen
 * and the .xlsx both turn it into the summary with buildSummary (model.ts),
 * so what the summary holds is decided in one place.
 */
export const SummarySource = z.object({
  workshop: Workshop,
  programme: z.object({ name: z.string(), area: z.string() }),
  participants: z.array(Participant),
  notes: z.array(Note),
  clusters: z.array(Cluster),
  matrix: Matrix,
  rounds: z.array(RoundState),
  outcomes: z.array(Outcome),
  /** The improvement areas this workshop's decisions made. */
  areas: z.array(ImprovementArea),
  /** Where those areas went in handlingsplaner. */
  planLinks: z.array(WorkshopLink),
  /** The day the summary is read: the date a printout carries when the workshop has none. */
  today: CalendarDate,
});
export type SummarySource = z.infer<typeof SummarySource>;

export const SummaryExportInput = z
  .object({
    workshopId: WorkshopId,
    /** false: organisations only, for sharing outside the group. Left out, names are included. */
    names: z.boolean().default(true),
  })
  .strict();
