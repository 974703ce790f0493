import { describe, expect, it } from 'vitest';
import { buildDocumentIndex } from '../../../src/parse/segment/index.js';
import { onTitleLine } from '../../../src/parse/segment/titleLines.js';
import { findCandidates } from '../../../src/parse/targets/index.js';

/** Start and end of the first occurrence of `piece` in `text`. */
const spanOf = (text: string, piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length });
const targetTexts = (text: string) => findCandidates(text).map((c) => text.slice(c.start, c.end));

const NOTICE = [
  '某县人民政府办公室关于印发某县2024年职业教育工作要点的通知', // 0
  '某政办发〔2024〕3号', // 1
  '各乡镇人民政府，县直各单位：', // 2
  '《某县2024年职业教育工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。', // 3
  '某县人民政府办公室', // 4
  '2024年3月8日', // 5
  '', // 6
  '某县2024年职业教育工作要点', // 7
  '为推进职业教育发展，制定本要点。', // 8
  '一、工作目标', // 9
  '到2025年，建成3所示范学校。', // 10
].join('\n');

describe('title facts of the index: a notice wrapper and a plan title on lines of their own', () => {
  const index = buildDocumentIndex(NOTICE);

  it('records the notice title and the plan title as title lines, nothing else', () => {
    expect(index.titleLines).toEqual([0, 7]);
  });

  it('records the wrapper: the 文号, the 主送 line and the signature date, by paragraph', () => {
    expect(index.wrapper).toEqual({ docNumber: { paragraph: 1, value: '某政办发〔2024〕3号' }, recipients: 2, signatureDate: 5 });
    const { paragraphs } = index;
    expect({ start: paragraphs[1].start, end: paragraphs[1].end }).toEqual(spanOf(NOTICE, '某政办发〔2024〕3号'));
    expect({ start: paragraphs[2].start, end: paragraphs[2].end }).toEqual(spanOf(NOTICE, '各乡镇人民政府，县直各单位：'));
    expect({ start: paragraphs[5].start, end: paragraphs[5].end }).toEqual(spanOf(NOTICE, '2024年3月8日'));
  });

  it('puts the wrapper before the title block, and the plan title in it', () => {
    expect(index.titleBlock.first).toBe(6);
    expect(index.titleBlock.next).toBe(7);
    expect(index.titleBlock.titleParagraphs.map((p) => ({ start: p.start, end: p.end }))).toEqual([spanOf(NOTICE, '某县2024年职业教育工作要点\n为')].map((s) => ({ start: s.start, end: s.end - 2 })));
  });

  it('answers whether a span lies on a title line', () => {
    const inNoticeTitle = NOTICE.indexOf('2024');
    const inPlanTitle = NOTICE.indexOf('2024', NOTICE.indexOf('\n\n'));
    expect(onTitleLine(index, inNoticeTitle, inNoticeTitle + 5)).toBe(true);
    expect(onTitleLine(index, inPlanTitle, inPlanTitle + 5)).toBe(true);
    expect(onTitleLine(index, NOTICE.indexOf('2025'), NOTICE.indexOf('2025') + 5)).toBe(false);
    // (a span running on past its line's end is not on that line)
    expect(onTitleLine(index, inNoticeTitle, NOTICE.indexOf('某政办发'))).toBe(false);
  });

  it('drops the years of both titles as targets; the signature date, on no title line, stays', () => {
    expect(targetTexts(NOTICE)).toEqual(['2024年3月8日', '到2025年', '3所']);
  });
});

describe('title facts: a title over two lines, an attachment title, a flattened header', () => {
  it('joins a title over two lines in the title block; only its line ending in the genre word is a title line', () => {
    const text = '某市推进数字经济高质量发展\n三年行动计划\n\n一、总体要求\n到2025年，数字经济核心产业增加值达到500亿元。\n';
    const index = buildDocumentIndex(text);
    expect(index.titleLines).toEqual([1]);
    expect(index.titleBlock.title).toBe('某市推进数字经济高质量发展三年行动计划');
    expect(index.titleBlock.titleParagraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 13],
      [14, 20],
    ]);
    expect(index.wrapper).toEqual({ docNumber: null, recipients: null, signatureDate: null });
  });

  it('treats an attachment title standing on its own line as a title line, and an attachment line with a colon as none', () => {
    const text = ['一、目标', '到2025年完成改造120户。', '附件', '某县2024年农村人居环境整治实施方案', '附件：2024年重点任务清单'].join('\n');
    const index = buildDocumentIndex(text);
    expect(index.titleLines).toEqual([3]);
    expect(targetTexts(text)).toEqual(['到2025年', '120户', '2024年']);
    expect(findCandidates(text)[2].start).toBe(text.lastIndexOf('2024年'));
  });

  it('finds the wrapper of a flattened header among the paragraphs cut out of its one line, which is no title line', () => {
    const glued =
      '癸县人民政府办公室关于印发癸县2024年智慧农业发展工作方案的通知癸政办发〔2024〕3号各乡镇人民政府、街道办事处，县政府各部门：' +
      '《癸县智慧农业发展工作方案》已经县政府同意，现印发给你们，请认真组织实施。癸县人民政府办公室2024年3月8日' +
      '癸县智慧农业发展工作方案为推进农业数字化转型，制定本方案。' +
      '一、总体目标到2026年建成10个数字农业基地。二、重点任务（一）建设农业大数据平台。（二）推广智能农机。';
    const index = buildDocumentIndex(glued);
    expect(index.lines).toHaveLength(1);
    expect(index.titleLines).toEqual([]);
    const spans = index.paragraphs.slice(0, 7).map((p) => p.text);
    expect(spans).toEqual([
      '癸县人民政府办公室关于印发癸县2024年智慧农业发展工作方案的通知',
      '癸政办发〔2024〕3号',
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '《癸县智慧农业发展工作方案》已经县政府同意，现印发给你们，请认真组织实施。',
      '癸县人民政府办公室',
      '2024年3月8日',
      '癸县智慧农业发展工作方案',
    ]);
    expect(index.wrapper).toEqual({ docNumber: { paragraph: 1, value: '癸政办发〔2024〕3号' }, recipients: 2, signatureDate: 5 });
    expect([index.paragraphs[5].start, index.paragraphs[5].end]).toEqual([glued.indexOf('2024年3月8日'), glued.indexOf('2024年3月8日') + 9]);
    // (the notice title's year is on no title line: a flattened text keeps it as a candidate)
    expect(targetTexts(glued)[0]).toBe('2024年');
  });

  it('reads title lines whatever breaks the lines (bare \\r, U+2028)', () => {
    const text = '某县2024年职业教育工作要点\r到2025年建成3所学校。\u2028附件\u2028某县2024年实施方案';
    const index = buildDocumentIndex(text);
    expect(index.titleLines).toEqual([0, 3]);
    expect(targetTexts(text)).toEqual(['到2025年', '3所']);
  });
});
