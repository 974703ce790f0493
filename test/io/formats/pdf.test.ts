import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextLayer, dropAutospace, pageLines, paragraphsOf, pdfToText, removeRunningLines, type PdfLine } from '../../../src/io/formats/pdf.js';
import { FIXTURES } from '../../helpers/fixtures.js';

/** A one-page PDF whose content stream is `content` (objects with their real byte offsets). */
function minimalPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A line as the page grouping makes it: one run per text piece. */
function line(page: number, y: number, x0: number, text: string, size = 16): PdfLine {
  const x1 = x0 + text.length * size;
  return { page, x0, x1, y, size, text, runs: [{ x: x0, y, end: x1, size, text }] };
}

describe('pdfToText', () => {
  it('reads the LibreOffice export of the fixture: no running header, no page numbers, paragraphs whole', async () => {
    const { text } = await pdfToText(readFileSync(join(FIXTURES, 'formats', 'policy.pdf')));
    const lines = text.split('\n');
    expect(lines[0]).toBe('某市数字乡村建设三年行动方案（2024—2026年）'); // a title wrapped over two lines, joined
    expect(text).not.toContain('规范性文件');
    expect(text).not.toMatch(/—\s*\d+\s*—/);
    expect(lines).toContain('1.推进农村网络提速。新建5G基站800个，实现千兆光网进村。（牵头单位：市通信管理办公室；配合单位：市发展改革委、各县区人民政府）');
    expect(lines).toContain('3\t建设数字农业示范基地20个\t市农业农村局\t市科技局\t2026年底'); // a cell wrapped over three lines
  });

  it('fails with PDP_PDF_NO_TEXT on pages without a text layer', async () => {
    await expect(pdfToText(minimalPdf('0 0 1 rg 100 100 300 300 re f'))).rejects.toMatchObject({ code: 'PDP_PDF_NO_TEXT', message: expect.stringContaining('ocrmypdf') });
  });

  it('fails with PDP_PDF_INVALID on bytes that are no PDF', async () => {
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.4\nnot really'))).rejects.toMatchObject({ code: 'PDP_PDF_INVALID' });
  });
});

describe('PDF layout rules', () => {
  it('drops page numbers (— 3 —, 第3页, 3/10) and lines repeated at the edges of the pages', () => {
    const page = (n: number, body: string) => [line(n, 800, 200, '某某办公室文件'), line(n, 700, 72, body), line(n, 60, 280, `— ${n} —`)];
    const kept = removeRunningLines([page(1, '一、总体要求'), page(2, '二、重点任务'), page(3, '三、保障措施')]);
    expect(kept.map((p) => p.map((l) => l.text))).toEqual([['一、总体要求'], ['二、重点任务'], ['三、保障措施']]);
    expect(removeRunningLines([[line(1, 700, 72, '正文'), line(1, 60, 280, '第1页 共2页')]])[0].map((l) => l.text)).toEqual(['正文']);
  });

  it('joins the lines of a paragraph without spaces and starts one at an indent, an outline number or a short line', () => {
    const lines = [
      line(1, 700, 104, '（一）发展目标。到2026年，全市行政村网络'), // indented: starts
      line(1, 680, 72, '通达率达到95%以上。'), // flush left after a full line: continues; stops short
      line(1, 660, 72, '1.推进农村网络提速。新建基站八百个，实'), // outline number
      line(1, 640, 72, '现千兆光网进村，覆盖率达到百分之九十。'),
    ];
    lines[0].x1 = lines[2].x1 = lines[3].x1 = 72 + 20 * 16;
    expect(paragraphsOf([lines])).toEqual(['（一）发展目标。到2026年，全市行政村网络通达率达到95%以上。', '1.推进农村网络提速。新建基站八百个，实现千兆光网进村，覆盖率达到百分之九十。']);
  });

  it('drops the space pdf.js writes between Chinese and Latin (autospace), keeps spaces between words', () => {
    expect(dropAutospace('到 2026 年，建成 5G 基站 800 个，open data 平台')).toBe('到2026年，建成5G基站800个，open data平台');
  });

  it('refuses a text layer of replacement or private-use characters (fonts without a Unicode map)', () => {
    expect(() => checkTextLayer('\ue001\ue002\ue003\ufffd'.repeat(10) + '一、总体要求', 2, 'PDF')).toThrowError(expect.objectContaining({ code: 'PDP_PDF_NO_UNICODE' }));
    expect(() => checkTextLayer('一、总体要求。到2025年，覆盖率达到90%以上，新建基站八百个。', 1, 'PDF')).not.toThrow();
    expect(() => checkTextLayer('— 1 —', 1, 'PDF')).toThrowError(expect.objectContaining({ code: 'PDP_PDF_NO_TEXT' }));
  });

  it('puts a glyph from another font back into the space pdf.js left for it in the run (“双高”)', () => {
    // 11-point glyphs: the Chinese run has spaces where the quotes sit; the quotes come as runs of their own.
    const run = (x: number, text: string) => ({ x, y: 500, end: x + [...text].length * 11, size: 11, text });
    const lines = pageLines([run(90, '实施省级 双高 建设项目'), run(134, '“'), run(167, '”')], 1);
    expect(lines.map((l) => l.text)).toEqual(['实施省级“双高”建设项目']);
  });

  it('keeps a paragraph whole when a word processor moved an unbreakable number down (a line a few characters short, no closing punctuation)', () => {
    const full = 72 + 20 * 16;
    const lines = [line(1, 700, 104, '《某某行动计划（2024—2026'), line(1, 680, 72, '年）》已经区政府同意，现印发给你们，请认真按照执行。'), line(1, 660, 104, '一、总体要求')];
    lines[0].x1 = full - 3 * 16; // three characters short of the margin
    lines[1].x1 = full;
    expect(paragraphsOf([lines])).toEqual(['《某某行动计划（2024—2026年）》已经区政府同意，现印发给你们，请认真按照执行。', '一、总体要求']);
  });

  it('reads a table by the columns of its header row: wrapped cells kept whole, and it ends at the next attachment heading', () => {
    const run = (x: number, y: number, text: string) => ({ x, y, end: x + [...text].length * 10, size: 10, text });
    const runs = [
      run(72, 700, '序号'), run(110, 700, '任务'), run(260, 700, '牵头单位'), run(380, 700, '完成时限'),
      run(72, 680, '1'), run(110, 680, '建设数字农业示范'), run(260, 680, '市农业农村局'), run(380, 680, '2026年底'),
      run(110, 668, '基地20个'),
      run(72, 648, '2'), run(110, 648, '培育电商主体'), run(260, 648, '市商务局'), run(380, 648, '2024年底'),
      run(72, 620, '附件2'),
    ];
    expect(paragraphsOf([pageLines(runs, 1)])).toEqual([
      '序号\t任务\t牵头单位\t完成时限',
      '1\t建设数字农业示范基地20个\t市农业农村局\t2026年底',
      '2\t培育电商主体\t市商务局\t2024年底',
      '附件2',
    ]);
  });

  it('takes one moderate gap on a line for stretched justified text, not for a column break', () => {
    const run = (x: number, text: string) => ({ x, y: 500, end: x + [...text].length * 10, size: 10, text });
    expect(pageLines([run(72, '建立健全工作机制，'), run(177, '加强统筹协调')], 1)[0].text).toBe('建立健全工作机制，加强统筹协调');
    expect(pageLines([run(72, '序号'), run(110, '任务'), run(200, '牵头单位')], 1)[0].text).toBe('序号\t任务\t牵头单位');
  });
});

