import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Document } from '../../src/schema/document.js';
import { ROOT } from '../helpers/fixtures.js';

describe('schema/document.v1.json', () => {
  it('matches the zod schema (after a schema change run `npm run schema` and commit the file)', () => {
    const committed = readFileSync(join(ROOT, 'schema', 'document.v1.json'), 'utf8');
    const generated = JSON.stringify(z.toJSONSchema(Document), null, 2) + '\n';
    expect(generated === committed, 'schema/document.v1.json is stale: run `npm run schema` and commit it').toBe(true);
  });
});
