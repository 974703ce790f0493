import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/index.js';

// Issue 16 item 3: one number too big for a float made Infinity and failed the whole document.
describe('numbers too big for a float', () => {
  it.each([
    ['a chain of 亿', `加大投入，投资一${'亿'.repeat(40)}元，新建学校3所。`, `一${'亿'.repeat(40)}元`],
    ['a 309-digit amount', `加大投入，投资${'9'.repeat(309)}元，新建学校3所。`, `${'9'.repeat(309)}元`],
    ['a 400-digit percentage', `覆盖率提高${'9'.repeat(400)}%，新建学校3所。`, `${'9'.repeat(400)}%`],
    ['a 400-digit ratio term', `师生比为${'9'.repeat(400)}:1，新建学校3所。`, `${'9'.repeat(400)}:1`],
  ])('drop that candidate with a warning, keep the rest of the document (%s)', (_, text, dropped) => {
    const doc = parseDocument(text);
    expect(doc.targets.map((t) => t.text)).toEqual(['3所']);
    expect(doc.warnings).toEqual([
      {
        code: 'NUMBER_OUT_OF_RANGE',
        message: expect.stringContaining('number too large to represent'),
        start: text.indexOf(dropped),
        end: text.indexOf(dropped) + dropped.length,
        severity: 'warning',
        rule: 'targets.number-out-of-range',
      },
    ]);
  });

  it('keeps a large but finite number', () => {
    const doc = parseDocument(`投资${'9'.repeat(30)}元。`);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[1e30, 'CNY']]);
    expect(doc.warnings).toEqual([]);
  });
});
