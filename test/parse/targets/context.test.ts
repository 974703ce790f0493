import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/parse/targets/index.js';
import { createContext } from '../../../src/parse/context.js';
import { EMPTY_META, type Structure } from '../../../src/parse/structure/index.js';
import type { Section } from '../../../src/schema/section.js';

function section(id: string, heading: string, text: string, start: number, end: number, children: Section[] = []): Section {
  const number = Number(id.split('.').at(-1));
  return { id, level: id.split('.').length, marker: `${number}.`, number, heading, start, end, text, children };
}

function run(text: string, sections: Section[] = [], indicators = true) {
  const structure: Structure = { meta: EMPTY_META, sections, notes: [], tables: [], warnings: [] };
  return extractTargets(createContext(text, { indicators }), structure).targets;
}

describe('sectionId', () => {
  it('is the innermost section holding the target, null outside any', () => {
    const text = '长沙市人民政府\n2023年5月6日\n一、目标\n（一）养老。新增床位500张。\n（二）就业。新增就业1万人。';
    const a = text.indexOf('一、目标');
    const b = text.indexOf('（一）');
    const c = text.indexOf('（二）');
    const tree = [section('1', '目标', '', a, text.length, [section('1.1', '养老', '', b, c), section('1.2', '就业', '', c, text.length)])];
    const targets = run(text, tree);
    expect(targets.map((t) => [t.text, t.sectionId])).toEqual([
      ['2023年5月6日', null],
      ['500张', '1.1'],
      ['1万人', '1.2'],
    ]);
  });
});

