import { z } from 'zod';

/** A span of the decoded source text, counted in `source.offsetUnit` (UTF-16 code units in the library by default). */
export const Offset = z.number().int().nonnegative();

/** Dotted path of section numbers, e.g. "3.1.2"; null when outside any numbered section. */
export const SectionId = z.string().regex(/^\d+(\.\d+)*$/).nullable();

/** Unit of every offset of a Document: JavaScript string indices, or Unicode code points (Python, R). */
export const OffsetUnit = z.enum(['utf16', 'codepoint']);
export type OffsetUnit = z.infer<typeof OffsetUnit>;
