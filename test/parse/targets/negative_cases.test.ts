import { describe, expect, it } from 'vitest';
import { targetsIn } from './helpers.js';

// Sentences that state no quantity: document numbers, markers, names, slogans, ordinals,
// phone numbers, titles. Each must give no target at all.
const NEGATIVE = [
  '根据《国务院关于印发国家职业教育改革实施方案的通知》（国发〔2019〕4号）精神。',
  '依据湘教法[2020]16号文件执行。',
  '落实《江西省“十四五”养老服务体系规划（2021—2025年）》要求。',
  '积极推进“1+X”证书制度试点。',
  '推行1+X证书制度，开展3+2中高职贯通培养。',
  '建设“双师型”教师队伍，坚持五育并举、三全育人。',
  '学习贯彻党的二十大精神。',
  '做强我区中等职业教育第一方阵。',
  '培育一批示范项目，打造一流学科。',
  '建设一支高素质队伍，形成一个综合平台，开展一次性补贴。',
  '聚焦全市“四六四五”发展战略，打造“15分钟社区生活圈”。',
  '坚持一县一策、一校一案，推行一季一测。',
  '实施“千村示范、万村整治”工程，推进千家万户共同参与。',
  '联系电话：0791-86123456，邮编：330000。',
  '咨询电话13912345678。',
  '实施职业院校党支部“五化”建设提质工程1和教师党支部书记“双带头人”2培育工程。',
  '推进教育信息化2.0行动。',
  '支持开展五年一贯制人才培养，探索五年制高职。',
  '职业学校二年级学生参加劳动教育。',
  '万元GDP用水量持续下降。',
  '实施三年行动计划。',
  '统一规范，同一所学校，唯一一个窗口。',
  '（一）加强组织领导。（二）强化经费保障。',
  '一、总体目标\n二、主要任务\n1.加强党的建设。\n（1）完善机制。\n①建立制度。',
  '进入全省一类地区，实施百年大计。',
  '每万人口拥有执业医师数持续提高。',
  'XX市2023年养老服务体系建设实施方案',
  // Ages name who is covered, not a quantity committed to.
  '为65岁及以上老年人免费提供健康体检。',
  '对60周岁以上游客免收门票。',
  // Clock times, hotlines, one-letter technology names.
  '窗口办公时间为8:30至17:30，周六上午9:30开始。',
  '畅通12345政务服务便民热线，推进5G和4K应用。',
  '创建国家4A级旅游景区，打造三级甲等医院。',
  // Rounds, sessions and baselines (issue 12 item 8).
  '抓住新一轮科技革命机遇，总结上一轮试点经验，启动第二轮评估。',
  '签约服务覆盖率较上一年增加，下一年度继续推进。',
  '深入贯彻市委六届二次全会和十四届三次会议精神。',
  // Clock times, web addresses, file names, percent-encoded text, formula factors.
  '发布时间：2023-05-06 14:31，来源：市卫生健康委。',
  '会议于14:30召开，持续至16:45。',
  '原文链接：https://www.gz.gov.cn/zwgk/fggw/content/post_8912345.html',
  '附件：监测指标体系2023.xlsx 相关图片：P020230512345678.jpg',
  '网址：%E5%B9%BF%E5%B7%9E%25%E5%B8%82。',
  '签约服务覆盖率=签约居民人数/辖区内常住人口数*100%。',
  // Page metadata and footers of a web copy (issue 12 item 4: chrome yields no target).
  '发布时间：2023年05月06日 10:30  浏览次数：1234',
  '| 发布日期 | 2021年5月6日 | 成文日期 | 2021年4月30日 |',
  '版权所有：上海市人民政府办公厅 沪ICP备12345678号-2',
  // 二次 before a noun is "secondary" (a count of two is 两次 or 2次).
  '加强二次污染管控，推进二次供水设施改造。',
];

describe('negative cases: no target', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(targetsIn(sentence).map((t) => t.text)).toEqual([]);
  });
});

describe('page labels blank only their own line', () => {
  it.each([['\n'], ['\r\n'], ['\r'], ['\u2028']])('a target on the line after a label stays (break %j)', (lineBreak) => {
    const text = `发布时间：2023年05月06日 10:30${lineBreak}到2025年，签约服务覆盖率达到90%。`;
    expect(targetsIn(text).map((t) => t.text)).toEqual(['到2025年', '达到90%']);
  });
});
