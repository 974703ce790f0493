// A file's line breaks may be \n, \r\n, a bare \r (old Mac exports) or U+2028/U+2029 (some web
// copies): the structure must not depend on which.
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../helpers/fixtures.js';
import { structureOf, treeKey } from './helpers.js';

const cases = fixtureCases('structure');

describe('every line-ending kind gives the same structure', () => {
  for (const { name, text } of cases) {
    it(`${name}: \\r\\n, \\r, U+2028 and U+2029 as \\n`, () => {
      const lf = text.replace(/\r\n?/g, '\n');
      const base = structureOf(lf);
      for (const br of ['\r\n', '\r', '\u2028', '\u2029']) {
        const other = structureOf(lf.replace(/\n/g, br));
        expect(treeKey(other), JSON.stringify(br)).toEqual(treeKey(base));
        expect(other.meta).toEqual(base.meta);
        expect(other.tables.map((t) => [t.columns, t.rows.map((r) => r.map((c) => c.replace(/\r\n|[\r\n\u2028\u2029]/g, '\n')))])).toEqual(
          base.tables.map((t) => [t.columns, t.rows]),
        );
      }
    });
  }
});
