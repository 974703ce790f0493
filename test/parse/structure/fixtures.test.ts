// One synthetic document per phenomenon (other policy areas), input → expected structure.
// Regenerate the expected files with `npx vitest run -u`.
import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCases } from '../../helpers/fixtures.js';
import { flattenSections } from '../../../src/parse/structure/tree.js';
import { spansOf, structureOf } from './helpers.js';

describe('structure fixtures', () => {
  for (const c of fixtureCases('structure')) {
    it(`${c.name}: matches ${c.name}.structure.json`, async () => {
      await expectFixture(c, 'structure', structureOf(c.text));
    });

    it(`${c.name}: every span slices back to what it holds`, () => {
      const structure = structureOf(c.text);
      for (const span of spansOf(structure)) {
        const slice = c.text.slice(span.start, span.end);
        expect(slice.length, span.what).toBeGreaterThan(0);
        expect(slice, span.what).toBe(slice.trim());
        for (const part of span.contains) expect(slice, span.what).toContain(part);
      }
      for (const table of structure.tables) {
        table.cellSpans.forEach((row, r) =>
          row.forEach((span, col) => {
            if (span) expect(c.text.slice(span.start, span.end), `cell ${r}:${col}`).toBe(table.rows[r][col]);
            else expect(table.rows[r][col], `cell ${r}:${col}`).toBe('');
          }),
        );
      }
    });

    it(`${c.name}: a node's span holds its children and stops before the next node`, () => {
      const all = flattenSections(structureOf(c.text).sections);
      for (const s of all) {
        for (const child of s.children) {
          expect(child.start).toBeGreaterThanOrEqual(s.start);
          expect(child.end).toBeLessThanOrEqual(s.end);
        }
      }
      for (let i = 1; i < all.length; i++) {
        if (all[i].level <= all[i - 1].level) expect(all[i - 1].end).toBeLessThan(all[i].start);
      }
    });
  }
});
