import { describe, expect, it } from 'vitest';
import { onlyTarget, targetsIn } from './helpers.js';

// Sentences from policy areas other than the seeds' (elderly care, employment, digital
// economy, environment, agriculture, transport), each asserting kind, value, unit,
// comparator and the exact span.
describe('percent', () => {
  it.each([
    ['护理型床位占比不低于55%。', '不低于55%', 55, 'gte'],
    ['城镇调查失业率控制在5.5%以内。', '控制在5.5%以内', 5.5, 'lte'],
    ['城镇污水处理率达到95％。', '达到95％', 95, 'gte'],
    ['居民收入年均增长7%左右。', '7%左右', 7, 'approx'],
    ['参保率超过百分之九十。', '超过百分之九十', 90, 'gt'],
    ['实践课时占总课时一半以上。', '一半以上', 50, 'gte'],
    ['覆盖三分之一的乡镇。', '三分之一', 100 / 3, 'eq'],
    ['留存收益的60%用于奖励。', '60%', 60, 'eq'],
  ])('%s', (sentence, span, value, comparator) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'percent', text: span, value, unit: '%', comparator, min: null, max: null });
    expect(t.start).toBe(sentence.indexOf(span));
  });

  it('reads a range with any dash and a repeated percent sign', () => {
    expect(onlyTarget('兼职教师占比15—30%。')).toMatchObject({ text: '15—30%', value: null, min: 15, max: 30 });
    expect(onlyTarget('兼职教师占比15%-30%。')).toMatchObject({ text: '15%-30%', value: null, min: 15, max: 30 });
  });

  it('gives unit pp to percentage points', () => {
    expect(onlyTarget('数字经济比重提高2个百分点。')).toMatchObject({ kind: 'percent', text: '2个百分点', value: 2, unit: 'pp' });
    expect(onlyTarget('降低1～3个百分点。')).toMatchObject({ text: '1～3个百分点', min: 1, max: 3, unit: 'pp' });
  });

  it('takes the comparator from a verb that governs the number through 的', () => {
    const t = onlyTarget('中等职业学校学位容量达到高中阶段学位总数的50%。');
    expect(t).toMatchObject({ text: '50%', comparator: 'gte', start: 21, end: 24 });
  });
});

describe('ratio', () => {
  it('reads 20:1, 1：1 and 5∶5 with value left/right and the terms', () => {
    expect(onlyTarget('生师比不低于20:1。')).toMatchObject({ kind: 'ratio', text: '不低于20:1', value: 20, left: 20, right: 1, unit: null, comparator: 'gte' });
    expect(onlyTarget('按1：1比例配套。')).toMatchObject({ text: '1：1', value: 1, left: 1, right: 1 });
    expect(onlyTarget('生师比不高于18∶1。')).toMatchObject({ text: '不高于18∶1', value: 18, comparator: 'lte' });
  });
  it('reads a coefficient as a ratio with a value only', () => {
    expect(onlyTarget('农田灌溉水有效利用系数达到0.58以上。')).toMatchObject({ kind: 'ratio', text: '达到0.58以上', value: 0.58, left: null, comparator: 'gte' });
  });
});