describe('deadline', () => {
  it('comes from a due date in the same sentence, before or after the number', () => {
    const [, first, second] = run('到2025年，护理型床位占比达到55%。建成示范中心3所，2024年底前完成。');
    expect([first!.text, first!.deadline]).toEqual(['达到55%', 2025]);
    expect([second!.text, second!.deadline]).toEqual(['3所', 2024]);
  });

  it('carries a due date opening a paragraph over 。 to the end of that paragraph only (water)', () => {
    const targets = run('到2022年，新建水厂1座。改造供水管网40公里。\n新增泵站2座。');
    expect(targets.map((t) => [t.text, t.deadline, t.deadlineSource])).toEqual([
      ['到2022年', null, null], ['1座', 2022, 'clause'], ['40公里', 2022, 'paragraph'], ['2座', null, null],
    ]);
  });

  it('takes no paragraph deadline from a due date after the target (a heading run into its body)', () => {
    const text = '二、发展目标通过3-5年努力，产业体系基本形成。到2020年，建成园区3个。';
    const heading = '发展目标通过3-5年努力，产业体系基本形成';
    const tree = [{ ...section('2', heading, '', 0, text.length), marker: '二、' }];
    expect(run(text, tree).filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['3-5年', null], ['3个', 2020]]);
  });

  it('ends the frame of a paragraph-opening due date where another due date appears', () => {
    const targets = run('到2025年，全面完成改造。新增充电桩700台。2024年底前，建成换电站30座。新增公交车200辆。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline, t.deadlineSource])).toEqual([
      ['700台', 2025, 'paragraph'], ['30座', 2024, 'clause'], ['200辆', null, null],
    ]);
  });

  it('does not open a paragraph with a due date that is not set off by a comma, nor one mid-paragraph', () => {
    const targets = run('2024年9月底前完成管道改造18公里。新增巡检人员30名。\n推进改造，到2025年，完成50%。新增泵站2座。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['18公里', 2024], ['30名', null], ['50%', 2025], ['2座', null],
    ]);
  });

  it('reads pledges (力争, 确保) before a year as due dates, in any clause', () => {
    const targets = run('较上一年增加，力争2023年达到80%。推动人才下沉，确保2025年每千人口基层卫生人员数不低于3.5人。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline, t.deadlineSource])).toEqual([
      ['达到80%', 2023, 'clause'], ['不低于3.5人', 2025, 'clause'],
    ]);
  });

  it("reads a year's plan as due that year (training)", () => {
    const targets = run('做实基层医生能力提升工程2023年培训计划，培养不少于3500名基层医生。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['不少于3500名', 2023]]);
  });

  it('carries a due date that opens its section text to the rest of that section only (employment)', () => {
    const text = '（二）工作目标。到2026年，新增城镇就业5万人。城镇调查失业率控制在5.5%以内。\n（三）重点任务\n开发公益性岗位800个。';
    const b = text.indexOf('（二）');
    const c = text.indexOf('（三）');
    const tree = [{ ...section('1', '工作目标', '', b, c), marker: '（二）' }, { ...section('2', '重点任务', '', c, text.length), marker: '（三）' }];
    expect(run(text, tree).filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['5万人', 2026], ['控制在5.5%以内', 2026], ['800个', null],
    ]);
  });

  it('does not let a date run into its verb at the head of a section frame the section (gas safety)', () => {
    const text = '（三）燃气整治。2024年9月底前完成管道改造18公里。新增巡检人员30名。';
    const tree = [{ ...section('1', '燃气整治', '', 0, text.length), marker: '（三）' }];
    expect(run(text, tree).filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['18公里', 2024], ['30名', null]]);
  });

  it('carries the year of a sentence introducing a goals list to the listed goals (digital economy)', () => {
    const text = '（一）发展目标\n坚持创新驱动。到2027年，主要目标如下：\n- 数字经济核心产业增加值突破300亿元；\n- 培育数字化转型示范企业50家。';
    const tree = [section('1', '发展目标', '', 0, text.length)];
    expect(run(text, tree).filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['突破300亿元', 2027], ['50家', 2027]]);
  });

  it('takes the year opening a clause that states the work of that year, not a year that starts work (logistics)', () => {
    const targets = run('冷链设施加快布局。2025年新建冷库20座，其中智能冷库不少于5座。2024年启动物流园建设，建成配送中心3个。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['20座', 2025], ['不少于5座', 2025], ['3个', null]]);
  });

  it('lets the nearest governing date of the clause win (mining safety)', () => {
    const targets = run('尾矿库隐患治理2024年内完成率达到80%，2025年6月底前全部完成。');
    expect(targets.find((t) => t.kind === 'percent')!.deadline).toBe(2024);
  });

  it('takes no deadline from a baseline or qualifier year (tourism, housing, emissions)', () => {
    const targets = run('到2025年，过夜游客恢复到2019年的1.5倍以上；改造2005年底前建成的小区，居民满意度达到90%以上。\n能耗较2020年下降13.5%。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['1.5倍以上', 2025], ['达到90%以上', 2025], ['13.5%', null],
    ]);
  });

  it('gives a rate or subsidy standard only a date in its own phrase (housing)', () => {
    const targets = run('2023—2025年完成适老化改造2万户，每户补助标准不超过6000元，按每户3000元给予配套。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['2万户', 2025], ['不超过6000元', null], ['每户3000元', null],
    ]);
  });

  it('does not carry a mid-sentence due date past its sentence, nor take a start year', () => {
    const targets = run('采取合并等措施，到2022年底，学校全部达标。各县必须办好1所以上中职学校。2021年起招聘3年以上经历的教师。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['1所以上', null], ['3年以上', null]]);
  });

  it('carries a framing due date over ； to later clauses of its sentence (transport)', () => {
    const targets = run('到2025年底，全市公交站点覆盖率达到95%；新增充电桩3000个；2024年底前完成站台改造，候车亭更新200座。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['达到95%', 2025], ['3000个', 2025], ['200座', 2024],
    ]);
  });

  it('does not let a framing due date reach back to targets before it (agriculture)', () => {
    const targets = run('每个县至少建成1个农产品仓储中心，每个乡镇建设冷链设施不少于2处，到2024年底，冷链覆盖率达到80%以上。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['1个', null], ['不少于2处', null], ['达到80%以上', 2024],
    ]);
  });

  it('takes the last year of a period that opens a clause, not of one in brackets (housing)', () => {
    const targets = run('全市保障性住房建设计划（2023—2025年）如下。\n2023—2025年，筹集保障性租赁住房1.2万套；棚户区改造完成率达到100%。\n以老旧小区为重点，2024—2026年完成加装电梯600部。');
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([
      ['1.2万套', 2025], ['达到100%', 2025], ['600部', 2026],
    ]);
  });

  it('is null for dates and for a duration that is itself the time frame', () => {
    const targets = run('到2025年，助力在5-10年内进入一类地区。');
    expect(targets.map((t) => [t.text, t.deadline])).toEqual([['到2025年', null], ['5-10年内', null]]);
  });

  it('comes from the completion-time cell of a table row', () => {
    const text = '序号\t任务\t时限\n\n\t1\n\t培训规模不少于1万人。\n\t市人社局\n\t2022年\n\n\t2\n\t建设5个基地。\n\t市教育局\n\t2023年底';
    expect(run(text).filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['不少于1万人', 2022], ['5个', 2023]]);
    const oneLine = '1\t培训规模不少于1万人\t市人社局\t2022年';
    expect(run(oneLine).find((t) => t.kind === 'count')!.deadline).toBe(2022);
  });

  it('comes from the completion-time column of an attachment table (the text index\'s tables)', () => {
    const text = '一、主要任务\n加快建设。\n附件\n序号\n任务\n完成时限\n1\n新建污水管网60公里\n2025年6月底前\n2\n改造泵站3座\n2024年底前';
    expect(createContext(text).index.tables.map((t) => t.columns)).toEqual([['序号', '任务', '完成时限']]);
    const targets = run(text, [], false);
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline])).toEqual([['60公里', 2025], ['3座', 2024]]);
  });

  it('reads no due year from a stage heading written as a span of months', () => {
    const text = '（二）攻坚阶段（2024年5月至2025年12月）\n每半年开展1次评估。';
    const tree = [section('1', '攻坚阶段（2024年5月至2025年12月）', '', 0, text.length)];
    expect(run(text, tree).find((t) => t.kind === 'count')!.deadline).toBeNull();
  });

  it('falls back to the heading of its section or a parent', () => {
    const text = '（一）到2025年主要目标\n1.养老服务。新增床位500张。';
    const child = section('1.1', '养老服务', '', text.indexOf('1.'), text.length);
    const tree = [section('1', '到2025年主要目标', '', 0, text.length, [child])];
    const target = run(text, tree).find((t) => t.kind === 'count')!;
    expect([target.deadline, target.deadlineSource]).toEqual([2025, 'section']);
  });

  it('takes a task-table row cell holding only a date when there is no completion-time column', () => {
    const text = '一、主要任务\n加快建设。\n附件\n序号\n任务\n备注\n1\n新建污水管网60公里，到2025年完成。\n/\n2\n改造泵站3座\n2024年底前';
    expect(createContext(text).index.tables.map((t) => t.rows)).toEqual([[['1', '新建污水管网60公里，到2025年完成。', '/'], ['2', '改造泵站3座', '2024年底前']]]);
    const targets = run(text, [], false);
    expect(targets.filter((t) => t.kind !== 'date').map((t) => [t.text, t.deadline, t.deadlineSource])).toEqual([
      ['60公里', 2025, 'clause'], ['3座', 2024, 'table'],
    ]);
  });
});

