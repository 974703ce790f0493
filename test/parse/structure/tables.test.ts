import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';

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
