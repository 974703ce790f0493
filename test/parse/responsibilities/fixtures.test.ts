import { describe, it } from 'vitest';
import { createContext } from '../../../src/parse/context.js';
import { extractResponsibilities } from '../../../src/parse/responsibilities/index.js';
import { EMPTY_META } from '../../../src/parse/structure/index.js';
import { expectFixture, fixtureCases } from '../../helpers/fixtures.js';

// Synthetic plans from other policy areas, read without an outline so the expected lists depend on
// this stage alone (sectionId is then null). Regenerate with `npx vitest run -u`.
describe('responsibility fixtures', () => {
  for (const c of fixtureCases('responsibilities')) {
    it(c.name, async () => {
      const ctx = createContext(c.text, { indicators: false });
      const structure = { meta: EMPTY_META, sections: [], notes: [], tables: [], warnings: [] };
      const { responsibilities, units } = extractResponsibilities(ctx, structure);
      await expectFixture(c, 'responsibilities', { responsibilities, units });
    });
  }
});
