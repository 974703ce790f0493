import { describe, expect, it } from 'vitest';
import { buildDocumentIndex } from '../../../src/parse/segment/index.js';
import { lineCells, lineCellsWithin, lineSpansWithin, rowAround, tabCellAt } from '../../../src/parse/segment/cells.js';
import { tableAt, tableCellAt } from '../../../src/parse/segment/tableLayout.js';

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('cells of the text index', () => {
  it('splits a line at its tabs, blanks kept, offsets into the text', () => {
    const text = '说明\n序号\t 任务 \t牵头单位\n';
    const index = buildDocumentIndex(text);
    const cells = lineCells(index, 1);
    expect(cells).toEqual([
      { start: 3, end: 5 },
      { start: 6, end: 10 },
      { start: 11, end: 15 },
    ]);
    expect(cells.map((c) => slice(text, c))).toEqual(['序号', ' 任务 ', '牵头单位']);
    // Clipped to a part of the line: what splitting that slice at its tabs gives.
    expect(lineCellsWithin(index, 1, 4, 8).map((c) => slice(text, c))).toEqual(['号', ' 任']);
    // Only lines with a tab keep cells; another line is one cell, itself.
    expect([index.cells.tabbedLines, index.cells.firstCell]).toEqual([[1], [0, 3]]);
    expect(lineCells(index, 0)).toEqual([{ start: 0, end: 2 }]);
  });

  it('finds the cell holding an offset; an offset on a tab belongs to the cell the tab ends', () => {
    const text = '1\t培训1万人\t2022年底\n';
    const index = buildDocumentIndex(text);
    expect(tabCellAt(index, text.indexOf('2022'))).toEqual({ start: 8, end: 14, column: 2, columns: 3 });
    expect(tabCellAt(index, text.indexOf('\t', 2))).toEqual({ start: 2, end: 7, column: 1, columns: 3 });
    expect(tabCellAt(index, 0)).toEqual({ start: 0, end: 1, column: 0, columns: 3 });
  });

  it('keeps a run of lines of two or more cells as a body-table region, blank lines skipped', () => {
    const text = '一、目标\n表1 主要指标\n指标\t目标值\n\n床位数\t500张\n养老机构\t20家\n说明：略\n\t缩进的一段。\n';
    const index = buildDocumentIndex(text);
    expect(index.cells.cellRuns).toEqual([{ first: 2, last: 5 }]);
    expect(index.tables.map((t) => [t.title, t.columns, t.rows, t.start])).toEqual([
      ['表1 主要指标', ['指标', '目标值'], [['床位数', '500张'], ['养老机构', '20家']], text.indexOf('指标\t')],
    ]);
  });

  it('reads the title line above a body table for every line-break kind', () => {
    for (const br of ['\n', '\r\n', '\r', '\u2028']) {
      const text = ['一、目标', '表1 主要指标', '指标\t目标值', '床位数\t500张', '养老机构\t20家'].join(br);
      expect(buildDocumentIndex(text).tables.map((t) => t.title)).toEqual(['表1 主要指标']);
    }
  });

  it('finds the row around an offset: its line of cells, or its block of tab-led one-cell lines', () => {
    const text = '序号\t任务\t时限\n\n\t1\n\t培训1万人\n\t2022年\n\n\t2\n\t建设5个基地\n\t2023年底\n\n正文一段。';
    const index = buildDocumentIndex(text);
    expect(index.cells.rowLines).toEqual([0]);
    expect(index.cells.tabBlocks).toEqual([
      { first: 2, last: 4 },
      { first: 6, last: 8 },
    ]);
    expect(slice(text, rowAround(index, text.indexOf('任务')))).toBe('序号\t任务\t时限');
    expect(slice(text, rowAround(index, text.indexOf('1万人')))).toBe('\t1\n\t培训1万人\n\t2022年');
    expect(slice(text, rowAround(index, text.indexOf('5个')))).toBe('\t2\n\t建设5个基地\n\t2023年底');
    expect(rowAround(index, text.indexOf('正文'))).toBeNull();
    expect(rowAround(index, text.indexOf('\n\n') + 1)).toBeNull(); // a blank line
  });

  it('takes no long line for a row: a flattened document is text', () => {
    const text = `1\t${'甲'.repeat(2000)}\t2022年`;
    const index = buildDocumentIndex(text);
    expect(index.cells.rowLines).toEqual([]);
    expect(rowAround(index, 3)).toBeNull();
  });

  it('gives the non-blank lines of a span, trimmed', () => {
    const text = '甲\n  乙 \n\n丙丁';
    const index = buildDocumentIndex(text);
    expect(lineSpansWithin(index, 0, text.length).map((s) => slice(text, s))).toEqual(['甲', '乙', '丙丁']);
    expect(lineSpansWithin(index, text.indexOf('乙'), text.length - 1).map((s) => slice(text, s))).toEqual(['乙', '丙']);
  });
});

describe('tables of the text index', () => {
  it('finds the table, row and cell holding an offset by binary search', () => {
    const text = '一、主要任务\n加快建设。\n附件\n序号\n任务\n完成时限\n1\n新建污水管网60公里\n2025年6月底前\n2\n改造泵站3座\n2024年底前';
    const index = buildDocumentIndex(text);
    expect(index.tail.attachment).toBe(2);
    expect(index.tables.map((t) => [t.columns, t.start, t.end])).toEqual([[['序号', '任务', '完成时限'], text.indexOf('序号'), text.length]]);
    expect(tableAt(index, text.indexOf('改造'))).toBe(0);
    expect(tableAt(index, text.indexOf('加快'))).toBe(-1);
    const at = text.indexOf('3座');
    expect(tableCellAt(index, at, at + 2)).toEqual({ table: 0, cell: { start: text.indexOf('改造'), end: text.indexOf('改造') + 6, row: 1, column: 1 } });
    // A header cell is in the table but no row's cell.
    expect(tableCellAt(index, text.indexOf('任务'), text.indexOf('任务') + 2)).toBeNull();
  });

  it('gives a merged cell the first row it fills', () => {
    const text = '序号\t任务\t牵头单位\n1\t甲任务\t市教育局\n2\t乙任务\t\n3\t丙任务\t市财政局';
    const index = buildDocumentIndex(text);
    const [table] = index.tables;
    expect(table!.rows).toEqual([['1', '甲任务', '市教育局'], ['2', '乙任务', '市教育局'], ['3', '丙任务', '市财政局']]);
    expect(table!.cellSpans[1]![2]).toEqual(table!.cellSpans[0]![2]);
    const at = text.indexOf('市教育局');
    expect(tableCellAt(index, at, at + 4)).toEqual({ table: 0, cell: { start: at, end: at + 4, row: 0, column: 2 } });
    expect(index.tableCells[0]!.map((c) => [c.row, c.column])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0], [2, 1], [2, 2]]);
  });
});
