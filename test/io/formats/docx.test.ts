// DOCX packages built here from XML, so each numbering and merging rule is tested on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../../src/io/formats/docx.js';
import { formatNumber } from '../../../src/io/formats/numbering.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text: string, num?: [number, number], style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ''}</w:pPr>${run(text)}</w:p>`;
const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const OUTLINE_LEVELS = level(0, 'chineseCounting', '%1、') + level(1, 'chineseCounting', '（%2）') + level(2, 'decimal', '%3.') + level(3, 'decimal', '（%4）');

function docx(body: string, numbering?: string, styles?: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${styles}</w:styles>`);
  for (const [name, xml] of Object.entries(extra)) files[name] = strToU8(xml);
  return zipSync(files);
}
const textOf = (bytes: Uint8Array) => docxToText(bytes).text.split('\n').filter(Boolean);

describe('docxToText: automatic numbering', () => {
  it('renders chineseCounting and decimal levels with their lvlText, deeper levels restarting under each parent', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${OUTLINE_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      para('总体要求', [1, 0]), para('发展目标', [1, 1]), para('基本原则', [1, 1]),
      para('重点任务', [1, 0]), para('夯实基础', [1, 1]), para('推进提速', [1, 2]), para('完善网络', [1, 2]), para('细项', [1, 3]),
      para('发展经济', [1, 1]), para('培育主体', [1, 2]), para('不编号的段落。'),
    ].join('');
    expect(textOf(docx(body, numbering))).toEqual([
      '一、总体要求', '（一）发展目标', '（二）基本原则',
      '二、重点任务', '（一）夯实基础', '1.推进提速', '2.完善网络', '（1）细项',
      '（二）发展经济', '1.培育主体', '不编号的段落。',
    ]);
  });

  it('restarts a list given a new w:num with startOverride; another w:num of the same list continues it', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const body = [para('甲', [1, 0]), para('乙', [1, 0]), para('丙', [2, 0]), para('丁', [3, 0]), para('戊', [3, 0]), para('己', [4, 0])].join('');
    expect(textOf(docx(body, numbering))).toEqual(['1.甲', '2.乙', '3.丙', '1.丁', '2.戊', '5.己']);
  });

  it('takes numbering from a paragraph style (with basedOn) and a level linked to the style', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>')}${level(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:styleId="H2x"><w:basedOn w:val="H2"/></w:style>`;
    const body = [para('总体要求', undefined, 'H1'), para('目标', undefined, 'H2'), para('原则', undefined, 'H2x'), para('重点任务', undefined, 'H1')].join('');
    expect(textOf(docx(body, numbering, styles))).toEqual(['一、总体要求', '（一）目标', '（二）原则', '二、重点任务']);
  });

  it('follows a list style: an abstract list with numStyleLink takes the levels of the one with the styleLink', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="GovOutline"/>${OUTLINE_LEVELS}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="GovOutline"/></w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>`;
    expect(textOf(docx(para('总体要求', [5, 0]) + para('目标', [5, 1]), numbering))).toEqual(['一、总体要求', '（一）目标']);
  });

  it('shows bullets as nothing and numId 0 as no number', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(textOf(docx(para('要点', [1, 0]) + para('正文', [0, 0]), numbering))).toEqual(['要点', '正文']);
  });

  it('formats every counting style a Chinese document uses', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 101, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百〇一', '一百一十']);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
  });
});

describe('docxToText: tables and what is left out', () => {
  const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('fills a vMerge cell into every row it covers and a gridSpan cell into every column; keeps the paragraphs of a cell apart', () => {
    const table = `<w:tbl>${[
      row(cell('序号'), cell('任务'), cell('牵头单位'), cell('配合单位')),
      row(cell('1'), cell('甲任务'), cell('市发展改革委', '<w:vMerge w:val="restart"/>'), cell('市财政局')),
      row(cell('2'), cell('乙任务'), cell('', '<w:vMerge/>'), cell('市商务局')),
      row(cell('3'), cell('丙任务'), cell('市教育局', '<w:gridSpan w:val="2"/>')),
      row(cell('4'), cell('丁任务'), cell('市卫生健康委'), `<w:tc>${para('基层处')}${para('医政处')}</w:tc>`),
      row(cell('合计：三项', '<w:gridSpan w:val="4"/>')),
    ].join('')}</w:tbl>`;
    expect(textOf(docx(table))).toEqual([
      '序号\t任务\t牵头单位\t配合单位',
      '1\t甲任务\t市发展改革委\t市财政局',
      '2\t乙任务\t市发展改革委\t市商务局',
      '3\t丙任务\t市教育局\t市教育局',
      '4\t丁任务\t市卫生健康委\t基层处 医政处', // (a cell's paragraphs stay apart: one unit a line)
      '合计：三项',
    ]);
  });

  it('leaves out deleted text, field codes, hidden runs and the fallback copy of drawn content', () => {
    const body = `<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1"><w:r><w:delText>删除</w:delText></w:r></w:del>`
      + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
      + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>`
      + `<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>框内</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框内</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`;
    expect(textOf(docx(body))).toEqual(['保留3框内']);
  });

  it('does not read headers, footers or comments (other parts of the package)', () => {
    const { text } = docxToText(readFileSync(join(FIXTURES, 'formats', 'policy.docx')));
    expect(text).not.toContain('规范性文件'); // the running header
    expect(text).not.toMatch(/—\s*1\s*—/); // the page-number footer
    expect(text).not.toContain('请核实'); // the comment
    expect(text).not.toContain('此句已删除'); // a tracked deletion
    expect(text.split('\n')[2]).toBe('一、总体要求');
  });

  it('fails with PDP_DOCX_INVALID on a damaged package', () => {
    const bytes = readFileSync(join(FIXTURES, 'formats', 'policy.docx')).subarray(0, 2000);
    expect(() => docxToText(bytes)).toThrowError(expect.objectContaining({ code: 'PDP_DOCX_INVALID' }));
    expect(() => docxToText(zipSync({ 'a.txt': strToU8('x') }))).toThrowError('not a readable .docx package (no word/document.xml)');
  });
});
