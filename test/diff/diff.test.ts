import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { alignSequences, diffDocuments, diffToCsv, diffToNdjson, diffToText, similarity } from '../../src/diff/index.js';
import { FIXTURES, SEEDS } from '../helpers/fixtures.js';

const fixture = (name: string) => parseDocument(readFileSync(join(FIXTURES, 'diff', name)), { path: name });
const brief = (changes: ReturnType<typeof diffDocuments>['changes']) =>
  changes.map(({ type, oldSectionId, newSectionId, subject, fields, before, after }) => ({ type, oldSectionId, newSectionId, subject, fields, before, after }));

describe('diff of a seed and its edited copy (fixtures/diff)', () => {
  // plan-final.txt = plan-draft.txt with: one target value changed (50% → 60%), one unit removed
  // from a list (市自规局), one section inserted before the others (一、基本原则, renumbering 一…三).
  const draft = fixture('plan-draft.txt');
  const final = fixture('plan-final.txt');
  const diff = diffDocuments(draft, final);

  it('reports exactly the three edits and nothing else', () => {
    expect(brief(diff.changes)).toEqual([
      { type: 'section_inserted', oldSectionId: null, newSectionId: '1', subject: '基本原则', fields: [], before: null, after: '一、基本原则（1 节，0 个指标，0 个责任清单）' },
      { type: 'unit_removed', oldSectionId: '3.2.3', newSectionId: '4.2.3', subject: '市自规局', fields: [], before: 'support', after: null },
      { type: 'target_changed', oldSectionId: '3.4.11', newSectionId: '4.4.11', subject: '专业教师中“双师型”教师占比', fields: ['value'], before: '>50%，2023年', after: '>60%，2023年' },
    ]);
    expect(diff.changes[2].oldTarget?.value).toBe(50);
    expect(diff.changes[2].newTarget?.value).toBe(60);
  });

  it('matches every old section despite the renumbering', () => {
    expect(diff.sections).toEqual({ old: 28, new: 29, matched: 28, inserted: 1, removed: 0, renumbered: 28 });
    expect(diff.counts).toMatchObject({ section_inserted: 1, unit_removed: 1, target_changed: 1, body_changed: 0, target_added: 0, target_removed: 0 });
  });

  it('is empty for a document against itself', () => {
    const same = diffDocuments(draft, draft);
    expect(same.changes).toEqual([]);
    expect(same.sections.renumbered).toBe(0);
  });

  it('reverses: the inserted section becomes a removed one, the unit comes back', () => {
    expect(brief(diffDocuments(final, draft).changes).map((c) => [c.type, c.oldSectionId, c.newSectionId, c.subject])).toEqual([
      ['unit_added', '4.2.3', '3.2.3', '市自规局'],
      ['target_changed', '4.4.11', '3.4.11', '专业教师中“双师型”教师占比'],
      ['section_removed', '1', null, '基本原则'],
    ]);
  });

  it('writes NDJSON, CSV and a readable text', () => {
    const lines = diffToNdjson(diff).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.oldDocId, l.newDocId, l.type])).toEqual([
      [draft.docId, final.docId, 'section_inserted'],
      [draft.docId, final.docId, 'unit_removed'],
      [draft.docId, final.docId, 'target_changed'],
    ]);
    const csv = diffToCsv(diff, { bom: false }).split('\r\n');
    expect(csv[0]).toBe('oldDocId,newDocId,type,oldSectionId,newSectionId,measure,heading,subject,fields,before,after,similarity');
    expect(csv[3]).toBe(`${draft.docId},${final.docId},target_changed,3.4.11,4.4.11,,加强“双师型”教师队伍建设,专业教师中“双师型”教师占比,value,>50%，2023年,>60%，2023年,`);
    expect(diffToText(diff)).toBe(
      'plan-draft.txt → plan-final.txt: 3 changes (sections 28 → 29: 28 matched, 1 inserted, 0 removed, 28 renumbered)\n' +
        '+ 新增章节 一、基本原则（1 节，0 个指标，0 个责任清单）\n' +
        '§3.2.3 → §4.2.3 强化中职教育基础地位\n' +
        '  - 删除单位 市自规局（配合）\n' +
        '§3.4.11 → §4.4.11 加强“双师型”教师队伍建设\n' +
        '  ~ 指标变化 专业教师中“双师型”教师占比：>50%，2023年 → >60%，2023年（value）\n',
    );
  });
});

