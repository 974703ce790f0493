import { describe, expect, it } from 'vitest';
import { findLabeledLists } from '../../../src/parse/responsibilities/labeledLists.js';
import { plainLayout, quoted } from './helpers.js';

describe('findLabeledLists', () => {
  it('takes a bracketed 责任单位 list with its brackets', () => {
    const text = '1.推进智慧养老。建设平台1个。（责任单位：市民政局、市大数据局）\n';
    const lists = findLabeledLists(plainLayout(text));
    expect(lists).toHaveLength(1);
    expect(lists[0].start).toBe(text.indexOf('（责任'));
    expect(lists[0].end).toBe(text.indexOf('）') + 1);
    expect(lists[0].units).toEqual([
      { name: '市民政局', role: 'responsible' },
      { name: '市大数据局', role: 'responsible' },
    ]);
  });

  it('takes a 责任单位 line up to and including its full stop', () => {
    const text = '3.稳定就业岗位。\n责任单位：市人力资源社会保障局、市财政局等，各县（市、区）人民政府。\n4.下一项。';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['责任单位：市人力资源社会保障局、市财政局等，各县（市、区）人民政府。']);
    expect(lists[0].units.map((u) => u.name)).toEqual(['市人力资源社会保障局', '市财政局', '各县（市、区）人民政府']);
  });

  it('makes one list of 牵头单位 and 配合单位 on one line', () => {
    const text = '完善数据要素市场。牵头单位：市大数据局；配合单位：市发展改革委、市市场监管局\n';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['牵头单位：市大数据局；配合单位：市发展改革委、市市场监管局']);
    expect(lists[0].units).toEqual([
      { name: '市大数据局', role: 'lead' },
      { name: '市发展改革委', role: 'support' },
      { name: '市市场监管局', role: 'support' },
    ]);
  });

  it('makes two lists of labels on separate lines', () => {
    const text = '牵头单位：市生态环境局\n配合单位：市水利局 市自然资源局\n';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['牵头单位：市生态环境局', '配合单位：市水利局 市自然资源局']);
    expect(lists[1].units).toEqual([
      { name: '市水利局', role: 'support' },
      { name: '市自然资源局', role: 'support' },
    ]);
  });

  it('follows a list wrapped after a separator onto the next line', () => {
    const text = '责任单位：市生态环境局、\n市住房和城乡建设局\n下一段。';
    expect(quoted(text, findLabeledLists(plainLayout(text)))).toEqual(['责任单位：市生态环境局、\n市住房和城乡建设局']);
  });

  it('stops at another label such as 完成时限', () => {
    const text = '（责任单位：市商务局；完成时限：2024年底）';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['责任单位：市商务局']);
  });

  it('stops at the next section when line breaks were lost', () => {
    const text = '1.甲。责任单位：市民政局 2.乙。';
    const lists = findLabeledLists(plainLayout(text, [0, text.indexOf('2.')]));
    expect(quoted(text, lists)).toEqual(['责任单位：市民政局']);
  });

  it('ignores a label followed by no unit', () => {
    expect(findLabeledLists(plainLayout('请各责任单位：认真落实本方案。'))).toEqual([]);
  });

  it('runs a bracketed list to its closing bracket across a line wrap inside a name', () => {
    const text = '1.甲。（责任单位：市民政局、市财\n政局）\n2.乙。';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['（责任单位：市民政局、市财\n政局）']);
    expect(lists[0].units.map((u) => u.name)).toEqual(['市民政局', '市财政局']);
  });
});

