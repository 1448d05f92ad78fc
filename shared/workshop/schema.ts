import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { ProgrammeId } from '../programme/schema';

/** The steps of the local work model that are held as meetings. */
export const workshopTypes = ['forberedande', 'ledning', 'verksamhet', 'uppfoljning'] as const;
export const WorkshopType = z.enum(workshopTypes);
export type WorkshopType = z.infer<typeof WorkshopType>;

export const WorkshopId = z.uuid().brand<'WorkshopId'>();
export type WorkshopId = z.infer<typeof WorkshopId>;

export const WorkshopFields = z.object({
  title: singleLine(160).min(1),
  /** Calendar date (YYYY-MM-DD); null while the date is not yet set. */
  date: z.iso.date().nullable(),
  type: WorkshopType,
  goals: multiLine(4000),
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export const Workshop = WorkshopFields.extend({
  id: WorkshopId,
  programmeId: ProgrammeId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Workshop = z.infer<typeof Workshop>;
