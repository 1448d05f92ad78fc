/**
 * What a challenge card stands for, read back for "Visa lappar": the notes
 * of its cluster (as they are now) or the notes pinned one by one, with the
 * huvudman of each note's author and the workshop they came from. A card
 * whose cluster or notes were deleted on the board has no source left.
 */
import { z } from 'zod';
import { NoteId } from '../board/schema';
import { Huvudman } from '../participant/schema';
import { WorkshopId } from '../workshop/schema';

export const CardNote = z.object({ id: NoteId, text: z.string(), huvudman: Huvudman.nullable() });
export type CardNote = z.infer<typeof CardNote>;

export const CardSource = z.object({
  /** Null when the source is gone. */
  workshop: z.object({ id: WorkshopId, title: z.string() }).nullable(),
  /** The cluster's heading, when the card stands for a cluster. */
  cluster: z.string().nullable(),
  notes: z.array(CardNote),
});
export type CardSource = z.infer<typeof CardSource>;