describe('indicator', () => {
  it('leaves out the numbering marker that opens a measure (employment, transport)', () => {
    expect(run('（一）支持企业吸纳就业。\n2.开展专项招聘活动不少于50场次。\n')[0]!.indicator).toBe('开展专项招聘活动');
    expect(run('（3）新建公交首末站12个。\n')[0]!.indicator).toBe('新建公交首末站');
    expect(run('③农村公路优良中等路率达到85%以上。')[0]!.indicator).toBe('农村公路优良中等路率');
  });

  it('is the subject before a linking verb', () => {
    const t = run('中等职业学校学位容量达到高中阶段学位总数的50%。')[0]!;
    expect(t.indicator).toBe('中等职业学校学位容量占高中阶段学位总数的比例');
    expect(run('“双师型”教师占专业课教师总数的比例达到60%。')[0]!.indicator).toBe('双师型”教师占专业课教师总数的比例');
  });

  it('is the object after the number when a verb of building precedes it', () => {
    expect(run('建设1个省级思政教育工作室，打造5个省级特色文化育人品牌。').map((t) => t.indicator)).toEqual([
      '省级思政教育工作室数',
      '省级特色文化育人品牌数',
    ]);
  });

  it('puts the subject and verb before the object when the clause has a subject (sport)', () => {
    expect(run('每个乡镇至少建成1个具备健身、培训、赛事等多种功能的全民健身中心。')[0]!.indicator).toBe('每个乡镇建成的全民健身中心数');
    expect(run('每年举办2次以上全民健身运动会。')[0]!.indicator).toBe('每年举办的全民健身运动会次数');
  });

  it('takes the noun a duration qualifies (transport)', () => {
    expect(run('驾驶员应具有3年以上安全驾驶经历的从业资格。')[0]!.indicator).toBe('驾驶员应具有的安全驾驶经历');
  });

  it('reads a comparison clause against the subject of the clause before (water)', () => {
    const [, change] = run('农田灌溉用水量达到8亿立方米，较2020年下降5%。').filter((t) => t.kind !== 'date');
    expect(change!.indicator).toBe('农田灌溉用水量较2020年下降');
  });

  it('gives a number joined by 和 the indicator of the one before (culture)', () => {
    const targets = run('城市、农村公共图书馆覆盖率分别达到100%和95%以上。');
    expect(targets.map((t) => t.indicator)).toEqual(['城市、农村公共图书馆覆盖率', '城市、农村公共图书馆覆盖率']);
  });

  it('takes the previous clause when the number stands alone', () => {
    expect(run('中等职业教育在校生规模稳步增长，达到3000人以上。')[0]!.indicator).toBe('中等职业教育在校生规模');
  });

  it('gives a number joined by 和 the comparator of the verb before the one before it (`分别达到65%和55%`)', () => {
    expect(run('花生种植、收获机械化率分别达到65%和55%。').map((t) => [t.text, t.comparator])).toEqual([
      ['达到65%', 'gte'],
      ['55%', 'gte'],
    ]);
    // A comparator after the first number is its own: the second keeps eq.
    expect(run('建成3家以上和5家。').map((t) => [t.text, t.comparator])).toEqual([
      ['3家以上', 'gte'],
      ['5家', 'eq'],
    ]);
  });

  it('leaves out a verb of having before a count (`只有`, `仅有`, `共有`)', () => {
    expect(run('入围生产企业只有1家的，采取谈判方式。')[0]!.indicator).toBe('入围生产企业');
    expect(run('全市共有3个国家级园区。')[0]!.indicator).toBe('全市');
  });

  it('is null when indicators are not asked for, and for dates', () => {
    expect(run('建设1个省级工作室。', [], false)[0]!.indicator).toBeNull();
    expect(run('到2025年，建设1个省级工作室。')[0]!.indicator).toBeNull();
  });
});