// Web copies that lost their line breaks: the next heading is glued to the last name of an
// unbracketed list. Made-up text in the shapes real pages show.
describe('findLabeledLists on flattened text', () => {
  const lead = (name: string) => ({ name, role: 'lead' });
  const support = (name: string) => ({ name, role: 'support' });
  const only = (text: string) => {
    const lists = findLabeledLists(plainLayout(text));
    expect(lists).toHaveLength(1);
    return lists[0];
  };

  it('ends `牵头单位：A，配合单位：B、C` at the next `（四）` heading', () => {
    const text = '建设物流信息平台。牵头单位：区商务局，配合单位：区财政局、区交通运输局（四）“互联网+”智慧物流1．行动目标。到2025年建成。';
    const list = only(text);
    expect([list.start, list.end]).toEqual([9, 35]);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区商务局，配合单位：区财政局、区交通运输局');
    expect(list.units).toEqual([lead('区商务局'), support('区财政局'), support('区交通运输局')]);
  });

  it('ends `责任单位：A、B` at an arabic item marker `3.`', () => {
    const text = '2.完善救助机制。责任单位：市民政局、市财政局3.开展养老试点。';
    const list = only(text);
    expect([list.start, list.end]).toEqual([9, 23]);
    expect(list.units).toEqual([
      { name: '市民政局', role: 'responsible' },
      { name: '市财政局', role: 'responsible' },
    ]);
  });

  it('ends at a chapter marker `三、` glued to an internal division', () => {
    const text = '拓展开放合作。牵头单位：区经发局商务处，配合单位：区口岸办、区经发局经信处三、保障措施（一）夯实网络基础';
    const list = only(text);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区经发局商务处，配合单位：区口岸办、区经发局经信处');
    expect(list.units).toEqual([lead('区经发局商务处'), support('区口岸办'), support('区经发局经信处')]);
  });

  it('ends at a quoted sub-heading (`“互联网+”教育：`)', () => {
    const text = '推进分级诊疗。牵头单位：区卫生健康局“互联网+”教育：整合优质教育资源。';
    const list = only(text);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区卫生健康局');
    expect(list.units).toEqual([lead('区卫生健康局')]);
  });

  it('keeps the unit (and its 等) a heading without marker is glued to', () => {
    const text = '牵头单位：区文旅局，配合单位：区财政局、区商务局等强化宣传推介。加大投入。';
    const list = only(text);
    expect([list.start, list.end]).toEqual([0, 25]);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区文旅局，配合单位：区财政局、区商务局等');
    expect(list.units).toEqual([lead('区文旅局'), support('区财政局'), support('区商务局')]);

    const other = '牵头单位：区发改局，配合单位：区相关部门广泛宣传推广。宣传部门要做好报道。';
    const glued = only(other);
    expect(other.slice(glued.start, glued.end)).toBe('牵头单位：区发改局，配合单位：区相关部门');
  });

  it('does not stretch a unit over a glued heading that ends like a unit (`统筹各部门`)', () => {
    const text = '牵头单位：区财政局统筹各部门资金。';
    const list = only(text);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区财政局');
  });

  it('leaves out a sentence whose subject is a unit', () => {
    const text = '牵头单位：区教育局，配合单位：区科技局，各单位要加强协调配合。';
    const list = only(text);
    expect(text.slice(list.start, list.end)).toBe('牵头单位：区教育局，配合单位：区科技局');
    expect(list.units).toEqual([lead('区教育局'), support('区科技局')]);
  });

  it('reads internal divisions under 处室 labels', () => {
    const text = '牵头处室：规划处；配合处室：财务处、法规科\n';
    expect(only(text).units).toEqual([lead('规划处'), support('财务处'), support('法规科')]);
  });

  it('ends a list that lost its closing bracket where the next bracketed list opens', () => {
    const text = '加强监管（责任单位：市教育局、市财政局（责任单位：市民政局）';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual(['责任单位：市教育局、市财政局', '（责任单位：市民政局）']);
  });

  it('never runs past LIST_MAX characters', () => {
    const text = `责任单位：${'市教育局、'.repeat(200)}`;
    const lists = findLabeledLists(plainLayout(text));
    expect(lists.every((l) => l.end - l.start <= 5 + 400)).toBe(true);
    expect(lists.flatMap((l) => l.units.map((u) => u.name)).every((n) => n === '市教育局')).toBe(true);
  });

  it('takes `〔责任单位：…〕` with its brackets and reads names up to a full stop inside them', () => {
    const text = '（一）加强市场体系建设。推进改革试点。〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n（二）优化准入环境。〔责任单位:省市场监管局〕\n';
    const lists = findLabeledLists(plainLayout(text));
    expect(quoted(text, lists)).toEqual([text.slice(text.indexOf('〔'), text.indexOf('〕') + 1), '〔责任单位:省市场监管局〕']);
    expect(lists.map((l) => l.units.map((u) => u.name))).toEqual([['省发展改革委', '省市场监管局', '商务厅'], ['省市场监管局']]);
  });

  it('keeps a lead-first remark after a full stop inside the bracket', () => {
    const text = '（责任单位：市交通运输局、市公安局。排名第一的为牵头单位）';
    expect(findLabeledLists(plainLayout(text))[0].leadFirstClause).toBe(true);
  });

  it('keeps a quotation inside a name in the list’s own bracket', () => {
    const text = '深化改革。（责任单位：市“放管服”改革协调小组办公室、市政务服务中心）';
    expect(findLabeledLists(plainLayout(text))[0].units.map((u) => u.name)).toEqual(['市“放管服”改革协调小组办公室', '市政务服务中心']);
  });
});
