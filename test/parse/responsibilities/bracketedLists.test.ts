import { describe, expect, it } from 'vitest';
import { findBracketedLists } from '../../../src/parse/responsibilities/bracketedLists.js';
import { plainLayout, quoted } from './helpers.js';

const find = (text: string) => findBracketedLists(plainLayout(text), []);

describe('findBracketedLists', () => {
  it('takes an unlabelled list closing a measure', () => {
    const text = '2.发展社区养老。新建站点20个。（市民政局、市卫生健康委）\n';
    const lists = find(text);
    expect(quoted(text, lists)).toEqual(['（市民政局、市卫生健康委）']);
    expect(lists[0].start).toBe(text.indexOf('（'));
    expect(lists[0].units).toEqual([
      { name: '市民政局', role: 'responsible' },
      { name: '市卫生健康委', role: 'responsible' },
    ]);
  });

  it('takes `（A牵头，B等按职责分工负责）` anywhere', () => {
    const text = '推进零工市场建设（市人力资源社会保障局牵头，各县（市、区）人民政府等按职责分工负责），规范管理。';
    const lists = find(text);
    expect(lists).toHaveLength(1);
    expect(lists[0].units).toEqual([
      { name: '市人力资源社会保障局', role: 'lead' },
      { name: '各县（市、区）人民政府', role: 'support' },
    ]);
  });

  it('reports the lead-first clause', () => {
    const text = '加强党建。（市委组织部、市委宣传部，排第一位为牵头单位，下同）\n';
    const lists = find(text);
    expect(lists[0].leadFirstClause).toBe(true);
    expect(lists[0].units.map((u) => u.name)).toEqual(['市委组织部', '市委宣传部']);
  });

  it('takes names any short noun phrase in a clause with its own wrapper word', () => {
    const text = '3.完善应急救援体系。组建救援队伍10支。（市应急管理局牵头，市消防救援支队、各乡镇〈街道〉、市防汛抗旱指挥部办公室、各成员单位、区域救援专班参与）\n';
    const lists = find(text);
    expect(quoted(text, lists)).toEqual([text.slice(text.indexOf('（'), -1)]);
    expect(lists[0].units).toEqual([
      { name: '市应急管理局', role: 'lead' },
      { name: '市消防救援支队', role: 'support' },
      { name: '各乡镇〈街道〉', role: 'support' },
      { name: '市防汛抗旱指挥部办公室', role: 'support' },
      { name: '各成员单位', role: 'support' },
      { name: '区域救援专班', role: 'support' },
    ]);
  });

  it('takes `各医联体` and `县融媒体中心` under a wrapper', () => {
    const text = '开展健康宣传。（县卫生健康局牵头，各医联体、县融媒体中心配合）';
    expect(find(text)[0]?.units.map((u) => u.name)).toEqual(['县卫生健康局', '各医联体', '县融媒体中心']);
  });

  it.each([
    '（市民政局牵头，年底前完成）',
    '坚持多元共治（政府主导，企业参与）。',
    '（市体育局牵头，社会力量参与）',
  ])('does not loosen names without their own wrapper, nor take the public: %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it.each([
    '统筹推进中等职业教育（含技工教育，下同）发展。',
    '关于印发方案的通知（2021-2025年）\n',
    '建设实训基地（大通湖区除外）。',
    '在试点县（鄱阳县、都昌县）开展。',
    '组建职业教育集团（联盟）。',
    '推动资源共享（以下简称“市大数据局”）。',
    '由省发展改革委（省能源局）统筹调度。',
    '建成3个养老服务中心（省级示范中心）。',
    '支持龙头企业做大做强（某某集团、某某公司）。',
  ])('leaves a gloss alone: %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('skips a bracket inside a list already taken', () => {
    const text = '（责任单位：各县（市、区）人民政府）';
    expect(findBracketedLists(plainLayout(text), [{ start: 0, end: text.length, units: [], table: null, row: null, leadFirstClause: false, rolesStated: true }])).toEqual([]);
  });
});

// Issue: every bracketed `…按职责分工负责` clause is a list, with or without 等, whatever its names look like.
describe('findBracketedLists on `按职责分工负责` clauses', () => {
  const names = (text: string) => find(text).map((l) => [text.slice(l.start, l.end), l.units.map((u) => `${u.name}/${u.role}`)]);

  it.each([
    ['加强食品安全监管（市市场监管局、市农业农村局按职责分工负责），确保安全。', '（市市场监管局、市农业农村局按职责分工负责）', ['市市场监管局/responsible', '市农业农村局/responsible']],
    ['加强食品安全监管（市市场监管局、市农业农村局等按职责分工负责），确保安全。', '（市市场监管局、市农业农村局等按职责分工负责）', ['市市场监管局/responsible', '市农业农村局/responsible']],
    ['加强培训（各地按职责分工负责）。', '（各地按职责分工负责）', ['各地/responsible']],
    ['加强监管（各级各部门按照各自职责分工负责）。', '（各级各部门按照各自职责分工负责）', ['各级各部门/responsible']],
    ['加强监管（市发展改革委、市财政局依职能分工分别负责）。', '（市发展改革委、市财政局依职能分工分别负责）', ['市发展改革委/responsible', '市财政局/responsible']],
    ['加强监管（各相关单位根据职责分工抓好落实）。', '（各相关单位根据职责分工抓好落实）', ['各相关单位/responsible']],
  ])('%s', (text, raw, units) => {
    expect(names(text)).toEqual([[raw, units]]);
  });

  it('leaves a due-date clause in the bracket out of the units', () => {
    const text = '加强监管。（各县（市、区）人民政府、市直有关部门按职责分工负责，2025年底前完成）';
    expect(names(text)).toEqual([[text.slice(5), ['各县（市、区）人民政府/responsible', '市直有关部门/responsible']]]);
  });

  it('gives `（A负责，B配合）` A the lead', () => {
    const text = '完善应急预案（市应急管理局负责，市消防救援支队、市公安局配合）。';
    expect(names(text)).toEqual([
      ['（市应急管理局负责，市消防救援支队、市公安局配合）', ['市应急管理局/lead', '市消防救援支队/support', '市公安局/support']],
    ]);
  });

  it('keeps a lone `（A负责）` responsible', () => {
    expect(names('加强培训（市教育局负责）。')).toEqual([['（市教育局负责）', ['市教育局/responsible']]]);
  });
});
