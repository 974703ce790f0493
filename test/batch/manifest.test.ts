import { describe, expect, it } from 'vitest';
import { manifestFileName, reusableEntry, type Manifest } from '../../src/batch/manifest.js';

const previous: Manifest = {
  tool: { name: 'policy-doc-parser', version: '0.1.0' },
  schemaVersion: 1,
  settings: { format: 'json', pretty: true },
  shard: null,
  counts: { inputs: 2, documents: 1, failed: 1, reused: 0, targets: 3 },
  inputs: [
    { path: 'a.txt', sha256: 'aa', status: 'ok', docId: '0123456789abcdef', outputs: ['a.json'], outputSha256: 'dd', targets: 3 },
    { path: 'b.txt', sha256: 'bb', status: 'failed', code: 'PDP_INPUT_EMPTY', message: 'empty file' },
  ],
  failures: [{ path: 'b.txt', code: 'PDP_INPUT_EMPTY', message: 'empty file' }],
};
const current = { tool: previous.tool, schemaVersion: 1, settings: { format: 'json', pretty: true } };

describe('manifest reuse', () => {
  it('reuses an input whose bytes, tool version and settings are unchanged', () => {
    expect(reusableEntry(previous, current, 'a.txt', 'aa')).toBe(previous.inputs[0]);
  });

  it('reparses when the bytes changed, the input failed before, or it is new', () => {
    expect(reusableEntry(previous, current, 'a.txt', 'changed')).toBeNull();
    expect(reusableEntry(previous, current, 'b.txt', 'bb')).toBeNull();
    expect(reusableEntry(previous, current, 'c.txt', 'cc')).toBeNull();
  });

  it('reparses everything after a tool upgrade or rebuild, or with other output settings', () => {
    expect(reusableEntry(previous, { ...current, tool: { name: 'policy-doc-parser', version: '0.2.0' } }, 'a.txt', 'aa')).toBeNull();
    expect(reusableEntry(previous, { ...current, tool: { ...previous.tool, build: 'rebuilt' } }, 'a.txt', 'aa')).toBeNull();
    expect(reusableEntry(previous, { ...current, settings: { format: 'json', pretty: false } }, 'a.txt', 'aa')).toBeNull();
    expect(reusableEntry(null, current, 'a.txt', 'aa')).toBeNull();
  });

  it('names a shard\'s manifest after the shard', () => {
    expect(manifestFileName(null)).toBe('manifest.json');
    expect(manifestFileName({ index: 1, count: 1 })).toBe('manifest.json');
    expect(manifestFileName({ index: 2, count: 8 })).toBe('manifest-2-of-8.json');
  });
});
