import { z } from 'zod';
import { Offset } from './common.js';

export const Note = z.object({
  marker: z.string(),
  term: z.string().nullable(),
  text: z.string(),
  start: Offset,
  end: Offset,
});

export type Note = z.infer<typeof Note>;
