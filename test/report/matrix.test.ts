import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { indicatorKey, sharedIndicators, unitMatrix, unitNetwork } from '../../src/report/index.js';
import { SEEDS } from '../helpers/fixtures.js';

const plan = (title: string, body: string[]) => parseDocument([title, ...body].join('\n'), { path: `${title}.txt` });

const elderly = plan('某市养老服务行动计划', [
  '一、工作目标',
  '到2025年，全市养老机构护理型床位占比达到60%以上。',
  '二、重点任务',
  '（一）完善服务网络。建设社区养老服务中心。（牵头单位：市民政局；配合单位：市财政局、市卫生健康委）',
  '（二）加强人才队伍。培训养老护理员1000人次。（牵头单位：市人社局；配合单位：市民政局、市财政局）',
  '（三）强化监管。（责任单位：市民政局、市市场监管局）',
]);

describe('unit × measure matrix', () => {
  it('gives each unit its role in each measure and its totals', () => {
    const m = unitMatrix(elderly);
    expect(m.measures.map((x) => [x.key, x.label, x.heading])).toEqual([
      ['s2.1', '2.1', '完善服务网络'],
      ['s2.2', '2.2', '加强人才队伍'],
      ['s2.3', '2.3', '强化监管'],
    ]);
    expect(m.rows.map((r) => [r.unit, r.cells, r.lead, r.support, r.responsible, r.measures])).toEqual([
      ['市民政局', { 's2.1': ['lead'], 's2.2': ['support'], 's2.3': ['responsible'] }, 1, 1, 1, 3],
      ['市财政局', { 's2.1': ['support'], 's2.2': ['support'] }, 0, 2, 0, 2],
      ['市卫生健康委', { 's2.1': ['support'] }, 0, 1, 0, 1],
      ['市人社局', { 's2.2': ['lead'] }, 1, 0, 0, 1],
      ['市市场监管局', { 's2.3': ['responsible'] }, 0, 0, 1, 1],
    ]);
    expect(m.columnTotals).toEqual({
      's2.1': { lead: 1, support: 2, responsible: 0 },
      's2.2': { lead: 1, support: 2, responsible: 0 },
      's2.3': { lead: 0, support: 0, responsible: 2 },
    });
  });

  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    it(`${name}: totals per unit equal the document's unit summary`, () => {
      const doc = parseDocument(readFileSync(join(SEEDS, name)), { path: name });
      const rows = unitMatrix(doc).rows;
      const totals = new Map(rows.map((r) => [r.unit, { name: r.unit, lead: r.lead, support: r.support, responsible: r.responsible }]));
      expect(rows).toHaveLength(doc.units.length);
      for (const unit of doc.units) expect(totals.get(unit.name)).toEqual(unit);
    });
  }
});

describe('corpus views', () => {
  const other = plan('某区养老服务实施方案', [
    '一、工作目标',
    '到2025年，全区养老机构护理型床位占比达到55%。',
    '二、重点任务',
    '（一）完善网络。（牵头单位：市民政局；配合单位：市财政局）',
  ]);

  it('links lead to support, co-responsible units to each other, supporters not to each other', () => {
    const net = unitNetwork([elderly, other]);
    expect(net.nodes.find((n) => n.name === '市民政局')).toEqual({ name: '市民政局', lead: 2, support: 1, responsible: 1, documents: 2 });
    expect(net.edges).toEqual([
      { source: '市民政局', target: '市财政局', kind: 'lead-support', weight: 2 },
      { source: '市民政局', target: '市卫生健康委', kind: 'lead-support', weight: 1 },
      { source: '市人社局', target: '市民政局', kind: 'lead-support', weight: 1 },
      { source: '市人社局', target: '市财政局', kind: 'lead-support', weight: 1 },
      { source: '市市场监管局', target: '市民政局', kind: 'shared', weight: 1 },
    ]);
  });

  it('compares one indicator across documents, whatever jurisdiction names it', () => {
    expect(indicatorKey('全市养老机构 护理型床位占比')).toBe('养老机构护理型床位占比');
    expect(indicatorKey('市场主体数')).toBe('市场主体数');
    const groups = sharedIndicators([elderly, other]);
    expect(groups.map((g) => [g.key, g.entries.map((e) => [e.docIndex, e.target.value, e.target.comparator, e.target.deadline])])).toEqual([
      ['养老机构护理型床位占比', [[0, 60, 'gte', 2025], [1, 55, 'gte', 2025]]],
    ]);
  });
});
