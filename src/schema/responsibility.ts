import { z } from 'zod';
import { Offset, SectionId } from './common.js';

export const UnitRole = z.enum(['lead', 'support', 'responsible']);

export const ResponsibleUnit = z.object({
  name: z.string().min(1).describe('the unit as written, trimmed, without a trailing 等'),
  role: UnitRole,
});

export const Responsibility = z.object({
  sectionId: SectionId.describe('the numbered item the list belongs to, or null for a table row'),
  table: z.number().int().nonnegative().nullable().describe('table index for a table row'),
  row: z.number().int().nullable().describe('the row\'s 序号 for a table row'),
  units: z.array(ResponsibleUnit),
  raw: z.string().describe('== source.slice(start, end)'),
  start: Offset,
  end: Offset,
});

/** One distinct unit across the document with its load. */
export const UnitSummary = z.object({
  name: z.string().describe('the unit name, whitespace removed'),
  lead: z.number().int().nonnegative().describe('measures (numbered items or table rows) it leads'),
  support: z.number().int().nonnegative().describe('measures it supports'),
  responsible: z.number().int().nonnegative().describe('measures it is responsible for without a stated lead'),
});

export type UnitRole = z.infer<typeof UnitRole>;
export type ResponsibleUnit = z.infer<typeof ResponsibleUnit>;
export type Responsibility = z.infer<typeof Responsibility>;
export type UnitSummary = z.infer<typeof UnitSummary>;
