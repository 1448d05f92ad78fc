import { z } from 'zod';
import { timestamp } from '../common/schema';
import { ProgrammeId } from '../programme/schema';

/** The steps of the local work model that are held as meetings. */
export const workshopTypes = ['forberedande', 'ledning', 'verksamhet', 'uppfoljning'] as const;
export const WorkshopType = z.enum(workshopTypes);
export type WorkshopType = z.infer<typeof WorkshopType>;

export const WorkshopId = z.uuid().brand<'WorkshopId'>();
export type WorkshopId = z.infer<typeof WorkshopId>;

export const WorkshopFields = z.object({
  title: z.string().trim().min(1).max(160),
  /** Calendar date (YYYY-MM-DD); null while the date is not yet set. */
  date: z.iso.date().nullable(),
  type: WorkshopType,
  goals: z.string().trim().max(4000),
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export const Workshop = WorkshopFields.extend({
  id: WorkshopId,
  programmeId: ProgrammeId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Workshop = z.infer<typeof Workshop>;