describe('diff rules on small plans', () => {
  const plan = (body: string) => parseDocument(`某市某某工作方案\n${body}`, { path: 'p.txt' });
  const base = [
    '一、工作目标',
    '到2025年，全市养老机构护理型床位占比达到60%以上。',
    '二、重点任务',
    '（一）完善服务网络。建设社区养老服务中心。（牵头单位：市民政局；配合单位：市财政局、市卫生健康委）',
    '（二）加强人才队伍。培训养老护理员1000人次。（牵头单位：市人社局；配合单位：市民政局）',
  ].join('\n');

  it('reports a renamed heading, a role change, an added target and reworded prose, each once', () => {
    // The added target comes with new words around it, so 2.2's prose changed too.
    const edited = base
      .replace('（一）完善服务网络', '（一）健全服务网络')
      .replace('牵头单位：市民政局；配合单位：市财政局、市卫生健康委', '牵头单位：市民政局、市财政局；配合单位：市卫生健康委')
      .replace('培训养老护理员1000人次。', '培训养老护理员1000人次，新增床位500张。')
      .replace('建设社区养老服务中心', '建设街道综合养老服务中心');
    const diff = diffDocuments(plan(base), plan(edited));
    expect(brief(diff.changes).map((c) => [c.type, c.newSectionId, c.subject, c.before, c.after])).toEqual([
      ['heading_renamed', '2.1', '健全服务网络', '完善服务网络', '健全服务网络'],
      ['body_changed', '2.1', null, expect.any(String), expect.any(String)],
      ['unit_role_changed', '2.1', '市财政局', 'support', 'lead'],
      ['body_changed', '2.2', null, expect.any(String), expect.any(String)],
      ['target_added', '2.2', '新增床位', null, '500张'],
    ]);
    expect(diff.changes[1].similarity).toBeGreaterThan(0.5);
    expect(diff.changes[1].similarity).toBeLessThan(1);
  });

  it('reports the metadata that changed: a 征求意见稿 that became the final text', () => {
    const draft = parseDocument(`某市某某工作方案\n（征求意见稿）\n${base}`, { path: 'd.txt' });
    const diff = diffDocuments(draft, plan(base));
    expect(brief(diff.changes)).toEqual([
      { type: 'meta_changed', oldSectionId: null, newSectionId: null, subject: 'draft', fields: ['draft'], before: 'true', after: 'false' },
    ]);
    expect(diffToText(diff).split('\n')[1]).toBe('~ 文件信息 征求意见稿：true → false');
  });

  it('reports a removed section with what it held', () => {
    const shorter = base.split('\n').slice(0, 4).join('\n');
    const diff = diffDocuments(plan(base), plan(shorter));
    expect(brief(diff.changes)).toEqual([
      { type: 'section_removed', oldSectionId: '2.2', newSectionId: null, subject: '加强人才队伍', fields: [], before: '（二）加强人才队伍（1 节，1 个指标，1 个责任清单）', after: null },
    ]);
  });

  it('reports a removed and an added target when the indicator changes beyond recognition', () => {
    const diff = diffDocuments(plan(base), plan(base.replace('养老机构护理型床位占比', '社区日间照料中心覆盖率')));
    expect(brief(diff.changes).map((c) => [c.type, c.subject])).toEqual([
      ['body_changed', null],
      ['target_removed', '全市养老机构护理型床位占比'],
      ['target_added', '全市社区日间照料中心覆盖率'],
    ]);
  });
});

describe('task-table rows', () => {
  it('compares the units of a row by table and row number', () => {
    const text = readFileSync(join(SEEDS, '000_f37fb03f7ab70697.txt'), 'utf8');
    const before = parseDocument(text, { path: 'a.txt' });
    const row = before.responsibilities.find((r) => r.table !== null && r.units.length >= 3)!;
    // Drop the last unit of that row's cell, with its separator.
    const cut = row.raw.lastIndexOf('、');
    const edited = text.slice(0, row.start + cut) + text.slice(row.end);
    const diff = diffDocuments(before, parseDocument(edited, { path: 'b.txt' }));
    expect(diff.changes.map((c) => [c.type, c.measure, c.subject, c.before])).toEqual([
      ['unit_removed', `t${row.table}:${row.row}`, row.units[row.units.length - 1].name, 'responsible'],
    ]);
  });
});

describe('similarity and alignment', () => {
  it('is the Dice coefficient of character bigrams', () => {
    expect(similarity('指导思想', '指导思想')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('指导思想', '')).toBe(0);
    // 指导 导思 思想 vs 指导 导原 原则: one shared of 3 + 3
    expect(similarity('指导思想', '指导原则')).toBeCloseTo(2 / 6, 10);
    expect(similarity('主 要 目 标', '主要目标')).toBe(1);
  });

  it('aligns in order, maximising the summed score and skipping forbidden pairs', () => {
    const score = (a: string, b: string) => (a === b ? 1 : null);
    expect(alignSequences(['a', 'b', 'c'], ['x', 'a', 'b', 'c'], score)).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(alignSequences(['a', 'b'], ['b', 'a'], score)).toHaveLength(1);
    expect(alignSequences([], ['a'], score)).toEqual([]);
  });
});
