import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findResponsibilityLists } from '../../../src/parse/responsibilities/index.js';

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
        const lists = findResponsibilityLists(text, { sections: [], tables: [] });
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
        const lists = findResponsibilityLists(`加强统筹协调${list}，形成合力。`, { sections: [], tables: [] });
        expect(lists[0].units).toEqual([{ name: lead, role: 'lead' }, ...rest.map((name) => ({ name, role: 'support' }))]);
      }),
    );
  });
});
