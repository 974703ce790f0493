import { createContext } from '../../../src/parse/context.js';
import { extractStructure, type Structure } from '../../../src/parse/structure/index.js';
import { flattenSections } from '../../../src/parse/structure/tree.js';

/** The structure stage alone, on a text. */
export function structureOf(text: string): Structure {
  return extractStructure(createContext(text, { indicators: false }));
}

/** What a flattened copy must keep: the tree's ids, markers, numbers and headings. */
export function treeKey(structure: Structure): string[] {
  return flattenSections(structure.sections).map((s) => `${s.id}|${s.level}|${s.marker}|${s.number}|${s.heading}`);
}

/** Web-page copy of a document: every line break replaced by a space, all on one line. */
export const flatten = (text: string): string => text.replace(/\r?\n/g, ' ');

export const squash = (value: string): string => value.replace(/[\s\u3000]+/g, '');

/** Every span of the structure, with the text it must slice back to (or contain). */
export function spansOf(structure: Structure): Array<{ what: string; start: number; end: number; contains: string[] }> {
  return [
    ...flattenSections(structure.sections).map((s) => ({
      what: `section ${s.id}`,
      start: s.start,
      end: s.end,
      contains: [s.marker, s.heading, s.text],
    })),
    ...structure.notes.map((n) => ({ what: `note ${n.marker}`, start: n.start, end: n.end, contains: [n.marker === '注：' ? '' : n.marker, n.text] })),
    ...structure.tables.map((t, i) => ({ what: `table ${i}`, start: t.start, end: t.end, contains: [t.columns[0]] })),
  ];
}
