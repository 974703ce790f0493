// The five seeds against their hand-checked gold (copied into fixtures/seeds): the whole outline
// with exact offsets, every meta field, the notes and every table cell.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../../helpers/fixtures.js';
import { flattenSections } from '../../../src/parse/structure/tree.js';
import type { Note, Section, Table } from '../../../src/schema/index.js';
import { squash, structureOf } from './helpers.js';

/** Gold sections are flat: the contract's Section without body text and children. */
type GoldSection = Omit<Section, 'text' | 'children'>;
interface Gold {
  meta: unknown;
  sections: GoldSection[];
  notes: Note[];
  tables: Array<Pick<Table, 'title' | 'columns' | 'rows'>>;
}

const goldDir = join(FIXTURES, 'seeds');
const cases = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const stem = f.replace(/\.gold\.json$/, '');
    return {
      stem,
      gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold,
      text: readFileSync(join(SEEDS, `${stem}.txt`), 'utf8').replace(/^\uFEFF/, ''),
    };
  });

describe('seed structure against the gold', () => {
  it('has five seeds', () => expect(cases).toHaveLength(5));

  for (const { stem, gold, text } of cases) {
    const structure = structureOf(text);

    it(`${stem}: meta`, () => {
      expect(structure.meta).toEqual(gold.meta);
    });

    it(`${stem}: every section with its exact span`, () => {
      const got = flattenSections(structure.sections).map(({ id, level, marker, number, heading, start, end }) => ({
        id, level, marker, number, heading, start, end,
      }));
      const want = gold.sections.map(({ id, level, marker, number, heading, start, end }) => ({
        id, level, marker, number, heading, start, end,
      }));
      expect(got).toEqual(want);
    });

    it(`${stem}: notes`, () => {
      expect(structure.notes.map(({ marker, term, text: body, start, end }) => ({ marker, term, text: body, start, end }))).toEqual(
        gold.notes.map(({ marker, term, text: body, start, end }) => ({ marker, term, text: body, start, end })),
      );
    });

    it(`${stem}: tables`, () => {
      expect(structure.tables.map((t) => ({ title: t.title, columns: t.columns, rows: t.rows.map((r) => r.map(squash)) }))).toEqual(
        gold.tables.map((t) => ({ title: t.title, columns: t.columns, rows: t.rows.map((r) => r.map(squash)) })),
      );
    });
  }
});
