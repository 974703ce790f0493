import { describe, expect, it } from 'vitest';
import { onlyTarget, targetsIn } from './helpers.js';

// Phrasings beyond the first seeds, each from a policy area of its own (culture and
// tourism, transport, agriculture, energy, water, sport, housing, emergency management).
describe('measure words', () => {
  it.each([
    ['全民健身赛事每年举办不少于30场次。', '不少于30场次', 30, '场次', 'gte'],
    ['智慧旅游景区建设水平达到3级以上。', '达到3级以上', 3, '级', 'gte'],
    ['应急物资储备覆盖12类以上。', '12类以上', 12, '类', 'gte'],
    ['抽检农产品2批次。', '2批次', 2, '批次', 'eq'],
    ['为老旧小区住宅加装电梯120部。', '120部', 120, '部', 'eq'],
    ['改造危旧房屋35栋。', '35栋', 35, '栋', 'eq'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'count', text: span, value, unit, comparator });
    expect(t.start).toBe(sentence.indexOf(span));
  });

  it('does not count a grade or category written with a Chinese numeral (三级医院, 一类地区)', () => {
    expect(targetsIn('推动二级公路提质，创建一类口岸。')).toEqual([]);
  });
});

describe('Latin-letter units after a number', () => {
  it.each([
    ['新增分布式光伏装机容量100MW。', '100MW', 100, 'MW'],
    ['智能计算中心算力达到200PFlops。', '达到200PFlops', 200, 'PFlops'],
    ['全县年节约用电1.5万kWh。', '1.5万kWh', 15000, 'kWh'],
    ['政务云存储扩容至500TB。', '扩容至500TB', 500, 'TB'],
    ['城区宽带接入能力达到1000Mbps。', '达到1000Mbps', 1000, 'Mbps'],
  ])('%s', (sentence, span, value, unit) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'count', value, unit });
    expect(span).toContain(t.text);
  });

  it('leaves one-letter names and grades alone (5G, 4A级, 8K, 3AAA)', () => {
    expect(targetsIn('推进5G应用，创建4A级景区，发展8K超高清，评定3AAA企业。')).toEqual([]);
  });
});

describe('dates without a year', () => {
  it.each([
    ['各乡镇于6月底前完成摸底。', '6月底前', 6, null],
    ['12月10日前报送春耕备耕情况。', '12月10日前', 12, 10],
    ['三月底前完成河道清淤。', '三月底前', 3, null],
  ])('%s', (sentence, span, month, day) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'date', text: span, year: null, month, day, due: true });
  });

  it('skips a bare month inside a period and a month that follows its year', () => {
    expect(targetsIn('2024年5月至9月开展汛期巡查。').map((t) => t.text)).toEqual(['2024年5月']);
    expect(targetsIn('见习期6个月。').map((t) => t.kind)).toEqual(['duration']);
  });
});

describe('fractions', () => {
  it('reads 百分之二十至百分之三十 as one range', () => {
    expect(onlyTarget('公交分担率提高百分之二十至百分之三十。')).toMatchObject({
      kind: 'percent', text: '百分之二十至百分之三十', value: null, min: 20, max: 30, unit: '%',
    });
  });
  it('keeps 三分之二 exact', () => {
    expect(onlyTarget('耕地保护补贴的三分之二用于种粮农民。').value).toBe(200 / 3);
  });
});

describe('rates written on the amount', () => {
  it.each([
    ['发放运动员生活补助每人每月不低于600元。', '每人每月不低于600元', 600, 'CNY/person/month', 'gte'],
    ['对见义勇为人员每人每年2000元慰问金。', '每人每年2000元', 2000, 'CNY/person/year', 'eq'],
    ['按每张床位2万元给予建设补助。', '每张床位2万元', 20000, 'CNY/bed', 'eq'],
    ['农村危房改造每户最高3万元。', '每户最高3万元', 30000, 'CNY/household', 'lte'],
    ['按每亩200元发放耕地地力补贴。', '每亩200元', 200, 'CNY/mu', 'eq'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'money', text: span, value, unit, comparator });
    expect(t.start).toBe(sentence.indexOf(span));
  });

  it('does not take a rate separated from the amount, nor a yearly 每年 before a comparator', () => {
    expect(onlyTarget('每户补助标准不超过8000元。')).toMatchObject({ text: '不超过8000元', unit: 'CNY', comparator: 'lte' });
    expect(onlyTarget('村级组织运转经费每年达到5万元。')).toMatchObject({ text: '达到5万元', unit: 'CNY', comparator: 'gte' });
  });
});

