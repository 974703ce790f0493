import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findResponsibilityLists } from '../../../src/parse/responsibilities/index.js';
import { buildTextIndex } from '../../../src/parse/segment/textIndex.js';

// Unit names built the way official names are: a level, a field, a body type.
const unitName = fc
  .tuple(
    fc.constantFrom('市', '区', '县', '省', '自治州'),
    fc.constantFrom('民政', '财政', '人力资源社会保障', '教育', '大数据', '生态环境', '住房和城乡建设', '卫生健康', '商务'),
    fc.constantFrom('局', '委', '厅', '办'),
  )
  .map(([level, field, body]) => level + field + body);
const names = fc.uniqueArray(fc.oneof(unitName, fc.constant('各县（市、区）人民政府')), { minLength: 1, maxLength: 6 });
const separator = fc.constantFrom('、', '，', '；', ' ');

describe('every list format gives back the names written into it', () => {
  it('（责任单位：…）, 责任单位：… lines and bare brackets', () => {
    fc.assert(
      fc.property(names, separator, fc.constantFrom('labelled', 'line', 'bare'), (units, sep, format) => {
        const body = units.join(sep);
        const list = format === 'labelled' ? `（责任单位：${body}）` : format === 'line' ? `\n责任单位：${body}等。` : `（${body}）`;
        const text = `1.推进重点工作。到2025年完成建设任务。${list}\n2.下一项工作。`;
        const lists = findResponsibilityLists(buildTextIndex(text), { sections: [], tables: [] });
        expect(lists).toHaveLength(1);
        expect(lists[0].units).toEqual(units.map((name) => ({ name, role: 'responsible' })));
        expect(text.slice(lists[0].start, lists[0].end)).toBe(list.trim());
      }),
    );
  });

  it('（A牵头，B、C等参与）', () => {
    fc.assert(
      fc.property(names, (units) => {
        const [lead, ...rest] = units;
        const list = rest.length ? `（${lead}牵头，${rest.join('、')}等参与）` : `（${lead}牵头）`;
        const lists = findResponsibilityLists(buildTextIndex(`加强统筹协调${list}，形成合力。`), { sections: [], tables: [] });
        expect(lists[0].units).toEqual([{ name: lead, role: 'lead' }, ...rest.map((name) => ({ name, role: 'support' }))]);
      }),
    );
  });

  it('牵头单位：…，配合单位：… glued to the next heading in flattened text', () => {
    const division = fc.constantFrom('区经发局发改处', '区经发局经信处', '规划科', '市卫生健康委医政处');
    const anyName = fc.oneof(unitName, division);
    const glued = fc.constantFrom(
      '（四）“互联网+”智慧物流1．行动目标。到2020年建成平台。',
      '3.开展试点示范。',
      '三、保障措施（一）加强组织领导',
      '“互联网+”教育：整合优质资源。',
      '加大人才引进力度。推动人才回乡。',
      '强化信用建设应用。',
      '。',
      '',
    );
    fc.assert(
      fc.property(fc.uniqueArray(anyName, { minLength: 2, maxLength: 6 }), fc.boolean(), glued, (units, etc, tail) => {
        const [lead, ...rest] = units;
        const list = `牵头单位：${lead}，配合单位：${rest.join('、')}${etc ? '等' : ''}`;
        const text = `建设物流信息平台。${list}${tail}`;
        const lists = findResponsibilityLists(buildTextIndex(text), { sections: [], tables: [] });
        expect(lists).toHaveLength(1);
        expect(lists[0].units).toEqual([{ name: lead, role: 'lead' }, ...rest.map((name) => ({ name, role: 'support' }))]);
        expect(text.slice(lists[0].start, lists[0].end)).toBe(tail.startsWith('。') ? `${list}。` : list);
      }),
    );
  });

  it('on arbitrary list-like text: disjoint lists that slice back, names free of markers and quotes', () => {
    const fragments = fc.constantFrom(
      '牵头单位：', '配合单位：', '责任单位：', '（责任单位：', '牵头：', '完成时限：', '区经发局', '发改处', '市教育局', '各地',
      '区相关部门', '等', '、', '，', '；', '。', '（', '）', '（四）', '三、', '3.', '1．', '“互联网+”', '行动目标', '加大投入',
      '按职责分工负责', '牵头', '配合', '负责', '排第一位的为牵头单位', '\n', ' ', '2025年底前完成',
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const lists = findResponsibilityLists(buildTextIndex(text), { sections: [], tables: [] });
        let previousEnd = 0;
        for (const list of lists) {
          expect(list.start).toBeGreaterThanOrEqual(previousEnd);
          expect(list.end).toBeGreaterThan(list.start);
          previousEnd = list.end;
          // Quotations may sit in names only inside a list's own bracket (`（责任单位：市“放管服”改革办）`).
          const own = /^[（(〔【［]/u.test(text.slice(list.start, list.end));
          for (const unit of list.units) {
            expect(unit.name).not.toMatch(/（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、|\d[.．](?!\d)|行动目标/u);
            if (!own) expect(unit.name).not.toMatch(/[“”]/u);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
