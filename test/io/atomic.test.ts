import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, removePendingTempFiles, signalHandlersAttached, writeFileAtomic } from '../../src/io/atomic.js';

const folder = () => mkdtempSync(join(tmpdir(), 'pdp-atomic-'));

describe('AtomicFile', () => {
  it('shows nothing at the target until commit, then the whole content, and no temp file', async () => {
    const dir = folder();
    const path = join(dir, 'out.json');
    const file = new AtomicFile(path);
    await file.write('{"a":');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([file.tempPath.slice(dir.length + 1)]);
    await file.write('1}\n');
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('on abort leaves an earlier file untouched and removes the temp file', async () => {
    const dir = folder();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    const file = new AtomicFile(path);
    await file.write('new, half written');
    await file.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('removePendingTempFiles clears temp files of uncommitted writes (the signal handler path)', async () => {
    const dir = folder();
    const file = new AtomicFile(join(dir, 'x.csv'));
    await file.write('partial');
    removePendingTempFiles();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writeFileAtomic creates missing folders', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'a', 'b', 'c.txt'), '中文');
    expect(readFileSync(join(dir, 'a', 'b', 'c.txt'), 'utf8')).toBe('中文');
  });

  it('attaches the signal handlers only while a temp file exists, so an idle run dies at once on Ctrl-C', async () => {
    const dir = folder();
    const before = process.listenerCount('SIGINT');
    expect(signalHandlersAttached()).toBe(false);
    const file = new AtomicFile(join(dir, 'a.json'));
    expect(signalHandlersAttached()).toBe(true);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    await file.write('{}');
    await file.commit();
    expect(signalHandlersAttached()).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('fails with an OutputError naming the target, not the temp file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    expect(() => new AtomicFile(join(dir, 'file', 'x.json'))).toThrow(expect.objectContaining({ code: 'PDP_OUTPUT_UNWRITABLE', target: join(dir, 'file') }));
  });
});
