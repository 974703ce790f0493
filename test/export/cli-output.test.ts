import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/spawn.js';
import { hasPython, runPython, warnMissing } from '../helpers/consumers.js';

const PLAN = 'fixtures/cli/elderly-care.txt';

describe('CLI output shape', () => {
  it('--array prints a JSON array for one input, several, or stdin', () => {
    for (const args of [[PLAN], [PLAN, 'seeds/000_f37fb03f7ab70697.txt'], ['-']]) {
      const { status, stdout } = cli(['parse', ...args, '--array'], { input: readFileSync(PLAN) });
      expect(status).toBe(0);
      const parsed = JSON.parse(stdout);
      expect(Array.isArray(parsed)).toBe(true);
      expect(parsed).toHaveLength(args.length);
    }
    expect(Array.isArray(JSON.parse(cli(['parse', PLAN]).stdout))).toBe(false);
  });

  it('--array with -o FILE writes an array too', () => {
    const file = join(tempDir('array'), 'one.json');
    expect(cli(['parse', PLAN, '--array', '-o', file]).status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(1);
  });

  it('offsets are code points by default, utf16 on request; stated in source.offsetUnit', () => {
    const dir = tempDir('astral');
    const text = readFileSync(PLAN, 'utf8').replace('一、', '𠮷一、');
    writeFileSync(join(dir, 'plan.txt'), text);
    const byDefault = JSON.parse(cli(['parse', join(dir, 'plan.txt')]).stdout);
    const utf16 = JSON.parse(cli(['parse', join(dir, 'plan.txt'), '--offset-unit', 'utf16']).stdout);
    expect(byDefault.source).toMatchObject({ offsetUnit: 'codepoint', chars: Array.from(text).length });
    expect(utf16.source).toMatchObject({ offsetUnit: 'utf16', chars: text.length });
    expect(byDefault.targets.at(-1).start).toBe(utf16.targets.at(-1).start - 1);
    for (const t of utf16.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(cli(['parse', PLAN, '--offset-unit', 'bytes']).status).toBe(2);
  });

  it.skipIf(warnMissing(hasPython, 'python3', 'slicing CLI output in Python'))('Python slices the default CLI output back', () => {
    const dir = tempDir('astral-py');
    const path = join(dir, 'plan.txt');
    writeFileSync(path, readFileSync(PLAN, 'utf8').replace('一、', '𠮷一、').replace('市民政局', '𠮷市民政局'));
    const doc = JSON.parse(cli(['parse', path]).stdout);
    const bad = runPython<string[]>(
      `import json, sys
d = json.load(sys.stdin)
text = open(d["source"]["path"], encoding="utf-8").read()
assert len(text) == d["source"]["chars"], (len(text), d["source"]["chars"])
print(json.dumps([x["text"] for x in d["targets"] if text[x["start"]:x["end"]] != x["text"]]
  + [x["raw"] for x in d["responsibilities"] if text[x["start"]:x["end"]] != x["raw"]]))`,
      doc,
    );
    expect(bad).toEqual([]);
    expect(doc.responsibilities.length).toBeGreaterThan(0);
  });
});
