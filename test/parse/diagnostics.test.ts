// Diagnostics as data (issue 11): each warning names its rule, severity and span; targets say how
// their indicator was found. Made-up inputs, exact values.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const warningsOf = (text: string) => parseDocument(text).warnings;

describe('warnings carry rule, severity and span', () => {
  it('a numbering gap spans the marker that skips', () => {
    const text = '一、总体要求\n（一）工作目标\n（三）保障措施\n';
    expect(warningsOf(text)).toEqual([
      {
        code: 'NUMBERING_GAP',
        message: '（三） skips from 1 to 3',
        start: text.indexOf('（三）'),
        end: text.indexOf('（三）') + 3,
        severity: 'warning',
        rule: 'outline.numbering-gap',
      },
    ]);
  });

  it('a list label naming no unit is noted and no list is read', () => {
    const text = '一、重点任务\n（一）加强监管，开展检查（责任单位：另行通知）。\n（二）完善制度。';
    const doc = parseDocument(text);
    expect(doc.responsibilities).toEqual([]);
    expect(doc.warnings).toEqual([
      {
        code: 'LIST_WITHOUT_UNITS',
        message: 'list label 责任单位： names no unit, no list read',
        start: text.indexOf('（责任单位'),
        end: text.indexOf('）。') + 1,
        severity: 'info',
        rule: 'responsibilities.list-without-units',
      },
    ]);
  });

  it('a 责任单位 column whose cells name no unit is doubted, spanning its table', () => {
    const text = '一、重点任务\n推进以下任务。\n序号\t任务\t责任单位\n1\t建设平台\t2024年底\n2\t完善机制\t2025年\n';
    const doc = parseDocument(text);
    expect(doc.responsibilities).toEqual([]);
    expect(doc.warnings).toEqual([
      {
        code: 'UNIT_COLUMN_WITHOUT_UNITS',
        message: 'column 责任单位 of table 0 reads as a unit column but no cell names a unit',
        start: doc.tables[0]!.start,
        end: doc.tables[0]!.end,
        severity: 'warning',
        rule: 'responsibilities.unit-column-without-units',
      },
    ]);
    expect(doc.tables[0]!.start).toBe(text.indexOf('序号'));
  });

  it('a column that does name units raises nothing', () => {
    const text = '一、重点任务\n推进以下任务。\n序号\t任务\t责任单位\n1\t建设平台\t市发展改革委\n2\t完善机制\t2025年\n';
    const doc = parseDocument(text);
    expect(doc.responsibilities.map((r) => r.raw)).toEqual(['市发展改革委']);
    expect(doc.warnings).toEqual([]);
  });

  it("a deadline before the document's own year is noted on its target", () => {
    const text = '一、发展基础\n截至2023年底，已建成示范点42家。\n二、目标\n到2026年，建成示范点80家。\n\n某市人民政府\n2024年3月1日';
    const doc = parseDocument(text);
    expect(doc.meta.issueDate).toBe('2024-03-01');
    expect(doc.warnings).toEqual([
      {
        code: 'DEADLINE_BEFORE_DOCUMENT',
        message: "deadline 2023 of 42家 is before the document's year 2024",
        start: text.indexOf('42家'),
        end: text.indexOf('42家') + 3,
        severity: 'info',
        rule: 'targets.deadline-before-document',
      },
    ]);
  });

  it('without a signature date no deadline is doubted', () => {
    expect(warningsOf('一、发展基础\n截至2023年底，已建成示范点42家。')).toEqual([]);
  });

  it('every span slices back and codepoint offsets convert end as well as start', () => {
    const text = '𠮷𠮷一、总体要求\n（一）工作目标\n（三）保障措施\n';
    const doc = parseDocument(text, { offsetUnit: 'codepoint' });
    const points = [...text];
    expect(doc.warnings.map((w) => points.slice(w.start!, w.end!).join(''))).toEqual(['（三）']);
  });
});

describe('indicatorSource: how the indicator was found', () => {
  const sources = (text: string) => parseDocument(text).targets.map((t) => [t.text, t.indicator, t.indicatorSource]);

  it('clause: the subject of its own clause; null for a date', () => {
    expect(sources('到2025年，全市养老机构护理型床位占比达到60%以上。')).toEqual([
      ['到2025年', null, null],
      ['达到60%以上', '全市养老机构护理型床位占比', 'clause'],
    ]);
  });

  it('sentence: the subject of the clause before, when the clause only states a change', () => {
    expect(sources('全市居民健康素养水平达到30%，较2022年提高5个百分点。')).toEqual([
      ['达到30%', '全市居民健康素养水平', 'clause'],
      ['2022年', null, null],
      ['5个百分点', '全市居民健康素养水平较2022年提高', 'sentence'],
    ]);
  });

  it('label: a label before a colon, or a label line above a subjectless clause', () => {
    expect(sources('落实教师薪酬分配：原则上不低于80%。')).toEqual([['不低于80%', '教师薪酬分配', 'label']]);
    expect(sources('一、主要指标\n1.血压控制率\n2025年达到60%\n')).toEqual([
      ['2025年', null, null],
      ['达到60%', '血压控制率', 'label'],
    ]);
  });

  it('null when indicators are not read', () => {
    const doc = parseDocument('全市居民健康素养水平达到30%。', { indicators: false });
    expect(doc.targets.map((t) => [t.indicator, t.indicatorSource])).toEqual([[null, null]]);
  });
});

describe('flat tables carry the new fields', () => {
  it('diagnostics rows: severity, rule and end from the warning; targets rows: both sources', async () => {
    const { tableRows } = await import('../../src/export/index.js');
    const text = '一、总体要求\n（一）工作目标\n（三）全市居民健康素养水平达到30%。\n';
    const doc = parseDocument(text);
    const gap = text.indexOf('（三）');
    expect(tableRows(doc, 'diagnostics')).toEqual([
      { docId: doc.docId, index: 0, severity: 'warning', code: 'NUMBERING_GAP', message: '（三） skips from 1 to 3', start: gap, end: gap + 3, rule: 'outline.numbering-gap' },
    ]);
    expect(tableRows(doc, 'targets').map((r) => [r.text, r.indicator, r.indicatorSource, r.deadlineSource])).toEqual([['达到30%', '全市居民健康素养水平', 'clause', null]]);
  });
});