describe('indicator from what the text around a subjectless clause names', () => {
  it('takes the label line above a clause with no subject (indicator table, one cell per line)', () => {
    const text = '签约数量指标\n1.重点人群签约服务覆盖率\n较上一年增加。2023年达到80%，力争2035年达到95%。\n15.签约高血压患者血压控制率\n≥50%\n';
    expect(run(text).filter((t) => t.kind !== 'date').map((t) => t.indicator)).toEqual([
      '重点人群签约服务覆盖率', '重点人群签约服务覆盖率', '签约高血压患者血压控制率',
    ]);
  });

  it('does not lend a clause that only states a change as the subject', () => {
    const text = '10.签约居民续约率\n较上一年增加，力争2023年达到80%。';
    expect(run(text).find((t) => t.kind === 'percent')!.indicator).toBe('签约居民续约率');
  });

  it('reads the label before a colon', () => {
    expect(run('3.签约服务费用于签约服务人员的薪酬分配：原则上不低于80%。')[0]!.indicator).toBe('签约服务费用于签约服务人员的薪酬分配');
  });

  it('reads a percentage of the things after it as their share (`N%的…`)', () => {
    expect(run('加强15%的中医馆内涵建设，提升服务能力。探索在10%的社区卫生服务站设置中医阁。').map((t) => t.indicator)).toEqual([
      '加强中医馆内涵建设的比例', '社区卫生服务站设置中医阁的比例',
    ]);
  });

  it('names a share written with 占 its 比例, leaving out adverbs of manner (严格落实)', () => {
    expect(run('保证实践性教学课时占总课时一半以上。')[0]!.indicator).toBe('实践性教学课时占总课时比例');
    expect(run('严格落实教育附加费用于职业教育比例不低于30%。')[0]!.indicator).toBe('教育附加费用于职业教育比例');
  });

  it('reads a percentage inside an unclosed bracket as the share of the thing named there', () => {
    expect(run('预留一定比例的号源（其中专家号源不低于30%）。')[0]!.indicator).toBe('专家号源的比例');
  });

  it('drops a modal before the linking verb (`有效期可为1年`)', () => {
    expect(run('服务协议有效期可为1年。')[0]!.indicator).toBe('服务协议有效期');
  });
});

