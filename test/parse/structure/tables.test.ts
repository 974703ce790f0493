import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';
import { flattenSections } from '../../../src/index.js';

const body = '一、任务\n推进工作。\n\n';

describe('attachment tables', () => {
  it('fills a merged cell from the cell above, with the span of that cell', () => {
    const text = `${body}附件：重点任务分工表\n\n序号\t任务\t责任单位\n1\t建设中心\t市民政局\n2\t培训人员\t\n`;
    const [table] = structureOf(text).tables;
    expect(table.title).toBe('重点任务分工表');
    expect(table.columns).toEqual(['序号', '任务', '责任单位']);
    expect(table.rows).toEqual([['1', '建设中心', '市民政局'], ['2', '培训人员', '市民政局']]);
    const above = table.cellSpans[0][2];
    expect(table.cellSpans[1][2]).toEqual(above);
    expect(text.slice(above!.start, above!.end)).toBe('市民政局');
    expect(text.slice(table.start, table.start + 2)).toBe('序号');
  });

  it('drops a header row repeated on the next page and keeps a cell broken over lines whole', () => {
    const text = `${body}附件\n\n任务清单\n\n\t序号\n\t任务\n\t时限\n\n\t1\n\t新建基站\n\t2024年\n\n\t序号\n\t任务\n\t时限\n\n\t2\n\t改造企业，\n完成数字化\n\t2025年\n`;
    const [table] = structureOf(text).tables;
    expect(table.title).toBe('任务清单');
    expect(table.rows).toEqual([['1', '新建基站', '2024年'], ['2', '改造企业，\n完成数字化', '2025年']]);
    const span = table.cellSpans[1][1]!;
    expect(text.slice(span.start, span.end)).toBe('改造企业，\n完成数字化');
  });

  it('finds no table where the attachment has no header row', () => {
    expect(structureOf(`${body}附件：工作任务清单\n`).tables).toEqual([]);
  });
});

describe('a table whose columns are aligned with spaces', () => {
  it('splits on runs of two or more blanks', () => {
    const text = `${body}附件：任务分工表\n\n序号   重点任务          责任单位    完成时限\n1      建设平台          市数据局    2024年\n2      开放公共数据      市数据局    \n`;
    const [table] = structureOf(text).tables;
    expect(table.columns).toEqual(['序号', '重点任务', '责任单位', '完成时限']);
    expect(table.rows).toEqual([['1', '建设平台', '市数据局', '2024年'], ['2', '开放公共数据', '市数据局', '2024年']]);
  });
});

describe('tables copied from a web page, one cell per line', () => {
  const taskTable = [
    '附件2',
    '重点任务分工表',
    '序号', '工作事项', '主要内容', '牵头单位', '配合单位',
    '1', '扩大服务供给。', '增加家庭医生数量。', '各区政府', '市卫生健康委',
    '推动人才下沉基层。', '各区政府', '市人社局',
    '2', '优化服务团队。', '组建签约团队。', '市卫生健康委', '/',
  ];

  it('reads rows that continue an item without 序号 (merged cells filled), and keeps / as written', () => {
    const text = `${body}附件：1.重点任务分工表\n\n${taskTable.join('\n')}\n`;
    const [table] = structureOf(text).tables;
    expect(table.title).toBe('重点任务分工表');
    expect(table.columns).toEqual(['序号', '工作事项', '主要内容', '牵头单位', '配合单位']);
    expect(table.rows).toEqual([
      ['1', '扩大服务供给。', '增加家庭医生数量。', '各区政府', '市卫生健康委'],
      ['1', '扩大服务供给。', '推动人才下沉基层。', '各区政府', '市人社局'],
      ['2', '优化服务团队。', '组建签约团队。', '市卫生健康委', '/'],
    ]);
    const filled = table.cellSpans[1][0]!;
    expect(text.slice(filled.start, filled.end)).toBe('1');
  });

  it('reads the same table with bare \\r, \\r\\n and U+2028 line breaks', () => {
    for (const br of ['\r', '\r\n', '\u2028']) {
      const text = `${body}附件：1.重点任务分工表\n\n${taskTable.join(br)}${br}`.replace(/\n/g, br);
      const tables = structureOf(text).tables;
      expect(tables.map((t) => t.rows.length), JSON.stringify(br)).toEqual([3]);
      expect(tables[0].rows[1][2]).toBe('推动人才下沉基层。');
    }
  });

  it('reads an indicator table without 序号 before the task table: rows open at numbered items, group cells span rows', () => {
    const indicators = [
      '附件1',
      '监测指标体系',
      '一级指标', '二级指标', '评价标准', '数据来源',
      '签约数量指标',
      '1.重点人群签约覆盖率', '较上一年增加。', '年报结合现场抽查。',
      '2.签约服务覆盖率', '每年增加1个百分点。', '年报。',
      '服务效果',
      '3.签约居民续约率', '考察落实情况：', '1.是否建立制度。', '2.查看平台。', '第三方调查。',
    ];
    const text = `${body}附件：1.监测指标体系\n2.重点任务分工表\n\n${indicators.join('\n')}\n${taskTable.join('\n')}\n`;
    const tables = structureOf(text).tables;
    expect(tables.map((t) => t.title)).toEqual(['监测指标体系', '重点任务分工表']);
    expect(tables[0].columns).toEqual(['一级指标', '二级指标', '评价标准', '数据来源']);
    expect(tables[0].rows).toEqual([
      ['签约数量指标', '1.重点人群签约覆盖率', '较上一年增加。', '年报结合现场抽查。'],
      ['签约数量指标', '2.签约服务覆盖率', '每年增加1个百分点。', '年报。'],
      ['服务效果', '3.签约居民续约率', '考察落实情况：\n1.是否建立制度。\n2.查看平台。', '第三方调查。'],
    ]);
    expect(tables[1].rows).toHaveLength(3);
  });
});

