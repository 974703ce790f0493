import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, flattenSections, parseDocument, type Document } from '../../src/index.js';
import { documentSpans, headingSpan, highlightText, utf16Offsets, type HighlightSpan } from '../../src/report/index.js';
import { SEEDS } from '../helpers/fixtures.js';

const span = (kind: HighlightSpan['kind'], index: number, start: number, end: number): HighlightSpan => ({ kind, index, start, end });

/** The text back from highlighted HTML: tags removed, entities decoded. */
const unmark = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as string]!);

describe('highlightText', () => {
  it('wraps spans, escaping the text inside and around them', () => {
    expect(highlightText('a<b>c', [span('target', 0, 1, 4)])).toBe('a<mark class="hl hl-target" data-k="target" data-i="0" id="t0">&lt;b&gt;</mark>c');
  });

  it('nests a target inside a heading, outer first', () => {
    expect(highlightText('一、到2025年目标', [span('target', 3, 2, 7), span('heading', 0, 0, 10)])).toBe(
      '<mark class="hl hl-heading" data-k="heading" data-i="0" id="h0">一、<mark class="hl hl-target" data-k="target" data-i="3" id="t3">到2025</mark>年目标</mark>',
    );
  });

  it('splits a span that crosses the end of its enclosing one; the continuation has no id', () => {
    const html = highlightText('abcdef', [span('list', 0, 0, 3), span('target', 1, 2, 5)]);
    expect(html).toBe(
      '<mark class="hl hl-list" data-k="list" data-i="0" id="l0">ab<mark class="hl hl-target" data-k="target" data-i="1" id="t1">c</mark></mark>' +
        '<mark class="hl hl-target cont" data-k="target" data-i="1">de</mark>f',
    );
  });

  it('drops empty spans and keeps the text whole', () => {
    expect(highlightText('abc', [span('target', 0, 1, 1)])).toBe('abc');
  });

  it('never loses or repeats text, and draws each span once (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, unit: fc.constantFrom('a', '中', '<', '&', '\n', '"') }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('target', 'list', 'heading') as fc.Arbitrary<HighlightSpan['kind']>), { maxLength: 12 }),
        (text, raw) => {
          const spans = raw.map(([a, b, kind], index) => {
            const x = text.length ? a % (text.length + 1) : 0;
            const y = text.length ? b % (text.length + 1) : 0;
            return span(kind, index, Math.min(x, y), Math.max(x, y));
          });
          const html = highlightText(text, spans);
          expect(unmark(html)).toBe(text);
          const opened = [...html.matchAll(/<mark class="hl hl-\w+" data-k="(\w+)" data-i="(\d+)" id=/g)].map((m) => `${m[1]}${m[2]}`).sort();
          expect(opened).toEqual(spans.filter((s) => s.end > s.start).map((s) => `${s.kind}${s.index}`).sort());
          expect(html.match(/<mark/g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('documentSpans on the seeds', () => {
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    it(`${name}: one span per target, list and heading, each slicing back`, () => {
      const bytes = readFileSync(join(SEEDS, name));
      const text = decode(bytes).text;
      const doc = parseDocument(bytes, { path: name });
      const { spans, dropped } = documentSpans(doc, text);
      expect(dropped).toEqual([]);
      const count = (kind: string) => spans.filter((s) => s.kind === kind).length;
      expect([count('target'), count('list'), count('heading')]).toEqual([doc.targets.length, doc.responsibilities.length, flattenSections(doc.sections).length]);
      for (const s of spans) {
        if (s.kind === 'target') expect(text.slice(s.start, s.end)).toBe(doc.targets[s.index].text);
        if (s.kind === 'list') expect(text.slice(s.start, s.end)).toBe(doc.responsibilities[s.index].raw);
        if (s.kind === 'heading') {
          const section = flattenSections(doc.sections)[s.index];
          // Marker, perhaps a blank, heading: 「（3） 深化职业教育产教融合」.
          const quoted = text.slice(s.start, s.end);
          expect(quoted.startsWith(section.marker) && quoted.endsWith(section.heading)).toBe(true);
          expect(quoted.slice(section.marker.length, quoted.length - section.heading.length).trim()).toBe('');
        }
      }
      expect(unmark(highlightText(text, spans))).toBe(text);
    });
  }
});

describe('offsets', () => {
  const text = '一、𠮷城工作目标\n到2025年，覆盖率达到90%以上。';
  const doc = parseDocument(text, { path: 'x.txt' });

  it('uses UTF-16 offsets as they are', () => {
    const t = doc.targets.find((x) => x.text.includes('90%'))!;
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(documentSpans(doc, text).dropped).toEqual([]);
  });

  it('converts code-point offsets when the document says so', () => {
    const toCodePoints = (o: number) => [...text.slice(0, o)].length;
    const converted: Document = {
      ...doc,
      source: { ...doc.source, offsetUnit: 'codepoint' } as Document['source'],
      targets: doc.targets.map((t) => ({ ...t, start: toCodePoints(t.start), end: toCodePoints(t.end) })),
      responsibilities: [],
      sections: [],
    };
    const at = utf16Offsets(converted, text);
    expect(at(3)).toBe(4); // after 一、𠮷: the surrogate pair is two code units
    const { spans, dropped } = documentSpans(converted, text);
    expect(dropped).toEqual([]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(doc.targets.map((t) => t.text));
  });

  it('drops a span that does not slice back, with the reason', () => {
    const broken: Document = { ...doc, targets: doc.targets.map((t) => ({ ...t, start: t.start + 1, end: t.end + 1 })) };
    const { dropped } = documentSpans(broken, text);
    expect(dropped.map((d) => [d.kind, d.reason])).toEqual(doc.targets.map(() => ['target', 'does not slice back to its text']));
  });

  it('finds a heading after its marker, or falls back to the marker', () => {
    expect(headingSpan({ start: 0, marker: '一、', heading: '工作目标' }, '一、工作目标。')).toEqual({ start: 0, end: 6 });
    expect(headingSpan({ start: 0, marker: '一、', heading: '工作目标' }, '一、 工作目标')).toEqual({ start: 0, end: 7 });
    expect(headingSpan({ start: 0, marker: '一、', heading: '别处' }, '一、工作目标。别处')).toEqual({ start: 0, end: 2 });
  });
});