describe('comparators', () => {
  it.each([
    ['森林覆盖率提高至45%。', '提高至45%', 'eq'],
    ['公共交通机动化出行分担率提升到60%。', '提升到60%', 'eq'],
    ['道路交通事故死亡率降至2.5%。', '降至2.5%', 'eq'],
    ['农村改厕补助最高5000元。', '最高5000元', 'lte'],
    ['体育场地面积最低2.6平方米。', '最低2.6平方米', 'gte'],
    ['城市内涝点数量降低到10个以下。', '降低到10个以下', 'lte'],
    // A floor or ceiling set as a rule: a modal negation before the comparison.
    ['架空线路对地距离不得小于6.5米。', '不得小于6.5米', 'gte'],
    ['整改完成率不应低于90%。', '不应低于90%', 'gte'],
    ['审批时限不宜超过15个工作日。', '不宜超过15个工作日', 'lte'],
  ])('%s', (sentence, span, comparator) => {
    expect(onlyTarget(sentence)).toMatchObject({ text: span, comparator });
  });

  it('does not read 最低 qualifying a noun as governing the number (最低工资标准的80%)', () => {
    expect(onlyTarget('实习补贴按当地最低工资标准的80%发放。')).toMatchObject({ text: '80%', comparator: 'eq' });
  });
});

// Second held-out round: phrasings from water supply, grain, fisheries, logistics, skills
// training, power and road safety.
describe('more measure words', () => {
  it.each([
    ['全年组织开展供水管网漏损排查不少于3轮。', '不少于3轮', 3, '轮'],
    ['全县粮食总产量稳定在80亿斤以上。', '80亿斤以上', 8e9, '斤'],
    ['耕作层厚度不小于25厘米。', '不小于25厘米', 25, '厘米'],
    ['年培训企业职工1200家次。', '1200家次', 1200, '家次'],
    ['开通定制公交线路运行班次30车次以上。', '30车次以上', 30, '车次'],
  ])('%s', (sentence, span, value, unit) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'count', text: span, value, unit });
    expect(t.start).toBe(sentence.indexOf(span));
  });

  it('does not read 轮换 or 轮岗 as a measure word', () => {
    expect(targetsIn('干部每3轮换一次岗位。')).toEqual([]);
  });

  it('keeps a count right after a quoted name, but not a footnote digit after it', () => {
    expect(onlyTarget('建设“智慧物流示范园”3个。')).toMatchObject({ text: '3个', value: 3, unit: '个' });
    expect(targetsIn('实施“乡村振兴计划”2。')).toEqual([]);
  });

  it('does not read a Chinese-numeral 日 before a noun as a duration (九日山), but keeps 三十日内', () => {
    expect(targetsIn('依托九日山、五指山等资源开发线路。')).toEqual([]);
    expect(onlyTarget('申请材料齐全的，三十日内办结。')).toMatchObject({ kind: 'duration', value: 30, unit: 'day' });
  });
});

describe('more rates written on the amount', () => {
  it.each([
    ['分布式光伏按每千瓦300元给予一次性补贴。', '每千瓦300元', 300, 'CNY/kW', 'eq'],
    ['储能电站放电量按每千瓦时0.2元给予奖励。', '每千瓦时0.2元', 0.2, 'CNY/kWh', 'eq'],
    ['工业用电价格约为0.6元/千瓦时。', '约为0.6元/千瓦时', 0.6, 'CNY/kWh', 'approx'],
    ['职业技能培训按每人次800元给予补贴。', '每人次800元', 800, 'CNY/person-time', 'eq'],
    ['渔船更新改造户均约2.5万元。', '户均约2.5万元', 25000, 'CNY/household', 'approx'],
    ['物流企业按每家企业不超过2万元的标准给予奖励。', '每家企业不超过2万元', 20000, 'CNY/enterprise', 'lte'],
    ['公租房租金按每月每平方米5元收取。', '每月每平方米5元', 5, 'CNY/month/sqm', 'eq'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'money', text: span, value, unit, comparator });
    expect(t.start).toBe(sentence.indexOf(span));
  });
});