describe('a header written over two rows, one cell per line', () => {
  const rows = ['1', '建设平台', '市数据局', '市财政局', '2024年', '2', '开放数据', '市数据局', '/', '2025年', '3', '培育企业', '市工信局', '市数据局', '2025年'];

  it('puts the sub-columns of a group cell (责任单位 over 牵头单位 / 配合单位) in its place', () => {
    const text = `${body}附件：任务分工表\n\n${['序号', '重点任务', '责任单位', '完成时限', '牵头单位', '配合单位', ...rows].join('\n')}\n`;
    const [table] = structureOf(text).tables;
    expect(table.columns).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(table.rows[2]).toEqual(['3', '培育企业', '市工信局', '市数据局', '2025年']);
  });

  it('joins a header cell broken over two lines', () => {
    const text = `${body}附件：任务分工表\n\n${['序号', '重点任务', '牵头单位', '配合单位', '完成', '时限', ...rows].join('\n')}\n`;
    expect(structureOf(text).tables[0].columns).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  });
});

describe('a lead-unit cell spanning the rows of one item', () => {
  it('leaves the gap where the merged cell is, between the task text and the support units', () => {
    const lines = [
      '序号', '工作事项', '主要内容', '牵头单位', '配合单位',
      '1', '扩大服务供给。', '增加家庭医生数量，推动优质医疗资源下沉到基层医疗卫生机构。', '各区政府', '市卫生健康委',
      '推动人才资源向基层流动，完善基层医务人员职称评审办法。', '市人社局',
      '2', '优化服务团队。', '组建以家庭医生为核心的签约服务团队，提供连续服务。', '市卫生健康委', '各区政府',
    ];
    const text = `${body}附件：任务分工表\n\n${lines.join('\n')}\n`;
    expect(structureOf(text).tables[0].rows).toEqual([
      ['1', '扩大服务供给。', '增加家庭医生数量，推动优质医疗资源下沉到基层医疗卫生机构。', '各区政府', '市卫生健康委'],
      ['1', '扩大服务供给。', '推动人才资源向基层流动，完善基层医务人员职称评审办法。', '各区政府', '市人社局'],
      ['2', '优化服务团队。', '组建以家庭医生为核心的签约服务团队，提供连续服务。', '市卫生健康委', '各区政府'],
    ]);
  });
});

