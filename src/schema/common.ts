import { z } from 'zod';

/** A span of the decoded source text: `text.slice(start, end)`. UTF-16 code unit offsets. */
export const Offset = z.number().int().nonnegative();

/** Dotted path of section numbers, e.g. "3.1.2"; null when outside any numbered section. */
export const SectionId = z.string().regex(/^\d+(\.\d+)*$/).nullable();
