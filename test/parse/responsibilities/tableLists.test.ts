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

  it('gives one list per row with lead and support columns', () => {
    const lists = findTableLists(text, [table]);
    expect(lists.map((l) => [l.table, l.row])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(lists[0].units).toEqual([
      { name: '市民政局', role: 'lead' },
      { name: '市发展改革委', role: 'support' },
      { name: '市财政局', role: 'support' },
    ]);
    expect(text.slice(lists[0].start, lists[0].end)).toBe('市民政局\t市发展改革委、市财政局');
    expect(lists[1].units).toEqual([{ name: '市民政局', role: 'lead' }]);
    expect(text.slice(lists[1].start, lists[1].end)).toBe('市民政局');
    expect(lists[2].units.map((u) => `${u.name}:${u.role}`)).toEqual(['市商务局:lead', '市民政局:support', '市市场监管局:support']);
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
