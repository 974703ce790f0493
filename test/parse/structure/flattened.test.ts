// Web copies arrive with every line break lost. The flattened copy of each seed and each fixture
// must give the same tree (ids, levels, markers, numbers, headings), meta, notes and table cells.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, fixtureCases } from '../../helpers/fixtures.js';
import { flatten, squash, structureOf, treeKey } from './helpers.js';

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