describe('a task table without 序号, one cell per line', () => {
  it('ends each row at its due cell; a short row lacks its merged leading cells', () => {
    const lines = [
      '附件', '某县农村人居环境整治提升', '任务分工表',
      '重点任务', '具体措施', '责任单位', '完成时限',
      '推进厕所革命', '新改建户用卫生厕所2000座。', '县农业农村局', '2024年12月',
      '建立粪污收运体系。', '县农业农村局、各乡镇', '2024年底',
      '治理生活垃圾', '配齐村庄保洁员，', '实现垃圾日产日清。', '县住房城乡建设局', '长期坚持',
    ];
    const text = `${body}附件：任务分工表\n\n${lines.join('\n')}\n`;
    const [table] = structureOf(text).tables;
    expect(table.title).toBe('某县农村人居环境整治提升任务分工表');
    expect(table.columns).toEqual(['重点任务', '具体措施', '责任单位', '完成时限']);
    expect(table.rows).toEqual([
      ['推进厕所革命', '新改建户用卫生厕所2000座。', '县农业农村局', '2024年12月'],
      ['推进厕所革命', '建立粪污收运体系。', '县农业农村局、各乡镇', '2024年底'],
      ['治理生活垃圾', '配齐村庄保洁员，\n实现垃圾日产日清。', '县住房城乡建设局', '长期坚持'],
    ]);
  });
});

describe('category rows across a task table, one cell per line', () => {
  it('are no rows, and the serials under each may start again', () => {
    const lines = [
      '序号', '重点任务', '牵头单位', '完成时限',
      '一、强化组织保障',
      '1', '建立工作专班', '市民政局', '2024年',
      '2', '完善考核办法', '市人社局', '2024年',
      '二、优化服务供给',
      '1', '建设服务中心', '市民政局', '2025年',
    ];
    const text = `${body}附件：任务分工表\n\n${lines.join('\n')}\n`;
    const structure = structureOf(text);
    expect(structure.sections.map((s) => s.marker)).toEqual(['一、']); // 二、 in the table does not go on with the body
    expect(structure.tables[0].rows).toEqual([
      ['1', '建立工作专班', '市民政局', '2024年'],
      ['2', '完善考核办法', '市人社局', '2024年'],
      ['1', '建设服务中心', '市民政局', '2025年'],
    ]);
  });
});

describe('a markdown pipe table (crawler copy)', () => {
  it('reads header, rows and merged (empty) cells', () => {
    const text = `${body}附件：任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 建设平台 | 市数据局 | 市财政局 |\n| 2 | 开放数据 |  | 市发展改革委 |\n\n（此件公开发布）\n`;
    const [table] = structureOf(text).tables;
    expect(table.columns).toEqual(['序号', '重点任务', '牵头单位', '配合单位']);
    expect(table.rows).toEqual([['1', '建设平台', '市数据局', '市财政局'], ['2', '开放数据', '市数据局', '市发展改革委']]);
    const span = table.cellSpans[1][3]!;
    expect(text.slice(span.start, span.end)).toBe('市发展改革委');
  });
});

describe('an attachment that is a numbered text, not a table', () => {
  it('gives no table', () => {
    const text = `${body}附件：实施细则\n\n附件\n\n某市养老服务实施细则\n\n为规范养老服务，制定本细则。\n\n适用于全市养老机构。\n\n1.服务台账\n\n机构应当建立服务台账。\n\n2.收费公开\n\n机构应当公开收费标准。\n\n3.人员培训\n\n机构应当定期开展培训。\n`;
    expect(structureOf(text).tables).toEqual([]);
  });
});

describe('tables in the body, as a web page or Word file gives them (one row per line, cells tab-separated)', () => {
  const text = [
    '某市数字经济行动方案',
    '一、工作目标',
    '到2025年，数字经济核心产业增加值达到500亿元。',
    '表1 主要指标',
    '序号\t指标\t2025年目标\t牵头单位',
    '1\t数字经济核心产业增加值\t500亿元\t市发展改革委',
    '2\t5G基站数量\t1万个\t市发展改革委',
    '二、重点任务',
    '\t（一）推进基础设施建设。加快5G建设。',
    '\t（二）培育数字产业。壮大产业集群。',
  ].join('\n');

  it('are read with their columns, rows and title; the outline goes on around them', () => {
    const s = structureOf(text);
    expect(s.tables.map((t) => [t.title, t.columns, t.rows])).toEqual([
      ['表1 主要指标', ['序号', '指标', '2025年目标', '牵头单位'], [['1', '数字经济核心产业增加值', '500亿元', '市发展改革委'], ['2', '5G基站数量', '1万个', '市发展改革委']]],
    ]);
    expect(s.tables[0].start).toBe(text.indexOf('序号'));
    expect(flattenSections(s.sections).map((x) => x.id)).toEqual(['1', '2', '2.1', '2.2']);
  });

  it('lines indented with a tab are no table', () => {
    expect(structureOf('一、总体要求\n\t坚持系统推进。\n\t突出重点领域。\n').tables).toEqual([]);
  });
});
