import { describe, expect, it } from 'vitest';
import { headerCuts } from '../../../src/parse/segment/headerCuts.js';
import { structureOf } from '../structure/helpers.js';

const glued =
  '癸县人民政府办公室关于印发癸县智慧农业发展工作方案的通知癸政办发〔2024〕3号各乡镇人民政府、街道办事处，县政府各部门：' +
  '《癸县智慧农业发展工作方案》已经县政府同意，现印发给你们，请认真组织实施。癸县人民政府办公室2024年3月8日' +
  '癸县智慧农业发展工作方案（2024—2026年）为推进农业数字化转型，根据《数字乡村发展行动计划》（中网办发〔2022〕3号），制定本方案。' +
  '一、总体目标到2026年建成10个数字农业基地。二、重点任务（一）建设农业大数据平台。（二）推广智能农机。';

describe('headerCuts: a notice wrapper with its line breaks deleted', () => {
  it('cuts where the wrapper and title block lines used to break', () => {
    const end = glued.indexOf('一、');
    const pieces: string[] = [];
    let from = 0;
    for (const cut of [...new Set(headerCuts(glued, 0, end))].sort((a, b) => a - b)) {
      pieces.push(glued.slice(from, cut));
      from = cut;
    }
    pieces.push(glued.slice(from, end));
    expect(pieces).toEqual([
      '癸县人民政府办公室关于印发癸县智慧农业发展工作方案的通知',
      '癸政办发〔2024〕3号',
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '《癸县智慧农业发展工作方案》已经县政府同意，现印发给你们，请认真组织实施。',
      '癸县人民政府办公室',
      '2024年3月8日',
      '癸县智慧农业发展工作方案',
      '（2024—2026年）',
      '为推进农业数字化转型，根据《数字乡村发展行动计划》（中网办发〔2022〕3号），制定本方案。',
    ]);
  });

  it('gives the same meta as the document with its line breaks', () => {
    expect(structureOf(glued).meta).toEqual({
      title: '癸县智慧农业发展工作方案',
      docNumber: '癸政办发〔2024〕3号',
      issuer: '癸县人民政府办公室',
      issueDate: '2024-03-08',
      recipients: ['各乡镇人民政府', '街道办事处', '县政府各部门'],
      draft: false,
      period: { start: 2024, end: 2026 },
      basis: [{ title: '数字乡村发展行动计划', docNumber: '中网办发〔2022〕3号' }],
    });
  });

  it('leaves a 文号 cited inside a sentence alone', () => {
    const text = '根据《规划》（国发〔2021〕5号）精神制定本方案。';
    expect(headerCuts(text, 0, text.length)).toEqual([]);
  });

  it.each(['2024年3月8日', '2024 年 3 月 8 日', '二〇二四年三月八日'])('cuts around a signature dated %s, as a date line reads it', (date) => {
    const text = `请认真组织实施。癸县人民政府办公室${date}癸县智慧农业发展工作方案为推进农业数字化转型，制定本方案。`;
    const organ = text.indexOf('癸县人民政府办公室');
    const at = text.indexOf(date);
    expect(headerCuts(text, 0, text.length)).toEqual(expect.arrayContaining([organ, at, at + date.length]));
  });

  it('cuts an attachment label off the plan title glued to it, not `见附件` inside a sentence', () => {
    const text = '附件癸县电力保障工作方案根据上级通知要求，特制定此方案。具体见附件2。附件2：癸县任务清单';
    const cuts = headerCuts(text, 0, text.length);
    expect(cuts).toEqual(expect.arrayContaining([2, text.indexOf('根据'), text.indexOf('附件2：'), text.indexOf('癸县任务清单')]));
    expect(cuts).not.toContain(text.indexOf('附件2。'));
    const plan =
      `${text.slice(0, text.indexOf('具体'))}一、总体要求做好全国两会期间电力保障工作，确保电网安全稳定运行。` +
      '二、工作措施（一）加强值守。严格落实24小时值班制度。（二）强化巡视。加强重要线路巡视。三、组织保障加强领导，压实责任。';
    expect(structureOf(plan).meta.title).toBe('癸县电力保障工作方案');
  });

  it('cuts a numbered attachment label glued to the list before it, not one cited with 见', () => {
    const text = '各有关单位：国网山东省电力公司附件2中共某省委办公厅关于推动绿色发展的若干措施为深入贯彻，制定如下措施。详见附件2有关要求。';
    const cuts = headerCuts(text, 0, text.length);
    expect(cuts).toEqual(expect.arrayContaining([text.indexOf('附件2中共'), text.indexOf('中共')]));
    expect(cuts).not.toContain(text.indexOf('附件2有关'));
  });
});
