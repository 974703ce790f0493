// Web copies arrive with every line break lost. The flattened copy of each seed and each fixture
// must give the same tree (ids, levels, markers, numbers, headings), meta, notes and table cells.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, fixtureCases } from '../../helpers/fixtures.js';
import { flatten, squash, structureOf, treeKey } from './helpers.js';
import { flattenSections } from '../../../src/index.js';

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: `seed ${f}`, text: readFileSync(join(SEEDS, f), 'utf8').replace(/^\uFEFF/, '') }));
const documents = [...seeds, ...fixtureCases('structure').map((c) => ({ name: c.name, text: c.text }))];

describe('a document flattened onto one line', () => {
  it('covers the five seeds and the fixtures', () => {
    expect(seeds).toHaveLength(5);
    expect(documents.length).toBeGreaterThan(5);
  });

  for (const { name, text } of documents) {
    it(`${name}: same tree, meta, notes and tables`, () => {
      const lines = structureOf(text);
      const flat = flatten(text);
      expect(flat).not.toMatch(/\n/);
      const one = structureOf(flat);
      expect(treeKey(one)).toEqual(treeKey(lines));
      expect(one.meta).toEqual(lines.meta);
      expect(one.notes.map((n) => [n.marker, n.term, squash(n.text)])).toEqual(
        lines.notes.map((n) => [n.marker, n.term, squash(n.text)]),
      );
      expect(one.tables.map((t) => t.rows.map((r) => r.map(squash)))).toEqual(
        lines.tables.map((t) => t.rows.map((r) => r.map(squash))),
      );
      for (const s of treeKey(one)) expect(s).not.toBe('');
    });
  }
});

describe('a seed with its line breaks deleted outright (no blank left between paragraphs)', () => {
  // Nothing marks where a heading line ended: the heading must still end where its body starts
  // (heading words of plans, the body's opening verb or date, the rhythm of sibling headings), so
  // the whole tree, headings included, the meta and the notes are those of the lined copy.
  for (const { name, text } of seeds) {
    it(`${name}: same tree (headings included), meta and notes`, () => {
      const glued = text.replace(/\r?\n[ \t\u3000]*/g, '');
      expect(glued).not.toMatch(/\n/);
      expect(treeKey(structureOf(glued))).toEqual(treeKey(structureOf(text)));
      const [one, lines] = [structureOf(glued), structureOf(text)];
      expect(one.meta).toEqual(lines.meta);
      expect(one.notes.map((n) => [n.marker, n.term])).toEqual(lines.notes.map((n) => [n.marker, n.term]));
    });
  }
});

describe('the sentence that hands over to the outline, and headings a colon closes', () => {
  it('a top-level marker right after `…如下：` opens the outline even with the line breaks lost', () => {
    const text =
      '某市住房城乡建设局关于印发《某市管线整治工作方案》的通知各区住建局：现将方案印发给你们。某市住房城乡建设局2022年4月19日某市管线整治工作方案为消除安全隐患，现制订方案如下:一、工作目标以消除安全隐患为目标，稳步推进整治。二、工作职责(一)市住建局:牵头制定整治方案。(二)市城管局:负责现场协调。三、时间安排(一)摸底排查(2022年5月底前)。完成排查。';
    const headings = flattenSections(structureOf(text).sections).map((s) => [s.id, s.heading]);
    expect(headings).toEqual([
      ['1', '工作目标'],
      ['2', '工作职责'],
      ['2.1', '市住建局'],
      ['2.2', '市城管局'],
      ['3', '时间安排'],
      ['3.1', '摸底排查(2022年5月底前)'],
    ]);
  });

  it('a colon inside brackets closes no heading; a responsibility label before the colon is the list’s', () => {
    const text = '一、总体要求\n（一）完成时点（10:00前）报送。\n（二）深化数据共享责任单位：区大数据中心\n';
    expect(flattenSections(structureOf(text).sections).map((s) => s.heading)).toEqual(['总体要求', '完成时点（10:00前）报送', '深化数据共享']);
  });
});