describe('indicator of a time limit', () => {
  it('is the verb it limits, with its subject, and 时限 (`30日内办结`)', () => {
    expect(run('一般欠薪案件30日内办结。')[0]!.indicator).toBe('一般欠薪案件办结时限');
    expect(run('对企业诉求，3个工作日内响应。')[0]!.indicator).toBe('企业诉求响应时限');
  });
});

describe('indicator of an amount granted', () => {
  it('is the receiver and the grant, a rate being its 标准', () => {
    expect(run('新建养老机构按每张床位1万元给予一次性建设补贴。')[0]!.indicator).toBe('新建养老机构一次性建设补贴标准');
    expect(run('对经济困难的失能老年人，按每人每年2000元的标准发放护理补贴。')[0]!.indicator).toBe('经济困难的失能老年人护理补贴标准');
  });
});

describe('indicator of a duration', () => {
  it('is the time the goal after it takes when it is a time frame (`用2-5年左右的时间，…`)', () => {
    expect(run('用2-5年左右的时间，中等职业教育与普通高中教育大体相当的格局初步形成。')[0]!.indicator).toBe(
      '中等职业教育与普通高中教育大体相当的格局初步形成所需时间',
    );
  });

  it('is the cycle of the scheme after `N年一周期`', () => {
    expect(run('落实教师5年一周期的全员轮训制度。')[0]!.indicator).toBe('教师全员轮训周期');
  });

  it('is the time spent on the activity after it (`…至少1个月在企业实训`)', () => {
    expect(run('落实职业学校教师每年至少1个月在企业或实训基地实训。')[0]!.indicator).toBe('职业学校教师每年在企业或实训基地实训时间');
  });
});

describe('dates, deadlines and comparators as real documents write them', () => {
  it('reads `2020年初步建成` as the year and 初步, which frames its clause', () => {
    const targets = run('完善兼职制度。2020年初步建成300个示范性实训基地。');
    expect(targets.map((t) => [t.text, t.kind, t.deadline])).toEqual([
      ['2020年', 'date', null],
      ['300个', 'count', 2020],
    ]);
  });

  it('gives the end of a date window the year of its start, and its clause that year', () => {
    const targets = run('2019年1月1日至12月31日，对参保企业返还标准可按6个月的失业保险金确定。');
    expect(targets.map((t) => [t.text, t.year, t.month, t.day])).toEqual([
      ['2019年1月1日', 2019, 1, 1],
      ['12月31日', 2019, 12, 31],
      ['6个月', null, null, null],
    ]);
    expect(targets[2]!.deadline).toBe(2019);
  });

  it('lets a paragraph opened by a short label and a framing date frame its later sentences', () => {
    const targets = run('具体指标：到2022年，建设50所高水平学校。推动建设300个实训基地。\n');
    expect(targets.map((t) => [t.text, t.deadline, t.deadlineSource])).toEqual([
      ['到2022年', null, null],
      ['50所', 2022, 'clause'],
      ['300个', 2022, 'paragraph'],
    ]);
  });

  it('reads the verb before a count noun as governing the percent after it (`达到…人数25%`)', () => {
    expect(run('新招用人员数量达到企业现有在职职工人数25%。')[0]).toMatchObject({ text: '25%', comparator: 'gte' });
  });
});

describe('a bare year opening a sentence after any break kind', () => {
  it.each([['\n'], ['\r'], ['\u2028'], ['。']])('frames its sentence after %j', (lineBreak) => {
    const targets = run(`一、工作目标${lineBreak}2025年，全市覆盖率达到90%。`);
    expect(targets.map((t) => [t.text, t.deadline])).toEqual([
      ['2025年', null],
      ['达到90%', 2025],
    ]);
  });
});
