import { describe, expect, it } from 'vitest';
import { applyLeadFirst, leadFirstFrom } from '../../../src/parse/responsibilities/leadFirstRule.js';
import { isLeadFirstClause, isLeadFirstRemark, stripLeadFirstRemarks } from '../../../src/parse/responsibilities/leadFirstClause.js';
import type { FoundList } from '../../../src/parse/responsibilities/layout.js';

const list = (start: number, end: number, names: string[], leadFirstClause = false): FoundList => ({
  start,
  end,
  units: names.map((name) => ({ name, role: 'responsible' as const })),
  table: null,
  row: null,
  leadFirstClause,
  rolesStated: false,
});

describe('the lead-first clause', () => {
  it.each([
    '排第一位为牵头单位',
    '排在第一位的为牵头单位',
    '第一个单位为牵头单位',
    '排名第一的为牵头部门',
    '牵头单位列第一位',
    '列第一位者为牵头单位',
    '排于第一位的是牵头单位',
    '首位为牵头单位',
    '列在首位的部门为牵头部门',
    '排在最前面的单位牵头',
  ])(
    'recognises %s',
    (clause) => {
      expect(isLeadFirstClause(clause)) .toBe(true);
    },
  );

  it.each(['全省排名第一', '第一责任人要牵头抓总', '牵头单位是第一责任主体'])('does not take %s for the clause', (text) => {
    expect(isLeadFirstClause(text)).toBe(false);
  });

  it('holds from the list that states it', () => {
    const lists = [list(10, 20, ['甲局']), list(30, 40, ['乙局'], true)];
    expect(leadFirstFrom('x'.repeat(50), lists)).toBe(30);
  });

  it('holds for the whole document when stated outside any list', () => {
    const text = '1.甲。（市民政局、市财政局）\n注：各项任务中排在第一位的为牵头单位。';
    expect(leadFirstFrom(text, [list(5, 16, ['市民政局', '市财政局'])])).toBe(0);
  });

  it('recognises a remark bracket holding only the clause and its companions', () => {
    expect(isLeadFirstRemark('列第一位者为牵头单位，下同')).toBe(true);
    expect(isLeadFirstRemark('排名第一的为牵头单位，其余为配合单位')).toBe(true);
    expect(isLeadFirstRemark('市民政局、市财政局，排第一位为牵头单位')).toBe(false);
  });

  it('cuts a glued remark out of a list body', () => {
    expect(stripLeadFirstRemarks('市商务局、市市场监管局（首位为牵头单位，下同）')).toEqual({ body: '市商务局、市市场监管局，', found: true });
    expect(stripLeadFirstRemarks('各县（市、区）人民政府')).toEqual({ body: '各县（市、区）人民政府', found: false });
  });

  it('holds from the list a remark bracket of its own follows', () => {
    const text = '1.甲。（市商务局、市财政局）\n2.乙。（市科技局、市商务局）（排名第一的为牵头单位，下同）\n3.丙。（市科技局）';
    const second = text.indexOf('（市科技局、');
    const lists = [list(4, 15, ['市商务局', '市财政局']), list(second, second + 11, ['市科技局', '市商务局']), list(text.lastIndexOf('（'), text.length, ['市科技局'])];
    expect(leadFirstFrom(text, lists)).toBe(second);
  });

  it('is absent from a document that does not state it', () => {
    expect(leadFirstFrom('1.甲。（市民政局）', [list(4, 10, ['市民政局'])])).toBeNull();
  });

  it('makes the first unit lead and the rest support, leaving stated roles alone', () => {
    expect(applyLeadFirst(list(0, 1, ['甲局', '乙局', '丙局'])).units.map((u) => u.role)).toEqual(['lead', 'support', 'support']);
    const stated: FoundList = { ...list(0, 1, []), units: [{ name: '甲局', role: 'support' }, { name: '乙局', role: 'responsible' }] };
    expect(applyLeadFirst(stated)).toBe(stated);
  });
});
