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
