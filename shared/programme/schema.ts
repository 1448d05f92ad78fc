import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';

export const programmeLevels = ['intern', 'lokal', 'lansgemensam'] as const;
export const ProgrammeLevel = z.enum(programmeLevels);
export type ProgrammeLevel = z.infer<typeof ProgrammeLevel>;

export const ProgrammeId = z.uuid().brand<'ProgrammeId'>();
export type ProgrammeId = z.infer<typeof ProgrammeId>;

/** What a user can type; shared by create and update so both validate alike. */
export const ProgrammeFields = z.object({
  name: singleLine(120).min(1),
  area: singleLine(120),
  level: ProgrammeLevel,
  description: multiLine(4000),
});
export type ProgrammeFields = z.infer<typeof ProgrammeFields>;

export const Programme = ProgrammeFields.extend({
  id: ProgrammeId,
  isExample: z.boolean(),
  workshopCount: z.number().int().nonnegative(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Programme = z.infer<typeof Programme>;
