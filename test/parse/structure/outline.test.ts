import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../../src/parse/structure/tree.js';
import { structureOf, treeKey } from './helpers.js';

const ids = (text: string) => flattenSections(structureOf(text).sections).map((s) => `${s.id} ${s.marker} ${s.heading}`);
const codes = (text: string) => structureOf(text).warnings.map((w) => `${w.code}@${w.start}`);

describe('outline levels follow the marker kinds in the order a document uses them', () => {
  it('goes straight from 一、 to 1.', () => {
    expect(ids('一、目标\n1.扩大供给。内容。\n2.提升质量。\n二、措施\n1.加强领导。')).toEqual([
      '1 一、 目标', '1.1 1. 扩大供给', '1.2 2. 提升质量', '2 二、 措施', '2.1 1. 加强领导',
    ]);
  });

  it('goes from 一、 to （1） and from （一） to ①', () => {
    expect(ids('一、目标\n（1）甲。\n（2）乙。\n二、措施\n（一）丙。\n①丁。\n②戊。')).toEqual([
      '1 一、 目标', '1.1 （1） 甲', '1.2 （2） 乙', '2 二、 措施', '2.1 （一） 丙', '2.1.1 ① 丁', '2.1.2 ② 戊',
    ]);
  });

  it('keeps measures numbered straight across groups in their ids, without warnings', () => {
    const text = '一、任务\n（一）甲组\n1.甲。\n2.乙。\n（二）乙组\n3.丙。\n4.丁。';
    expect(ids(text)).toEqual(['1 一、 任务', '1.1 （一） 甲组', '1.1.1 1. 甲', '1.1.2 2. 乙', '1.2 （二） 乙组', '1.2.3 3. 丙', '1.2.4 4. 丁']);
    expect(codes(text)).toEqual([]);
  });

  it('gives a repeated number the next free id and warns', () => {
    const text = '一、甲\n二、乙\n二、丙\n三、丁';
    expect(ids(text)).toEqual(['1 一、 甲', '2 二、 乙', '3 二、 丙', '4 三、 丁']);
    expect(codes(text)).toEqual(['NUMBERING_REPEAT@8']); // 三、 runs on from the written 二、
  });

  it('keeps a skipped number as written and warns', () => {
    expect(ids('一、甲\n三、丙')).toEqual(['1 一、 甲', '3 三、 丙']);
    expect(codes('一、甲\n三、丙')).toEqual(['NUMBERING_GAP@4']);
  });

  it('places （3） among （二）（四） as number 3 of that level', () => {
    const text = '一、任务\n（一）甲\n1.子。\n（二）乙\n2.子。\n（3）丙\n3.子。\n（四）丁';
    expect(ids(text)).toEqual([
      '1 一、 任务', '1.1 （一） 甲', '1.1.1 1. 子', '1.2 （二） 乙', '1.2.2 2. 子', '1.3 （3） 丙', '1.3.3 3. 子', '1.4 （四） 丁',
    ]);
    expect(codes(text)).toEqual(['MARKER_KIND_MISMATCH@25']);
  });

  it('takes the heading up to the first 。 and drops trailing ；：', () => {
    expect(ids('一、总体要求：\n（一）加强领导；统筹推进。\n（二）强化保障')).toEqual([
      '1 一、 总体要求', '1.1 （一） 加强领导；统筹推进', '1.2 （二） 强化保障',
    ]);
  });

  it('ends a node before the next one and after its responsibility bracket', () => {
    const text = '一、任务\n（一）甲。内容。\n（责任单位：市民政局）\n\n（二）乙。';
    const [top] = structureOf(text).sections;
    const [first, second] = top.children;
    expect(text.slice(first.start, first.end)).toBe('（一）甲。内容。\n（责任单位：市民政局）');
    expect(text.slice(second.start, second.end)).toBe('（二）乙。');
    expect(top.end).toBe(text.length);
    expect(first.text).toBe('甲。内容。\n（责任单位：市民政局）');
  });

  it('does not take decimals, periods, ranks or in-sentence list items for sections', () => {
    const text = [
      '一、目标',
      '排放浓度下降，',
      '1.5倍以上的企业停产，',
      '2.0版平台上线。',
      '（2021-2025年）累计削减。',
      '第1名给予表扬。',
      '（一）措施。主要包括：1.治理扬尘；2.管控车辆。',
    ].join('\n');
    expect(ids(text)).toEqual(['1 一、 目标', '1.1 （一） 措施']);
  });
});

