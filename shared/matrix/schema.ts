import { z } from 'zod';
import { singleLine } from '../common/schema';
import { ItemId, ItemKind } from '../voting/schema';
import { WorkshopId } from '../workshop/schema';
import { quadrants } from './quadrant';

const Unit = z.number().finite().min(0).max(1);
const Label = singleLine(60).min(1);

/** Per-workshop wording of the axes and quadrants; null means the standard wording. */
export const MatrixLabels = z
  .object({
    shortTerm: Label,
    longTerm: Label,
    simple: Label,
    complex: Label,
    quadrants: z.object(Object.fromEntries(quadrants.map((q) => [q, Label])) as Record<(typeof quadrants)[number], typeof Label>).strict(),
  })
  .strict();
export type MatrixLabels = z.infer<typeof MatrixLabels>;

export const Placement = z.object({ itemId: ItemId, kind: ItemKind, x: Unit, y: Unit }).strict();
export type Placement = z.infer<typeof Placement>;

export const Matrix = z.object({
  workshopId: WorkshopId,
  labels: MatrixLabels.nullable(),
  placements: z.array(Placement),
});
export type Matrix = z.infer<typeof Matrix>;
