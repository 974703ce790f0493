import { z } from 'zod';
import { Meta } from './meta.js';
import { Section } from './section.js';
import { Target } from './target.js';
import { Responsibility, UnitSummary } from './responsibility.js';
import { Table } from './table.js';
import { Note } from './note.js';
import { Warning } from './warning.js';
import { OffsetUnit } from './common.js';

export const SCHEMA_VERSION = 1 as const;

/**
 * `p` + 16 lowercase hex. Bare hex ids read as numbers in pandas, DuckDB, readr and spreadsheets
 * when they hold only digits (`0401883535574200`) or digits around one `e` (`793831183094e412`,
 * an exponent); a leading letter that is no hex digit, sign, currency or exponent can never parse
 * as a number or a date.
 */
export const DOC_ID_PATTERN = /^p[0-9a-f]{16}$/;

export const Source = z.object({
  path: z.string().nullable().describe('input path as given, null for in-memory input; "-" for stdin'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the input bytes'),
  encoding: z.string().describe('charset the bytes were decoded with'),
  chars: z.number().int().nonnegative().describe('length of the decoded text, in offsetUnit'),
  offsetUnit: OffsetUnit.default('utf16').describe(
    'what every start/end and chars count: utf16 = JavaScript string indices, codepoint = Unicode code points (Python str, R substr)',
  ),
  format: z
    .enum(['txt', 'md', 'html', 'docx', 'pdf', 'ofd'])
    .optional()
    .describe('reader that made the text: txt/md as decoded, html (article of a web page), docx (body with its numbering), pdf (text layer), ofd (text of its pages)'),
  text: z.string().optional().describe('with --include-text: the text every start/end offset points into'),
});

export const Document = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    docId: z
      .string()
      .regex(DOC_ID_PATTERN)
      .describe('stable id: "p" then the first 16 hex of the sha256 of the decoded text; the letter keeps every reader from taking it for a number'),
    source: Source,
    meta: Meta,
    sections: z.array(Section),
    targets: z.array(Target),
    responsibilities: z.array(Responsibility),
    units: z.array(UnitSummary),
    tables: z.array(Table),
    notes: z.array(Note),
    warnings: z.array(Warning),
  })
  .meta({ id: 'PolicyDocument', title: 'Policy document', description: 'Structured data extracted from one Chinese policy document (schema version 1).' });

export type Document = z.infer<typeof Document>;
export type Source = z.infer<typeof Source>;
