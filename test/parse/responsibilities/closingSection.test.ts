import { describe, expect, it } from 'vitest';
import { closingSection, closingSections } from '../../../src/parse/responsibilities/closingSection.js';
import { section } from './helpers.js';

describe('closingSection', () => {
  // 一、 [0,100) holding （一） [10,100) with items 1. [20,40) and 2. [50,70): spans stop at their own lines.
  const items = [section('1.1.1', 20, 40), section('1.1.2', 50, 70)];
  const outline = [section('1', 0, 100, [section('1.1', 10, 100, items)])];

  it('is the innermost section holding the list', () => {
    expect(closingSection(outline, 30)?.id).toBe('1.1.1');
  });

  it('is the item the list follows when item spans stop early', () => {
    expect(closingSection(outline, 45)?.id).toBe('1.1.1');
    expect(closingSection(outline, 80)?.id).toBe('1.1.2');
  });

  it('is the heading itself before its first item', () => {
    expect(closingSection(outline, 15)?.id).toBe('1.1');
  });

  it('is null outside every section', () => {
    expect(closingSection(outline, 120)).toBeNull();
  });
});

describe('closingSections', () => {
  const at = (text: string, needle: string) => {
    const i = text.indexOf(needle);
    if (i < 0) throw new Error(`not in text: ${needle}`);
    return i;
  };
  const listAt = (text: string, needle: string) => ({ start: at(text, needle), end: text.indexOf('\n', at(text, needle)) });

  it('gives a list standing on its own line after an item’s last sub-item to the item', () => {
    const text = [
      '（一）发展数字产业',
      '1.培育软件产业。',
      '（1）建设软件园区。新建园区2个。',
      '（2）引进龙头企业。引进企业10家。',
      '牵头单位：市工业和信息化局；配合单位：市商务局、市科技局',
      '2.建设算力设施。新建数据中心1个。',
      '牵头单位：市大数据局；配合单位：市发展改革委',
      '',
    ].join('\n');
    const sub = [section('1.1.1', at(text, '（1）'), at(text, '（2）')), section('1.1.2', at(text, '（2）'), at(text, '2.建设'))];
    const items = [section('1.1', at(text, '1.培育'), at(text, '2.建设'), sub), section('1.2', at(text, '2.建设'), text.length)];
    const outline = [section('1', 0, text.length, items)];
    const lists = [listAt(text, '牵头单位：市工业'), listAt(text, '牵头单位：市大数据局')];
    expect(closingSections(text, outline, lists).map((s) => s?.id)).toEqual(['1.1', '1.2']);
  });

  it('leaves the last sub-item its own list when the earlier sub-items have lists too', () => {
    const text = ['1.完善养老服务网络。', '（1）建设街道综合体。', '责任单位：市民政局', '（2）发展助餐服务。', '责任单位：市民政局、市商务局', ''].join('\n');
    const sub = [section('1.1', at(text, '（1）'), at(text, '（2）')), section('1.2', at(text, '（2）'), text.length)];
    const outline = [section('1', 0, text.length, sub)];
    const lists = [listAt(text, '责任单位：市民政局\n'), listAt(text, '责任单位：市民政局、')];
    expect(closingSections(text, outline, lists).map((s) => s?.id)).toEqual(['1.1', '1.2']);
  });

  it('leaves a list ending the sub-item’s own sentence with the sub-item', () => {
    const text = '1.促进就业。\n（1）开发公益岗位。\n（2）开展技能培训。（责任单位：市人力资源社会保障局、市总工会）\n';
    const sub = [section('1.1', at(text, '（1）'), at(text, '（2）')), section('1.2', at(text, '（2）'), text.length)];
    const outline = [section('1', 0, text.length, sub)];
    const lists = [{ start: at(text, '（责任单位'), end: text.length - 1 }];
    expect(closingSections(text, outline, lists).map((s) => s?.id)).toEqual(['1.2']);
  });

  it('keeps an only item its list where lists close items of that level elsewhere', () => {
    const text = ['（一）治理大气', '1.淘汰燃煤锅炉。', '责任单位：市生态环境局', '2.管控扬尘。', '责任单位：市住房城乡建设局', '（二）治理水体', '3.整治黑臭水体。', '责任单位：市水利局', ''].join('\n');
    const first = [section('1.1', at(text, '1.淘汰'), at(text, '2.管控')), section('1.2', at(text, '2.管控'), at(text, '（二）'))];
    const outline = [
      section('1', 0, at(text, '（二）'), first),
      section('2', at(text, '（二）'), text.length, [section('2.3', at(text, '3.整治'), text.length)]),
    ];
    const lists = ['责任单位：市生态环境局', '责任单位：市住房城乡建设局', '责任单位：市水利局'].map((n) => listAt(text, n));
    expect(closingSections(text, outline, lists).map((s) => s?.id)).toEqual(['1.1', '1.2', '2.3']);
  });

  it('climbs over several levels of last sub-items to the item the list closes', () => {
    const text = [
      '1.建立企业培育库。',
      '（1）完善入库标准。',
      '（2）分层分类培育。',
      '①对创新型企业，支持技术改造。',
      '②对专精特新企业，支持研发平台建设。',
      '（区工业和信息化局、区科技局）',
      '2.强化认定奖励。给予一次性奖励。',
      '（区工业和信息化局、区财政局）',
      '',
    ].join('\n');
    const circled = [
      section('1.2.1', at(text, '①'), at(text, '②')),
      section('1.2.2', at(text, '②'), at(text, '（区工业和信息化局、区科技局）')),
    ];
    const sub = [section('1.1', at(text, '（1）'), at(text, '（2）')), section('1.2', at(text, '（2）'), at(text, '2.强化'), circled)];
    const outline = [section('1', 0, at(text, '2.强化'), sub), section('2', at(text, '2.强化'), text.length)];
    const lists = [listAt(text, '（区工业和信息化局、区科技局）'), listAt(text, '（区工业和信息化局、区财政局）')];
    expect(closingSections(text, outline, lists).map((s) => s?.id)).toEqual(['1', '2']);
  });
});
