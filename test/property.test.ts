import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, flattenSections, parseDocument } from '../src/index.js';

/** Fragments of Chinese official writing, so random text hits the parsers' paths, not just noise. */
const FRAGMENTS = [
  '一、', '（二）', '(三)', '1.', '2．', '（1）', '①', '到2025年，', '达到', '60%以上', '不低于', '1000万元', '3-5年',
  '（牵头单位：市民政局；配合单位：市财政局）', '责任单位：区教育局、区人社局', '。', '；', '\n', '\r\n', '　', '附件', '注：',
  '〔2023〕12号', '2023年3月15日', '\n2022年11月31日\n', '\n二〇二三年二月二十九日\n', '某市人民政府办公室', '序号', '\t', '“', '”', '《', '》', '某', 'ab', ' ',
];

const policyText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Every span a document carries, with the text it claims to quote when it quotes one. */
function spans(doc: Document): Array<{ start: number; end: number; quoted?: string }> {
  return [
    ...flattenSections(doc.sections).map((s) => ({ start: s.start, end: s.end })),
    ...doc.targets.map((t) => ({ start: t.start, end: t.end, quoted: t.text })),
    ...doc.responsibilities.map((r) => ({ start: r.start, end: r.end, quoted: r.raw })),
    ...doc.notes.map((n) => ({ start: n.start, end: n.end })),
    ...doc.tables.map((t) => ({ start: t.start, end: t.end })),
  ];
}

describe('parseDocument on arbitrary text', () => {
  it.each([false, true])('never throws, passes the schema, and every span slices back (indicators: %s)', (indicators) => {
    fc.assert(
      fc.property(policyText, (text) => {
        const doc = parseDocument(text, { indicators });
        expect(Document.safeParse(doc).success).toBe(true);
        expect(doc.source.chars).toBe(text.charCodeAt(0) === 0xfeff ? text.length - 1 : text.length);
        const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        for (const span of spans(doc)) {
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.end).toBeLessThanOrEqual(source.length);
          if (span.quoted !== undefined) expect(source.slice(span.start, span.end)).toBe(span.quoted);
        }
      }),
      { numRuns: indicators ? 100 : 300 },
    );
  });

  it('never throws on arbitrary bytes: a document or a PolicyParseError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(Document.safeParse(parseDocument(bytes, { indicators: false })).success).toBe(true);
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^PDP_(INPUT_BINARY|ENCODING_UNDECODABLE)$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
