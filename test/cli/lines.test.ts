import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath, failureLine } from '../../src/cli/lines.js';

const LINE_BREAKS = /[\n\r\u0085\u2028\u2029\u000b\u000c]/;

describe('error lines', () => {
  it('leave ordinary paths (Chinese, spaces, colons) as they are', () => {
    expect(displayPath('plans/2023 实施方案: 终稿.txt')).toBe('plans/2023 实施方案: 终稿.txt');
    expect(failureLine('a b.txt', { code: 'PDP_INPUT_EMPTY', message: 'empty file' })).toBe('a b.txt: empty file [PDP_INPUT_EMPTY]\n');
  });

  it('escape C1 controls, DEL and the Unicode line separators, which JSON.stringify leaves raw', () => {
    expect(displayPath('a\u0085b\u2028c\u007f.txt')).toBe('"a\\u0085b\\u2028c\\u007f.txt"');
    expect(JSON.parse(displayPath('a\u0085b\u2028c\u007f.txt'))).toBe('a\u0085b\u2028c\u007f.txt');
  });

  it('are one line for any path and message, and an escaped path reads back as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (path, message) => {
        const line = failureLine(path, { code: 'PDP_X', message });
        const body = line.slice(0, -1);
        expect(line.endsWith('\n')).toBe(true);
        expect(LINE_BREAKS.test(body)).toBe(false);
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(body)).toBe(false);
        const shown = displayPath(path);
        if (shown !== path) expect(JSON.parse(shown)).toBe(path);
      }),
      { numRuns: 1000 },
    );
  });
});
