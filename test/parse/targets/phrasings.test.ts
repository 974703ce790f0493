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
  ])('%s', (sentence, span, comparator) => {
    expect(onlyTarget(sentence)).toMatchObject({ text: span, comparator });
  });

  it('does not read 最低 qualifying a noun as governing the number (最低工资标准的80%)', () => {
    expect(onlyTarget('实习补贴按当地最低工资标准的80%发放。')).toMatchObject({ text: '80%', comparator: 'eq' });
  });
});
