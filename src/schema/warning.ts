import { z } from 'zod';
import { Offset } from './common.js';

export const Warning = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).describe('stable machine code, e.g. NUMBERING_GAP'),
  message: z.string(),
  start: Offset.nullable(),
});

export type Warning = z.infer<typeof Warning>;
