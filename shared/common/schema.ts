import { z } from 'zod';

/** ISO 8601 instant, as written by the Node side. */
export const timestamp = z.iso.datetime();

export const Empty = z.object({}).strict();
