import { describe, it } from 'vitest';
import { expectFixture, fixtureCases } from '../../helpers/fixtures.js';
import { parseDocument } from '../../../src/index.js';

// Whole synthetic documents from other policy areas → their targets (`*.targets.json`).
describe('target fixtures', () => {
  for (const c of fixtureCases('targets')) {
    it(c.name, async () => {
      const doc = parseDocument(c.text);
      await expectFixture(c, 'targets', doc.targets);
    });
  }
});
