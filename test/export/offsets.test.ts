import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document.js';
import { codePointIndex, flatSections, type Document } from '../../src/index.js';
import { hasPython, runPython, warnMissing } from '../helpers/consumers.js';

/** Every span of a document with the text it must slice back to (null: only the bounds are checked). */
function spans(doc: Document): { start: number; end: number; text: string | null }[] {
  return [
    ...flatSections(doc.sections).map((s) => ({ start: s.start, end: s.end, text: null })),
    ...doc.targets.map((t) => ({ start: t.start, end: t.end, text: t.text })),
    ...doc.responsibilities.map((r) => ({ start: r.start, end: r.end, text: r.raw })),
    ...doc.notes.map((n) => ({ start: n.start, end: n.end, text: null })),
    ...doc.tables.flatMap((t) => [{ start: t.start, end: t.end, text: null }, ...t.cellSpans.flat().flatMap((c) => (c ? [{ ...c, text: null }] : []))]),
    ...doc.warnings.flatMap((w) => (w.start === null ? [] : [{ start: w.start, end: w.start, text: null }])),
  ];
}

const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/cli/elderly-care.txt'), 'utf8');
// 𠮷 (U+20BB7) is two UTF-16 code units and one code point: every later span moves by one.
const TEXT = PLAN.replace('一、', '𠮷一、').replace(/市民政局/, '𠮷市民政局');

describe('offset units', () => {
  const utf16 = parseDocument(TEXT, { indicators: false });
  const codepoint = parseDocument(TEXT, { indicators: false, offsetUnit: 'codepoint' });

  it('the library counts UTF-16 code units by default and says so', () => {
    expect(utf16.source).toMatchObject({ offsetUnit: 'utf16', chars: TEXT.length });
    for (const s of spans(utf16)) if (s.text !== null) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('codepoint offsets slice back over the code points, and chars counts them', () => {
    const points = Array.from(TEXT);
    expect(codepoint.source).toMatchObject({ offsetUnit: 'codepoint', chars: points.length });
    expect(points.length).toBe(TEXT.length - 2);
    expect(codepoint.targets.length).toBeGreaterThan(3);
    expect(codepoint.targets.at(-1)!.start).toBe(utf16.targets.at(-1)!.start - 2);
    for (const s of spans(codepoint)) if (s.text !== null) expect(points.slice(s.start, s.end).join('')).toBe(s.text);
    const { offsetUnit: _a, chars: _b, ...restU } = utf16.source;
    const { offsetUnit: _c, chars: _d, ...restC } = codepoint.source;
    expect(restC).toEqual(restU);
  });

  it.skipIf(warnMissing(hasPython, 'python3', 'slicing codepoint offsets in Python'))('Python slices every codepoint span back', () => {
    const result = runPython<{ chars: number; sliced: string[] }>(
      `import json, sys
d = json.load(sys.stdin)
print(json.dumps({"chars": len(d["text"]), "sliced": [d["text"][s["start"]:s["end"]] for s in d["spans"]]}))`,
      { text: TEXT, spans: spans(codepoint) },
    );
    expect(result.chars).toBe(codepoint.source.chars);
    const all = spans(codepoint);
    expect(result.sliced.filter((s, i) => all[i].text !== null && s !== all[i].text)).toEqual([]);
    expect(result.sliced.filter((_, i) => all[i].text !== null)).toContain('（牵头单位：𠮷市民政局；配合单位：市住房城乡建设局、各区县人民政府）');
  });

  it('property: codepoint spans equal the UTF-16 spans mapped through the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('𠮷', '😀', '\u{2A6A5}'), { maxLength: 5 }), fc.array(fc.nat(PLAN.length), { minLength: 5, maxLength: 5 }), (astral, at) => {
        let text = PLAN;
        astral.forEach((ch, i) => (text = text.slice(0, at[i]) + ch + text.slice(at[i])));
        const a = parseDocument(text, { indicators: false });
        const b = parseDocument(text, { indicators: false, offsetUnit: 'codepoint' });
        const index = codePointIndex(text);
        expect(spans(b)).toEqual(spans(a).map((s) => ({ ...s, start: index(s.start), end: index(s.end) })));
        const points = Array.from(text);
        for (const s of spans(b)) if (s.text !== null) expect(points.slice(s.start, s.end).join('')).toBe(s.text);
      }),
      { numRuns: 30 },
    );
  });
});
