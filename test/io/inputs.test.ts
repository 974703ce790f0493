import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/inputs.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'pdp-inputs-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, '.hidden'));
  for (const f of ['a/2.txt', 'a/10.md', 'b/deep/x.TXT', 'b/notes.pdf', 'b/old.doc', 'b/logo.png', 'top.txt', '.hidden/h.txt', 'a/.dot.txt']) {
    writeFileSync(join(root, f), '一、');
  }
  return root;
}

describe('expandInputs', () => {
  it('walks folders recursively, document formats only, names in code-unit order, hidden skipped', () => {
    const root = tree();
    const skipped: string[] = [];
    const found = expandInputs([root], (path, reason) => skipped.push(`${path.slice(root.length + 1)}: ${reason}`));
    expect(found.map((i) => i.path.slice(root.length + 1))).toEqual(['a/10.md', 'a/2.txt', 'b/deep/x.TXT', 'b/notes.pdf', 'b/old.doc', 'top.txt']);
    // A .doc is a document the user wants parsed: it fails with a hint instead of vanishing.
    expect(found.find((i) => i.path.endsWith('old.doc'))?.failure).toEqual({
      code: 'PDP_FORMAT_UNSUPPORTED',
      message: 'Word 97-2003 document (.doc): convert it with `soffice --headless --convert-to docx FILE` (LibreOffice) and parse the .docx',
    });
    expect(skipped).toEqual(['b/logo.png: not a document format read here (.txt .md .html .htm .mht .docx .pdf .ofd)']);
  });

  it('keeps argument order, drops duplicates, and keeps a missing path in place with a failure', () => {
    const root = tree();
    const top = join(root, 'top.txt');
    const missing = join(root, 'nope.txt');
    const key = (path: string) => relative(process.cwd(), path);
    expect(expandInputs([top, missing, join(root, 'a'), top])).toEqual([
      { path: top, key: key(top) },
      { path: missing, key: key(missing), failure: { code: 'PDP_INPUT_MISSING', message: 'no such file or directory' } },
      { path: join(root, 'a', '10.md'), key: '10.md' },
      { path: join(root, 'a', '2.txt'), key: '2.txt' },
    ]);
  });

  it('takes a named file whatever its extension', () => {
    const root = tree();
    const pdf = join(root, 'b', 'notes.pdf');
    expect(expandInputs([pdf])).toEqual([{ path: pdf, key: relative(process.cwd(), pdf) }]);
  });

  it('means stdin with no argument or with -', () => {
    expect(expandInputs([])).toEqual([{ path: '-', key: '-' }]);
    expect(expandInputs(['-'])).toEqual([{ path: '-', key: '-' }]);
  });

  it('gives each input a shard key that does not depend on how its path was written', () => {
    const root = tree();
    const keys = (arg: string) => expandInputs([arg]).map((i) => i.key);
    const expected = ['a/10.md', 'a/2.txt', 'b/deep/x.TXT', 'b/notes.pdf', 'b/old.doc', 'top.txt'];
    expect(keys(root)).toEqual(expected);
    expect(keys(root + '/')).toEqual(expected);
    expect(keys(join(root, 'a', '..'))).toEqual(expected);
    const viaCwd = relative(process.cwd(), root);
    expect(keys(viaCwd)).toEqual(expected);
    expect(keys('./' + viaCwd)).toEqual(expected);
    // A file named directly: relative to the working directory, whether given absolute or relative.
    const top = join(root, 'top.txt');
    expect(keys(top)).toEqual(keys('./' + relative(process.cwd(), top)));
    expect(keys(top)).toEqual([relative(process.cwd(), top)]);
  });
});