describe('chapters above 一、', () => {
  it('make the top level when a plan uses them', () => {
    expect(ids('丁市规划\n\n第一章\n发展基础\n一、成就\n内容。\n第二章　总体要求\n一、指导思想\n内容。')).toEqual([
      '1 第一章 发展基础', '1.1 一、 成就', '2 第二章 总体要求', '2.1 一、 指导思想',
    ]);
  });
});

describe('noise warnings', () => {
  it('warns about a stray blank inside a heading and keeps the heading as written', () => {
    const s = structureOf('一、加强 组织领导\n内容。');
    expect(s.sections[0].heading).toBe('加强 组织领导');
    expect(s.warnings.map((w) => `${w.code}@${w.start}`)).toEqual(['STRAY_SPACE@0']);
  });

  it('warns about a markdown title and markdown around markers', () => {
    const s = structureOf('# 己市方案\n\n**一、目标**\n内容。');
    expect(s.meta.title).toBe('己市方案');
    expect(s.sections[0].heading).toBe('目标');
    expect(s.warnings.map((w) => `${w.code}@${w.start}`)).toEqual(['MARKDOWN_WRAPPER@0', 'MARKDOWN_WRAPPER@10']);
  });
});

describe('a notice listing several attachments', () => {
  it('does not open the body at the numbered attachment list', () => {
    const text = [
      '辛市人民政府办公室关于印发辛市数字政府建设方案的通知', '', '各区人民政府，市政府各部门：',
      '现将《辛市数字政府建设方案》《辛市数字政府建设任务清单》印发给你们，请认真贯彻执行。', '',
      '附件：1.辛市数字政府建设方案', '      2.辛市数字政府建设任务清单', '', '辛市人民政府办公室', '2023年8月1日', '',
      '辛市数字政府建设方案', '', '一、总体要求', '内容。', '二、重点任务', '（一）建设一体化平台。',
    ].join('\n');
    expect(ids(text)).toEqual(['1 一、 总体要求', '2 二、 重点任务', '2.1 （一） 建设一体化平台']);
    expect(structureOf(text).meta).toMatchObject({ title: '辛市数字政府建设方案', issuer: '辛市人民政府办公室', issueDate: '2023-08-01' });
  });
});

describe('the foot of the document', () => {
  it('ends the last section before the 版记 lines', () => {
    const text = '一、目标\n内容。\n二、措施\n加强领导。\n\n抄送：市委办公室，市人大常委会办公室。\n壬市人民政府办公室                2022年11月22日印发';
    const s = structureOf(text);
    expect(s.sections[1].end).toBe(text.indexOf('加强领导。') + '加强领导。'.length);
  });
});

describe('规划-style parts: 第一章 → 第一节 → 一、', () => {
  it('nests 节 under 章 and 一、 under 节', () => {
    const text = '某市发展规划\n第一章 发展基础\n第一节 主要成就\n一、经济实力增强\n二、民生改善\n第二节 面临形势\n第二章 总体要求\n';
    expect(treeKey(structureOf(text))).toEqual([
      '1|1|第一章|1|发展基础',
      '1.1|2|第一节|1|主要成就',
      '1.1.1|3|一、|1|经济实力增强',
      '1.1.2|3|二、|2|民生改善',
      '1.2|2|第二节|2|面临形势',
      '2|1|第二章|2|总体要求',
    ]);
  });
});
