import { describe, expect, it } from 'vitest';
import { findTableLists, rowNumber } from '../../../src/parse/responsibilities/tableLists.js';
import type { Table } from '../../../src/schema/table.js';

/** A table over `text` whose cells are the given strings, located by search from the table start. */
function tableOver(text: string, columns: string[], rows: string[][]): Table {
  let cursor = text.indexOf(rows[0][0]);
  const cellSpans = rows.map((row) =>
    row.map((cell) => {
      if (!cell) return null;
      const start = text.indexOf(cell, cursor);
      cursor = start + cell.length;
      return { start, end: start + cell.length };
    }),
  );
  return { title: '任务清单', columns, rows, start: text.indexOf(columns[0]), end: text.length, cellSpans };
}

describe('findTableLists', () => {
  const text = [
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '1\t建设养老服务中心\t市民政局\t市发展改革委、市财政局\t2024年',
    '2\t推广家庭养老床位\t市民政局\t\t2025年',
    '3\t发展银发经济\t市商务局\t市民政局\n市市场监管局\t持续推进',
  ].join('\n');
  const rows = [
    ['1', '建设养老服务中心', '市民政局', '市发展改革委、市财政局', '2024年'],
    ['2', '推广家庭养老床位', '市民政局', '', '2025年'],
    ['3', '发展银发经济', '市商务局', '市民政局\n市市场监管局', '持续推进'],
  ];
  const table = tableOver(text, ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], rows);

  it('gives one list per responsibility cell, carrying the table and the row 序号', () => {
    const lists = findTableLists(text, [table]);
    expect(lists.map((l) => [l.table, l.row, text.slice(l.start, l.end)])).toEqual([
      [0, 1, '市民政局'],
      [0, 1, '市发展改革委、市财政局'],
      [0, 2, '市民政局'],
      [0, 3, '市商务局'],
      [0, 3, '市民政局\n市市场监管局'],
    ]);
    expect(lists[0].units).toEqual([{ name: '市民政局', role: 'lead' }]);
    expect(lists[1].units).toEqual([
      { name: '市发展改革委', role: 'support' },
      { name: '市财政局', role: 'support' },
    ]);
    expect(lists[4].units.map((u) => `${u.name}:${u.role}`)).toEqual(['市民政局:support', '市市场监管局:support']);
  });

  it('lists a cell merged over rows of one item once, and reads division columns only without unit columns', () => {
    const t = '序号\t任务\t牵头单位\t内设牵头处室\n1\t甲\t市卫生健康委\t基层处\n\t乙\t\t医政处';
    const merged = tableOver(t, ['序号', '任务', '牵头单位', '内设牵头处室'], [['1', '甲', '市卫生健康委', '基层处'], ['', '乙', '', '医政处']]);
    merged.rows[1] = ['1', '乙', '市卫生健康委', '医政处'];
    merged.cellSpans[1][0] = merged.cellSpans[0][0];
    merged.cellSpans[1][2] = merged.cellSpans[0][2];
    const lists = findTableLists(t, [merged]);
    expect(lists.map((l) => [l.row, t.slice(l.start, l.end)])).toEqual([[1, '市卫生健康委']]);
    const divisions = '序号\t任务\t牵头处室\n1\t甲\t基层处、医政处';
    const only = tableOver(divisions, ['序号', '任务', '牵头处室'], [['1', '甲', '基层处、医政处']]);
    expect(findTableLists(divisions, [only])[0].units).toEqual([
      { name: '基层处', role: 'lead' },
      { name: '医政处', role: 'lead' },
    ]);
  });

  it('reads a single 责任部门 column as responsible', () => {
    const t = '序号\t任务\t责任部门\n1\t甲\t市人社局、市教体局，相关部门';
    const only = tableOver(t, ['序号', '任务', '责任部门'], [['1', '甲', '市人社局、市教体局，相关部门']]);
    expect(findTableLists(t, [only])[0].units).toEqual([
      { name: '市人社局', role: 'responsible' },
      { name: '市教体局', role: 'responsible' },
      { name: '相关部门', role: 'responsible' },
    ]);
  });

  it('skips tables without a responsibility column', () => {
    const t = '序号\t指标\t目标值\n1\t床位数\t500张';
    expect(findTableLists(t, [tableOver(t, ['序号', '指标', '目标值'], [['1', '床位数', '500张']])])).toEqual([]);
  });
});

describe('rowNumber', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    ['十二', 12],
    ['二十一', 21],
    ['（3）', 3],
    ['', null],
  ])('%s → %s', (cell, n) => {
    expect(rowNumber(cell)).toBe(n);
  });
});
