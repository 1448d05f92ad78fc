import { z } from 'zod';

/** The API method whose change would be undone or redone, so the UI can say what. */
export const HistoryState = z.object({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
  /** Identifies the change undo would revert, so a caller can undo exactly that one. */
  undoId: z.number().int().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

export const HistoryStep = z.object({
  method: z.string(),
  state: HistoryState,
});
export type HistoryStep = z.infer<typeof HistoryStep>;