describe('money', () => {
  it.each([
    ['每年设立不少于200万元的专项资金。', '不少于200万元', 2000000, 'CNY', 'gte'],
    ['规模达到3500亿元。', '达到3500亿元', 350000000000, 'CNY', 'gte'],
    ['总投资3.5亿元。', '3.5亿元', 350000000, 'CNY', 'eq'],
    ['生均拨款不低于10000元/年。', '不低于10000元/年', 10000, 'CNY/year', 'gte'],
    ['各区县人均1元的专项经费。', '人均1元', 1, 'CNY/person', 'eq'],
    ['每年补助2000元。', '2000元', 2000, 'CNY', 'eq'],
    ['人均可支配收入达到4.2万元。', '达到4.2万元', 42000, 'CNY', 'gte'],
    ['奖补资金1万余元。', '1万余元', 10000, 'CNY', 'gt'],
    ['投入200余万元。', '200余万元', 2000000, 'CNY', 'gt'],
    ['补助标准为每生每年500元。', '每生每年500元', 500, 'CNY/person/year', 'eq'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    expect(onlyTarget(sentence)).toMatchObject({ kind: 'money', text: span, value, unit, comparator });
  });
});

describe('count', () => {
  it.each([
    ['养老机构床位总数达到1.2万张。', '达到1.2万张', 12000, '张', 'gte'],
    ['新增养老床位500床。', '500床', 500, '床', 'eq'],
    ['城镇新增就业4.5万人以上。', '4.5万人以上', 45000, '人', 'gte'],
    ['开展职业技能培训1万余人次。', '1万余人次', 10000, '人次', 'gt'],
    ['新增光纤宽带用户20万户。', '20万户', 200000, '户', 'eq'],
    ['建成高标准农田50万亩。', '50万亩', 500000, '亩', 'eq'],
    ['新建农村公路1200公里。', '1200公里', 1200, '公里', 'eq'],
    ['改造面积144.45万平方米。', '144.45万平方米', 1444500, '平方米', 'eq'],
    ['培育专精特新企业100家左右。', '100家左右', 100, '家', 'approx'],
    ['每个社区配备1名以上专职社工。', '1名以上', 1, '名', 'gte'],
    ['各县至少建成1所示范中心。', '1所', 1, '所', 'gte'],
    ['年均注册学习人数达到千人规模。', '达到千人', 1000, '人', 'gte'],
    ['每年调整专业1次。', '1次', 1, '次', 'eq'],
    ['建设两个园区。', '两个', 2, '个', 'eq'],
    ['PM2.5浓度降至35微克/立方米以下。', '降至35微克/立方米以下', 35, '微克/立方米', 'lte'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    const t = onlyTarget(sentence);
    expect(t).toMatchObject({ kind: 'count', text: span, value, unit, comparator });
    expect(t.start).toBe(sentence.indexOf(span));
  });

  it('reads a range of counts', () => {
    expect(onlyTarget('建设2—3个实训基地。')).toMatchObject({ text: '2—3个', value: null, min: 2, max: 3, unit: '个' });
    expect(onlyTarget('参与试点的学校1-2所。')).toMatchObject({ text: '1-2所', min: 1, max: 2, unit: '所' });
  });
});

describe('duration', () => {
  it.each([
    ['顶岗实习时间6个月。', '6个月', 6, 'month', 'eq'],
    ['具有3年以上企业工作经历。', '3年以上', 3, 'year', 'gte'],
    ['落实教师5年一周期的全员轮训制度。', '5年一周期', 5, 'year', 'eq'],
    ['每年至少1个月在企业实践。', '至少1个月', 1, 'month', 'gte'],
    ['进行为期一个月的劳动教育。', '一个月', 1, 'month', 'eq'],
    ['过渡期为两年。', '两年', 2, 'year', 'eq'],
    ['审批时限压缩至30个工作日以内。', '压缩至30个工作日以内', 30, 'day', 'lte'],
    ['会期2天。', '2天', 2, 'day', 'eq'],
  ])('%s', (sentence, span, value, unit, comparator) => {
    expect(onlyTarget(sentence)).toMatchObject({ kind: 'duration', text: span, value, unit, comparator });
  });

  it('marks a time frame (`5-10年内`, `用3年时间`) as its own limit', () => {
    expect(onlyTarget('助力在5-10年内进入一类地区。')).toMatchObject({ text: '5-10年内', min: 5, max: 10, comparator: 'lte', timeLimit: true });
    expect(onlyTarget('用2-5年左右的时间初步形成格局。')).toMatchObject({ text: '2-5年左右', comparator: 'approx', timeLimit: true });
    expect(onlyTarget('会期2天。').timeLimit).toBe(false);
  });
});

describe('multiple', () => {
  it('reads 倍 and 翻番', () => {
    expect(onlyTarget('年培训人次达到在校生规模2倍以上。')).toMatchObject({ kind: 'multiple', text: '2倍以上', value: 2, unit: 'x', comparator: 'gte' });
    expect(onlyTarget('5G基站数量翻一番。')).toMatchObject({ kind: 'multiple', text: '翻一番', value: 2, unit: 'x' });
    expect(onlyTarget('企业数量翻两番。')).toMatchObject({ text: '翻两番', value: 4 });
  });
});

describe('date', () => {
  it.each([
    ['到2025年，建成10个车间。', '到2025年', 2025, null, null, true],
    ['2023年底全市中职学校达标。', '2023年底', 2023, null, null, true],
    ['2025年末挂牌在3家以上。', '2025年末', 2025, null, null, true],
    ['从2020年起公开招聘。', '从2020年起', 2020, null, null, false],
    ['2022年启动建设。', '2022年', 2022, null, null, false],
    ['2022年11月22日', '2022年11月22日', 2022, 11, 22, false],
    ['二〇二三年十二月三十一日前完成验收。', '二〇二三年十二月三十一日前', 2023, 12, 31, true],
    ['力争“十四五”末达到5000人以上。', '“十四五”末', 2025, null, null, true],
  ])('%s', (sentence, span, year, month, day, due) => {
    const t = targetsIn(sentence).find((c) => c.kind === 'date')!;
    expect(t).toMatchObject({ text: span, year, month, day, due, comparator: 'eq', unit: null });
  });

  it('reads 十四五期间 and 2021-2025年 as ranges of years', () => {
    expect(onlyTarget('十四五期间，推进改革。')).toMatchObject({ kind: 'date', text: '十四五期间', year: null, min: 2021, max: 2025 });
    expect(onlyTarget('实施方案（2021-2025年）')).toMatchObject({ kind: 'date', text: '2021-2025年', min: 2021, max: 2025 });
  });
});

describe('several targets in one sentence keep their own spans', () => {
  it('splits a list of counts', () => {
    const s = '建设1个省级思政教育工作室，打造5个省级特色文化育人品牌，建设20门思政微课。';
    expect(targetsIn(s).map((t) => [t.text, t.start, t.end])).toEqual([['1个', 2, 4], ['5个', 16, 18], ['20门', 31, 34]]);
  });
  it('works on text without line breaks (flattened web text)', () => {
    const s = '一、总体要求（一）发展目标。到2025年，建成10个数字化车间。1.加强组织领导。2.强化经费保障，每年安排不少于500万元。';
    expect(targetsIn(s).map((t) => t.text)).toEqual(['到2025年', '10个', '不少于500万元']);
  });
});

describe('ratio or clock time', () => {
  it('keeps a ratio with a two-digit right term when no time word is near', () => {
    expect(onlyTarget('托育机构保育人员与婴幼儿配比不低于1:15。')).toMatchObject({ kind: 'ratio', left: 1, right: 15, comparator: 'gte' });
  });
});
