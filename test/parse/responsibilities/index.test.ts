import { describe, expect, it } from 'vitest';
import { extractResponsibilities } from '../../../src/parse/responsibilities/index.js';
import { createContext } from '../../../src/parse/context.js';
import { EMPTY_META } from '../../../src/parse/structure/index.js';
import type { Section } from '../../../src/schema/section.js';
import { section } from './helpers.js';

function run(text: string, sections: Section[]) {
  const ctx = createContext(text, { indicators: false });
  return extractResponsibilities(ctx, { meta: EMPTY_META, sections, notes: [], tables: [], warnings: [] });
}

describe('extractResponsibilities', () => {
  const text = [
    '一、重点任务',
    '（一）扩大就业',
    '1.稳定岗位。新增就业5000人。（市人力资源社会保障局、市财政局，排第一位为牵头单位，下同）',
    '2.支持创业。（市人力资源社会保障局、市市场监管局、各县（市、区）人民政府）',
    '二、保障措施',
    '市发展改革委、市财政局牵头建立协调机制。',
  ].join('\n');
  const at = (s: string) => text.indexOf(s);
  const item1 = section('1.1.1', at('1.稳定'), at('2.支持'));
  const item2 = section('1.1.2', at('2.支持'), at('二、'));
  const sections = [
    section('1', 0, at('二、'), [section('1.1', at('（一）'), at('二、'), [item1, item2])]),
    section('2', at('二、'), text.length),
  ];

  it('ties each list to the numbered item it closes and applies 下同 to later lists', () => {
    const { responsibilities } = run(text, sections);
    expect(responsibilities).toEqual([
      {
        sectionId: '1.1.1',
        table: null,
        row: null,
        units: [
          { name: '市人力资源社会保障局', role: 'lead' },
          { name: '市财政局', role: 'support' },
        ],
        raw: '（市人力资源社会保障局、市财政局，排第一位为牵头单位，下同）',
        start: at('（市人力资源社会保障局、市财政局'),
        end: at('\n2.支持'),
      },
      {
        sectionId: '1.1.2',
        table: null,
        row: null,
        units: [
          { name: '市人力资源社会保障局', role: 'lead' },
          { name: '市市场监管局', role: 'support' },
          { name: '各县（市、区）人民政府', role: 'support' },
        ],
        raw: '（市人力资源社会保障局、市市场监管局、各县（市、区）人民政府）',
        start: at('（市人力资源社会保障局、市市场'),
        end: at('\n二、'),
      },
    ]);
  });

  it('sums each unit over measures', () => {
    expect(run(text, sections).units).toEqual([
      { name: '市人力资源社会保障局', lead: 2, support: 0, responsible: 0 },
      { name: '市财政局', lead: 0, support: 1, responsible: 0 },
      { name: '市市场监管局', lead: 0, support: 1, responsible: 0 },
      { name: '各县（市、区）人民政府', lead: 0, support: 1, responsible: 0 },
    ]);
  });

  it('counts a unit once per measure when one item has several lists', () => {
    const two = '1.甲。牵头单位：市民政局\n配合单位：市财政局\n（市民政局牵头负责）';
    const { units } = run(two, [section('1', 0, two.length)]);
    expect(units).toEqual([
      { name: '市民政局', lead: 1, support: 0, responsible: 0 },
      { name: '市财政局', lead: 0, support: 1, responsible: 0 },
    ]);
  });

  it('reads task-table rows with sectionId null, the table index and the row 序号', () => {
    // The attachment's table (in the text index): cells one a line after a tab, one cell over two lines.
    const body = '一、重点任务\n加快建设。\n附件\n任务清单\n序号\n\t任务\n\t责任单位\n\t7\n\t建设平台\n\t市大数据局、\n市通信管理办\n';
    const cell = '市大数据局、\n市通信管理办';
    expect(createContext(body).index.tables.map((t) => [t.title, t.columns, t.rows])).toEqual([['任务清单', ['序号', '任务', '责任单位'], [['7', '建设平台', cell]]]]);
    expect(run(body, []).responsibilities).toEqual([
      {
        sectionId: null,
        table: 0,
        row: 7,
        units: [
          { name: '市大数据局', role: 'responsible' },
          { name: '市通信管理办', role: 'responsible' },
        ],
        raw: cell,
        start: body.indexOf(cell),
        end: body.indexOf(cell) + cell.length,
      },
    ]);
  });

  it('finds nothing in a plan without per-item lists', () => {
    const plain = '一、目标\n到2025年，就业率达到95%（含灵活就业）。\n二、保障\n市发展改革委、市财政局牵头建立工作机制。';
    expect(run(plain, []).responsibilities).toEqual([]);
  });
});
