import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, parseAll } from '../../src/batch/pool.js';
import { runParseTask, type ParseOutcome } from '../../src/batch/task.js';

async function collect(source: AsyncIterable<ParseOutcome>): Promise<ParseOutcome[]> {
  const out: ParseOutcome[] = [];
  for await (const outcome of source) out.push(outcome);
  return out;
}

describe('batch parsing in this thread (--jobs 1)', () => {
  it('sizes the pool to the cores but one, capped by the inputs, and uses none for a small batch', () => {
    expect(defaultJobs(100, 8)).toBe(7);
    expect(defaultJobs(16, 8)).toBe(7);
    expect(defaultJobs(20, 4)).toBe(3);
    expect(defaultJobs(20, 2)).toBe(1);
    expect(defaultJobs(15, 8)).toBe(1);
    expect(defaultJobs(3, 8)).toBe(1);
    expect(defaultJobs(0, 8)).toBe(1);
  });

  it('yields outcomes in task order, failures included, without throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-pool-'));
    writeFileSync(join(dir, 'a.txt'), '一、总体要求\n到2025年完成。\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\u3000\n');
    const tasks = ['a.txt', 'missing.txt', 'empty.txt', 'blank.txt'].map((f, index) => ({ index, path: join(dir, f) }));
    const outcomes = await collect(parseAll(tasks, { jobs: 1 }));
    expect(outcomes.map((o) => [o.index, o.ok, o.ok ? o.document?.source.chars : o.code])).toEqual([
      [0, true, 17],
      [1, false, 'PDP_INPUT_MISSING'],
      [2, false, 'PDP_INPUT_EMPTY'],
      [3, false, 'PDP_INPUT_EMPTY'],
    ]);
  });

  it('parses bytes given in the task (stdin) and records the path', async () => {
    const outcome = await runParseTask({ index: 0, path: '-', bytes: new TextEncoder().encode('\uFEFF一、总体要求\n') });
    expect(outcome.ok && outcome.document?.source).toEqual({
      path: '-', sha256: '8c645d77384f1d96e405a71f119cbf5a615bef1d351975890d2d76578daebb82', encoding: 'utf-8', chars: 7, offsetUnit: 'utf16', format: 'txt',
    });
  });
});
