// Any page or Word body made of policy-like pieces and markup: the reader either gives text or
// fails with a PolicyParseError code; the document is schema-valid and its offsets slice back.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Document, PolicyParseError, flattenSections, parseDocumentAsync } from '../../../src/index.js';

const PIECES = ['一、总体要求', '（一）发展目标', '1.推进', '到2025年，覆盖率达到90%以上', '（牵头单位：市发展改革委）', '序号', '附件：', '\t', ' ', '&nbsp;', '&lt;', '　', '<', '>', '"'];
const TAGS = ['p', 'div', 'span', 'br', 'table', 'tr', 'td', 'th', 'script', 'style', 'a', 'ul', 'li', 'nav', 'b'];
const markup = fc.array(
  fc.oneof(
    fc.constantFrom(...PIECES),
    fc.constantFrom(...TAGS).map((t) => `<${t}>`),
    fc.constantFrom(...TAGS).map((t) => `</${t}>`),
    fc.tuple(fc.constantFrom('td', 'th'), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })).map(([t, r, c]) => `<${t} rowspan="${r}" colspan="${c}">`),
    fc.string({ maxLength: 4 }),
  ),
  { maxLength: 60 },
);

async function check(bytes: Uint8Array, path: string): Promise<void> {
  let doc: Document;
  try {
    doc = await parseDocumentAsync(bytes, { path, includeText: true, indicators: false });
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyParseError);
    expect((error as PolicyParseError).code).toMatch(/^PDP_(HTML_NO_TEXT|INPUT_EMPTY|INPUT_BINARY|ENCODING_UNDECODABLE)$/);
    return;
  }
  expect(Document.safeParse(doc).success).toBe(true);
  const text = doc.source.text as string;
  for (const t of doc.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  for (const s of flattenSections(doc.sections)) expect(text.slice(s.start, s.start + s.marker.length)).toBe(s.marker);
}

describe('readers on arbitrary markup', () => {
  it('html: text or a coded error; schema-valid; offsets slice back', async () => {
    await fc.assert(fc.asyncProperty(markup, async (parts) => check(strToU8(`<html><body>${parts.join('')}</body></html>`), 'page.html')), { numRuns: 150 });
  });

  it('docx: text or a coded error; schema-valid; offsets slice back', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = fc.array(fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }), fc.boolean(), fc.integer({ min: 0, max: 2 })), { maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(body, async (paragraphs) => {
        const xml = paragraphs
          .map(([runs, numbered, ilvl]) => `<w:p>${numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>` : ''}${runs.map((r) => `<w:r><w:t xml:space="preserve">${escape(r)}</w:t></w:r>`).join('')}</w:p>`)
          .join('');
        const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
        const docx = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${xml}</w:body></w:document>`), 'word/numbering.xml': strToU8(numbering) });
        await check(docx, 'plan.docx');
      }),
      { numRuns: 100 },
    );
  });
});
