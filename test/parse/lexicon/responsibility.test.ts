import { describe, expect, it } from 'vitest';
import {
  LEAD_FIRST_CLAUSE,
  LIST_LABEL,
  RESPONSIBILITY_COLUMN,
  labelRole,
} from '../../../src/parse/lexicon/responsibility.js';

describe('responsibility lexicon', () => {
  it('gives each label the role of its first word', () => {
    const roles = Object.fromEntries(
      ['牵头单位', '主责部门', '主办单位', '配合单位', '协办部门', '参与单位', '责任单位', '推进单位', '责任部门', '牵头部门', '责任主体', '牵头处室', '配合科室'].map(
        (l) => [l, labelRole(l)],
      ),
    );
    expect(roles).toEqual({
      牵头单位: 'lead', 主责部门: 'lead', 主办单位: 'lead', 配合单位: 'support', 协办部门: 'support', 参与单位: 'support',
      责任单位: 'responsible', 推进单位: 'responsible', 责任部门: 'responsible', 牵头部门: 'lead', 责任主体: 'responsible',
      牵头处室: 'lead', 配合科室: 'support',
    });
  });

  it('matches labels with either colon and bare role words, not other `词：` labels', () => {
    const found = (s: string) => LIST_LABEL.exec(s)?.[0] ?? null;
    expect(found('（责任单位：市教育局）')).toBe('责任单位：');
    expect(found('牵头部门:市财政局')).toBe('牵头部门:');
    expect(found('责任主体 ：各区政府')).toBe('责任主体 ：');
    expect(found('牵头：市民政局；配合：市卫健委')).toBe('牵头：');
    expect(found('完成时限：2025年底')).toBeNull();
    expect(found('牵头单位负责')).toBeNull();
  });

  it('names responsibility columns of task tables, and no others', () => {
    const columns = ['牵头单位', '配合单位', '责任单位', '推进单位', '责任部门', '牵头部门', '责任主体', '主要责任单位', '牵头处室', '配合'];
    expect(columns.filter((c) => RESPONSIBILITY_COLUMN.test(c))).toEqual(columns);
    expect(['序号', '工作任务', '完成时限', '主要内容', '责任人'].filter((c) => RESPONSIBILITY_COLUMN.test(c))).toEqual([]);
  });

  it('knows the lead-first clause in its written orders, not a bare 第一', () => {
    expect(LEAD_FIRST_CLAUSE.test('排第一位的为牵头单位')).toBe(true);
    expect(LEAD_FIRST_CLAUSE.test('牵头单位列第一位')).toBe(true);
    expect(LEAD_FIRST_CLAUSE.test('第一责任人要牵头抓总')).toBe(false);
  });
});