describe('more comparators', () => {
  it.each([
    ['培育年产值超50亿元的龙头企业。', '超50亿元', 'gt'],
    ['对新认定的物流枢纽最高奖励300万元。', '300万元', 'lte'],
    ['获评示范基地的，最高可获得奖励80万元。', '80万元', 'lte'],
    ['中心城区医疗机构2公里范围内设置公交站点。', '2公里范围内', 'lte'],
  ])('%s', (sentence, span, comparator) => {
    expect(onlyTarget(sentence)).toMatchObject({ text: span, comparator });
  });

  it('reads 超亿元 as more than one hundred million yuan', () => {
    expect(onlyTarget('培育产值超亿元的企业。')).toMatchObject({ kind: 'money', text: '超亿元', value: 1e8, unit: 'CNY', comparator: 'gt' });
  });

  it('reads a bare number bounding a rate as a ratio with a value (road safety)', () => {
    expect(onlyTarget('全市火灾十万人口死亡率控制在0.3以内。')).toMatchObject({ kind: 'ratio', text: '控制在0.3以内', value: 0.3, comparator: 'lte' });
    expect(onlyTarget('全市亿元生产总值事故死亡率不超过2以下。')).toMatchObject({ kind: 'ratio', value: 2 });
    expect(targetsIn('率先完成改造任务0.8以上。')).toEqual([]);
  });
});

describe('month dates after 每年', () => {
  it('reads 每年11月底前 as a due month with no year', () => {
    expect(onlyTarget('每年11月底前报送年度评估报告。')).toMatchObject({ kind: 'date', text: '11月底前', year: null, month: 11, due: true });
  });
});

describe('caps written before the number (comparator table: 最长/最多/最高…至N, 可至N%)', () => {
  it.each([
    ['处方用药量最长放宽至3个月。', '3个月', 'lte'],
    ['外资股权比例可至100%。', '可至100%', 'lte'],
    ['补助期限最多延长到2年。', '2年', 'lte'],
    ['在3个月内完成整改。', '3个月内', 'lte'],
  ])('%s', (sentence, span, comparator) => {
    const t = onlyTarget(sentence);
    expect([t.text, t.comparator]).toEqual([span, comparator]);
  });
});

describe('a year split by a space in web copies', () => {
  it('is read as one year after 到 (到20 18年), not as a duration', () => {
    expect(onlyTarget('到20 18年，建成示范园区。')).toMatchObject({ kind: 'date', text: '到20 18年', year: 2018, due: true });
  });

  it('is not read as a year without 到/至 before it', () => {
    expect(targetsIn('共计20 18年').filter((t) => t.kind === 'date')).toEqual([]);
  });
});

describe('page metadata labels', () => {
  it('blank only their own line: the body after them keeps its targets', () => {
    expect(targetsIn('发布时间：2023年05月06日\n到2025年，新建养老机构3所。').map((t) => t.text)).toEqual(['到2025年', '3所']);
  });

  it('are labels only at a line start or cell edge, not inside a word (资金来源：)', () => {
    expect(targetsIn('资金来源：市财政安排500万元。').map((t) => t.text)).toEqual(['500万元']);
  });
});

describe('a two-digit time of day against a ratio', () => {
  it('keeps a proportion named as one (配比为12:25) and a ratio written with 比', () => {
    expect(onlyTarget('资金配比为12:25。')).toMatchObject({ kind: 'ratio', left: 12, right: 25 });
    expect(onlyTarget('按照12比25的比例配套。')).toMatchObject({ kind: 'ratio', left: 12, right: 25 });
  });
});
