import type { Section } from '../../../src/schema/section.js';
import type { DocumentLayout } from '../../../src/parse/responsibilities/layout.js';
import { indexMarkers } from '../../../src/parse/segment/markerIndex.js';

/** A layout with no sections and no tables. */
export const plainLayout = (text: string, sectionStarts: number[] = []): DocumentLayout => ({ text, markers: indexMarkers(text), sectionStarts, tableSpans: [] });

/** A hand-built section node spanning [start, end). */
export function section(id: string, start: number, end: number, children: Section[] = []): Section {
  const number = Number(id.split('.').at(-1));
  return { id, level: id.split('.').length, marker: `${number}.`, number, heading: '', start, end, text: '', children };
}

/** `text.slice(list.start, list.end)` for each list: what the list quotes. */
export const quoted = (text: string, lists: ReadonlyArray<{ start: number; end: number }>) => lists.map((l) => text.slice(l.start, l.end));
