import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentToYaml, toYaml } from '../../src/export/index.js';
import type { Document } from '../../src/schema/document.js';
import { hasPyYaml, runPython, warnMissing } from '../helpers/consumers.js';
import { sampleDocument } from './sample.js';

describe('YAML export', () => {
  it('reads back with a YAML 1.1 reader to the same values', () => {
    const doc = sampleDocument();
    expect(parse(documentToYaml(doc), { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('quotes strings a YAML 1.1 reader would take for booleans or dates', () => {
    const yaml = documentToYaml(sampleDocument());
    expect(yaml).toContain('title: "no"');
    expect(yaml).toContain('heading: "yes"');
    expect(yaml).toContain('issueDate: "2023-03-15"');
    expect(yaml).toMatch(/- "on"/);
  });

  it('does not fold long lines', () => {
    const doc = sampleDocument();
    doc.meta.issuer = '某'.repeat(300);
    expect(documentToYaml(doc)).toContain(`issuer: ${'某'.repeat(300)}\n`);
  });

  it('writes several documents as a stream', () => {
    const docs = parseAllDocuments(toYaml([sampleDocument(), sampleDocument()]), { version: '1.1' });
    expect(Array.isArray(docs) && docs.map((d) => d.toJS().docId)).toEqual(['p0123456789abcdef', 'p0123456789abcdef']);
  });
});

describe('YAML for PyYAML (YAML 1.1)', () => {
  const hard = [
    'a\tb', '\t', 'x\u2028y', 'x\u2029y', 'a\x7fb', 'a\ufffeb', '=', '<<', 'a\u0085b', '1e+21', '1e21', 'yes', 'No', 'on', 'OFF', 'y', 'n',
    '2020-09-04', '2001-12-14 21:59:43.10 -5', '12:30', '190:20:30', '0777', '0b101', '0x1F', '1_000', '+1', '.inf', '-.5', '.NaN', '~',
    'null', '', ' lead', 'trail ', 'a\nb', 'a\r\nb', '\r', '\n', 'a\n\n', ' \n x', '#x', '- x', '? x', ': x', 'a: b', 'a #b', '"q"', "'",
    '\x00', '\x1b', '\x80', '\x9f', '\uffff', '\ufeff', 'x\ufeff', '\u00a0', '!x', '&a', '*a', '%x', '@x', '`x', '{a}', '[a]', '😀', '\u{10ffff}',
  ];
  const stringArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('\t', '\n', '\r', ' ', '\u2028', '\x85', '\x7f', '\ufffe', '\ufeff', 'e', '1', '+', '.', ':', '-', '=', '<', '#', '"', "'", '中') }),
    fc.constantFrom(...hard),
  );
  const numberArb = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e21, 1e-7, -0, 5e-324, 1.7976931348623157e308));

  /** A sample document with `strings` and `numbers` put where strings and numbers go. */
  const withValues = (strings: string[], numbers: number[]): Document => {
    const doc = sampleDocument();
    doc.meta.recipients = strings;
    doc.meta.title = strings[0] ?? null;
    doc.sections[0].text = strings[1] ?? '';
    doc.tables[0].rows = [strings];
    doc.targets = numbers.map((value) => ({ ...doc.targets[0], value }));
    return doc;
  };

  it('the hard cases read back with the YAML 1.1 and 1.2 readers of the yaml library', () => {
    const doc = withValues(hard, [1e21, 1e-7, 0.5, -3]);
    const json = JSON.parse(JSON.stringify(doc));
    expect(parse(documentToYaml(doc), { version: '1.1' })).toEqual(json);
    expect(parse(documentToYaml(doc), { version: '1.2' })).toEqual(json);
  });

  it('escapes what PyYAML rejects or misreads, and writes exponents with a dot', () => {
    const yaml = documentToYaml(withValues(['a\tb', 'x\u2028y', 'a\x7fb', 'a\ufffeb', '=', 'a\u0085b', '1e+21'], [1e21, 1e-7]));
    for (const written of ['"a\\tb"', '"x\\Ly"', '"a\\x7Fb"', '"a\\uFFFEb"', '- "="', '"a\\Nb"', '- "1e+21"', 'value: 1.0e+21', 'value: 1.0e-7']) {
      expect(yaml).toContain(written);
    }
  });

  it.skipIf(warnMissing(hasPyYaml, 'python3 with PyYAML', 'loading YAML with PyYAML'))(
    'property: PyYAML safe_load gives the JSON values for arbitrary Unicode strings and numbers',
    () => {
      const docs = [withValues(hard, [1e21, 1e-7, 5e-324]), ...fc.sample(fc.tuple(fc.array(stringArb, { maxLength: 8 }), fc.array(numberArb, { maxLength: 4 })), { numRuns: 150, seed: 20261202 }).map(([s, n]) => withValues(s, n))];
      const mismatches = runPython<number[]>(
        `import json, sys, yaml
pairs = json.load(sys.stdin)
bad = []
for i, (y, j) in enumerate(pairs):
    try:
        if yaml.safe_load(y) != json.loads(j):
            bad.append(i)
    except Exception:
        bad.append(i)
print(json.dumps(bad))`,
        docs.map((doc) => [documentToYaml(doc), JSON.stringify(doc)]),
      );
      expect(mismatches.map((i) => docs[i].meta.recipients)).toEqual([]);
      // The stream form too.
      expect(runPython<number>(`import sys, json, yaml\nprint(len(list(yaml.safe_load_all(json.load(sys.stdin)))))`, toYaml(docs))).toBe(docs.length);
    },
  );
});
