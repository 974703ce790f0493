import { z } from 'zod';
import { Offset } from './common.js';

export const CellSpan = z.object({ start: Offset, end: Offset });

export const Table = z.object({
  title: z.string().describe('the table title (e.g. the 附件 heading)'),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())).describe('cells, merged cells filled from the cell above'),
  start: Offset,
  end: Offset,
  cellSpans: z
    .array(z.array(CellSpan.nullable()))
    .describe('source span of each cell in rows (of the cell it was filled from), null when absent'),
});

export type Table = z.infer<typeof Table>;
export type CellSpan = z.infer<typeof CellSpan>;
