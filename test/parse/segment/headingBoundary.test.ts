import { describe, expect, it } from 'vitest';
import { boundaryCandidates, pickBoundary, vocabularyHeading } from '../../../src/parse/segment/headingBoundary.js';
import { headingOf } from '../../../src/parse/structure/heading.js';
import { structureOf, treeKey } from '../structure/helpers.js';

describe('where a run-in heading ends', () => {
  it('ends a heading vocabulary word where a due date or preposition opens the body, not at the first 。', () => {
    const text = '（一）工作目标到2025年，全市家庭医生签约覆盖率达到60%以上。';
    expect(headingOf(text, 3, text.length)).toBe('工作目标');
    const basis = '（二）基本原则坚持政府主导，多方参与。';
    expect(headingOf(basis, 3, basis.length)).toBe('基本原则');
  });

  it('keeps a vocabulary word that the heading goes on from', () => {
    expect(vocabularyHeading('工作目标和任务')).toBeNull();
    expect(vocabularyHeading('保障措施')).toBeNull();
    expect(vocabularyHeading('总体要求充分发挥政策叠加优势')).toBe(4);
    const text = '二、主要目标任务推进情况良好。';
    expect(headingOf(text, 2, text.length)).toBe('主要目标任务推进情况良好');
  });

  it('offers body openers as boundaries of glued text, never inside an adverb+verb pair', () => {
    expect(boundaryCandidates('夯实网络基础加快实施宽带工程和光网工程')).toEqual([6]);
    expect(boundaryCandidates('认真抓好组织实施加强协调沟通')).toEqual([6, 8]);
    expect(boundaryCandidates('加强组织领导')).toEqual([]); // short enough to be a heading
    expect(boundaryCandidates('职业学校办学质量大幅提高')).toEqual([]); // what follows is no clause
  });

  it('picks the boundary the sibling headings rhythm shares', () => {
    const lengths = (list: number[]) => (n: number) => list.filter((l) => l === n).length;
    expect(pickBoundary([6, 8], lengths([6, 8, 8, 8]))).toBe(8);
    expect(pickBoundary([6, 8], lengths([]))).toBe(6);
    expect(pickBoundary([], lengths([8]))).toBeNull();
  });
});

describe('a flattened plan with its headings glued to their bodies', () => {
  const doc =
    '某区数字经济发展行动方案 为推进数字经济发展，制定本方案。一、总体要求充分发挥政策叠加优势，推动融合发展。' +
    '二、重点任务（一）“互联网+” 高技术产业1．行动目标。到2018年建成一批智能车间。2．主要任务鼓励龙头企业落地。牵头单位：区经发局，配合单位：区内各相关企业' +
    '（二）“互联网+”现代农业1．行动目标。到2018年农业现代化水平明显提升。2．主要任务依托省农业厅网络体系建设平台。牵头单位：区农村发展局' +
    '三、保障措施（一）夯实网络基础加快实施宽带工程和光网工程，提升普及水平。（二）深入实施创新驱动强化知识产权战略。推进专利信息共享。' +
    '（三）强化人力智力保障加强多层次人才培养。支持校企共建基地。（四）认真抓好组织实施加强协调沟通。确保落实到位。' +
    '三、组织实施各单位要细化落实。';

  it('finds the markers glued inside the line, ends every heading where its body starts and keeps a repeated 三、', () => {
    const structure = structureOf(doc);
    expect(treeKey(structure)).toEqual([
      '1|1|一、|1|总体要求',
      '2|1|二、|2|重点任务',
      '2.1|2|（一）|1|“互联网+” 高技术产业',
      '2.1.1|3|1．|1|行动目标',
      '2.1.2|3|2．|2|主要任务',
      '2.2|2|（二）|2|“互联网+”现代农业',
      '2.2.1|3|1．|1|行动目标',
      '2.2.2|3|2．|2|主要任务',
      '3|1|三、|3|保障措施',
      '3.1|2|（一）|1|夯实网络基础',
      '3.2|2|（二）|2|深入实施创新驱动',
      '3.3|2|（三）|3|强化人力智力保障',
      '3.4|2|（四）|4|认真抓好组织实施',
      '4|1|三、|3|组织实施',
    ]);
    expect(structure.warnings.filter((w) => w.code === 'NUMBERING_REPEAT').map((w) => doc.slice(w.start ?? 0, (w.start ?? 0) + 6))).toEqual(['三、组织实施']);
  });

  it('takes no enumeration inside a sentence for a section', () => {
    const text = '一、主要目标 全面完成任务。二、重点工作 （一）打好蓝天保卫战。主要包括：1.治理扬尘；2.管控机动车；3.压减燃煤。（二）打好碧水保卫战。' + '推进各项工作。'.repeat(10);
    expect(treeKey(structureOf(text)).map((k) => k.split('|')[0])).toEqual(['1', '2', '2.1', '2.2']);
  });
});

describe('flattened web copies: indentation, slogans, straight-across numbering, glued signatures', () => {
  it('cuts a line indented with em spaces, takes no 第一、 in a slogan, and counts （1）… straight across 1. 2.', () => {
    const lined = [
      '\u2003\u2003某区文物保护利用三年行动计划',
      '\u2003\u2003为落实“保护第一、加强管理、挖掘价值”的要求，制定本计划。',
      '\u2003\u2003一、空间目标',
      '\u2003\u20031.滨江南段',
      '\u2003\u2003（1）建设文化地标',
      '\u2003\u2003（2）推进空间贯通',
      '\u2003\u20032.滨江北段',
      '\u2003\u2003（3）实施历史资料保护',
      '\u2003\u2003二、保障措施',
      '\u2003\u2003加强组织领导。',
    ].join('\n');
    const flat = lined.replace(/\n/g, ' ');
    expect(treeKey(structureOf(flat))).toEqual(treeKey(structureOf(lined)));
    expect(treeKey(structureOf(lined)).map((k) => k.split('|')[0])).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.3', '2']);
    const glued = lined.replace(/\n[\u2003]*/g, '');
    expect(treeKey(structureOf(glued)).map((k) => k.split('|')[0])).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.3', '2']);
  });

  it('ends a field heading (空间目标) where its body opens', () => {
    expect(vocabularyHeading('空间目标遵循“历史感、智慧型”的规划理念')).toBe(4);
    expect(vocabularyHeading('空间目标体系')).toBeNull();
  });
});

describe('references are no markers in a flattened line', () => {
  it('takes no 第（二）项 for the next item', () => {
    const text = '某市养老服务实施方案 为推进工作，制定本方案。一、总体要求坚持以人民为中心，统筹推进各项工作落实到位。（一）加强领导。按照本方案第（二）项规定落实责任，推进各项工作。（二）强化保障。落实资金。二、组织实施各单位要抓好落实。';
    expect(treeKey(structureOf(text))).toEqual(['1|1|一、|1|总体要求', '1.1|2|（一）|1|加强领导', '1.2|2|（二）|2|强化保障', '2|1|二、|2|组织实施']);
  });
});
