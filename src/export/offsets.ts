import type { Document } from '../schema/document.js';
import type { OffsetUnit } from '../schema/common.js';
import type { Section } from '../schema/section.js';

/**
 * Offsets in another unit, applied once at the output edge to every span of a Document
 * (sections, targets, responsibilities, notes, warnings, tables and their cells) and to
 * `source.chars`. Extraction counts UTF-16 code units (JavaScript string indices); Python's
 * `str` and R's `substr` count code points, which differ after every character outside the BMP
 * (`𠮷`, rare characters in names). Text without surrogate pairs is returned with only
 * `offsetUnit` set: both units agree there.
 */
export function withOffsetUnit(doc: Document, text: string, unit: OffsetUnit): Document {
  if (unit === 'utf16' || !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    return { ...doc, source: { ...doc.source, offsetUnit: unit } };
  }
  const at = codePointIndex(text);
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  const section = (s: Section): Section => ({ ...span(s), children: s.children.map(section) });
  return {
    ...doc,
    source: { ...doc.source, chars: at(text.length), offsetUnit: unit },
    sections: doc.sections.map(section),
    targets: doc.targets.map(span),
    responsibilities: doc.responsibilities.map(span),
    notes: doc.notes.map(span),
    warnings: doc.warnings.map((w) => ({ ...w, start: w.start === null ? null : at(w.start), end: w.end === null ? null : at(w.end) })),
    tables: doc.tables.map((t) => ({ ...span(t), cellSpans: t.cellSpans.map((row) => row.map((c) => (c ? span(c) : null))) })),
  };
}

/**
 * utf16 index → code point index. A table of the code points before every index (one pass);
 * an index between the halves of a pair (never a span boundary) counts the pair as begun.
 */
export function codePointIndex(text: string): (utf16: number) => number {
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) count++;
  }
  before[text.length] = count;
  return (utf16) => before[utf16];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
