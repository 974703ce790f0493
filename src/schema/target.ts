import { z } from 'zod';
import { Offset, SectionId } from './common.js';

export const TargetKind = z.enum(['percent', 'ratio', 'money', 'count', 'duration', 'multiple', 'date']);
export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'approx']);

export const Target = z.object({
  sectionId: SectionId.describe('innermost section holding it, or null'),
  kind: TargetKind,
  text: z.string().describe('== source.slice(start, end)'),
  start: Offset,
  end: Offset,
  value: z.number().nullable().describe('single value (percent: 50 means 50%; money: in yuan)'),
  min: z.number().nullable().describe('range lower bound, value then null'),
  max: z.number().nullable().describe('range upper bound, value then null'),
  unit: z.string().nullable().describe('%, pp, CNY, CNY/year, measure word, year/month/…, x; null for ratio and date'),
  comparator: Comparator,
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  left: z.number().optional().describe('ratio: left term (20 in 20:1)'),
  right: z.number().optional().describe('ratio: right term (1 in 20:1)'),
  indicator: z.string().nullable().describe('what is measured, when stated'),
  deadline: z.number().int().nullable().describe('year by which it is due'),
  deadlineSource: z
    .enum(['clause', 'paragraph', 'section', 'table'])
    .nullable()
    .default(null)
    .describe('which rule gave the deadline: a due date in its clause or sentence, one opening its paragraph, its section, or its table row; null with no deadline'),
  indicatorSource: z
    .enum(['clause', 'sentence', 'label'])
    .nullable()
    .default(null)
    .describe('how the indicator was found: in its own clause, as the subject of the clause before it, or from a label (before a colon, or a label line above it); null with no indicator'),
});

export type Target = z.infer<typeof Target>;
export type TargetKind = z.infer<typeof TargetKind>;
export type Comparator = z.infer<typeof Comparator>;
