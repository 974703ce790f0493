// One made-up plan published four ways: policy.txt, a saved government page (policy.html: site
// chrome, a metadata table, a rowspan task table), a Word file (policy.docx: the outline numbers
// are automatic numbering, the lead unit a cell merged over two rows, plus header, footer, comment)
// LibreOffice's PDF of that Word file (make-fixtures.py), and an OFD laid out from the text the
// way an OFD converter lays out an official document (make-ofd.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenSections, parseDocumentAsync, type Document } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const DIR = join(FIXTURES, 'formats');
const parse = (name: string) => parseDocumentAsync(readFileSync(join(DIR, name)), { path: name, includeText: true });

/** What must not depend on the format the plan came in. */
function essentials(doc: Document) {
  return {
    title: doc.meta.title,
    sections: flattenSections(doc.sections).map((s) => [s.id, s.marker, s.heading]),
    targets: doc.targets.map((t) => [t.text, t.value, t.unit]),
    lists: doc.responsibilities.map((r) => [r.sectionId, r.table, r.row, r.units.map((u) => `${u.name}:${u.role}`)]),
    tables: doc.tables.map((t) => [t.columns, t.rows]),
  };
}

describe('the same plan as txt, html, docx, pdf and ofd', async () => {
  const txt = await parse('policy.txt');
  const expected = essentials(txt);

  it('the text version parses as the other three must', () => {
    expect(expected.sections).toHaveLength(13);
    expect(expected.sections.slice(3, 6)).toEqual([
      ['2', '二、', '重点任务'],
      ['2.1', '（一）', '夯实数字基础设施'],
      ['2.1.1', '1.', '推进农村网络提速'],
    ]);
    expect(expected.targets).toContainEqual(['达到95%以上', 95, '%']);
    expect(expected.targets).toContainEqual(['5000万元', 50000000, 'CNY']);
    // The lead unit spans rows 1 and 2 of the task table: it leads both (one list per cell).
    expect(expected.lists.filter((l) => l[1] === 0).slice(0, 4)).toEqual([
      [null, 0, 1, ['市通信管理办公室:lead']],
      [null, 0, 1, ['市发展改革委:support']],
      [null, 0, 2, ['市通信管理办公室:lead']],
      [null, 0, 2, ['各县区人民政府:support']],
    ]);
  });

  for (const format of ['html', 'docx', 'pdf', 'ofd'] as const) {
    it(`${format}: same sections, targets, lists and table; offsets slice back into source.text`, async () => {
      const doc = await parse(`policy.${format}`);
      expect(doc.source.format).toBe(format);
      expect(essentials(doc)).toEqual(expected);
      const text = doc.source.text as string;
      expect(text.length).toBe(doc.source.chars);
      for (const t of doc.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const s of flattenSections(doc.sections)) expect(text.slice(s.start, s.start + s.marker.length)).toBe(s.marker);
    });
  }

  it('html: the page metadata fills what the body does not say (文号, 发文机关, 成文日期)', async () => {
    const doc = await parse('policy.html');
    expect(txt.meta).toMatchObject({ docNumber: null, issuer: null, issueDate: null });
    expect(doc.meta).toMatchObject({
      title: '某市数字乡村建设三年行动方案（2024—2026年）',
      docNumber: '某政办发〔2024〕8号',
      issuer: '某市人民政府办公室',
      issueDate: '2024-03-15',
    });
  });
});
