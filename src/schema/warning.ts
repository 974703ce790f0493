import { z } from 'zod';
import { Offset } from './common.js';

export const Severity = z.enum(['info', 'warning', 'error']);

export const Warning = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).describe('stable machine code, e.g. NUMBERING_GAP'),
  message: z.string(),
  start: Offset.nullable(),
  end: Offset.nullable().default(null).describe('end of the span it concerns, null when it concerns a point or nothing'),
  severity: Severity.default('warning').describe('info: noted, nothing lost; warning: something dropped or doubtful; error: output known wrong'),
  rule: z
    .string()
    .regex(/^[a-z]+(?:\.[a-z0-9-]+)+$/)
    .nullable()
    .default(null)
    .describe('stable id of the rule that raised it, e.g. outline.numbering-gap (null only in documents written before rule ids)'),
});

export type Warning = z.infer<typeof Warning>;
export type Severity = z.infer<typeof Severity>;
