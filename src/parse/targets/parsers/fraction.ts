import { RANGE_SEPARATOR_SOURCE, parseNumeral } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const DENOMINATOR = '[一二两三四五六七八九十百千\\d]+';
const NUMERATOR = '[零〇一二两三四五六七八九十百\\d.]+';
const FRACTION = `${DENOMINATOR}分之${NUMERATOR}`;

/**
 * `百分之三十` → 30%, `三分之一` → 33.33…% (exact, 100/3), `一半` / `半数` → 50%;
 * `百分之二十至百分之三十` is one range 20–30.
 */
export const fractionParser: TargetParser = {
  name: 'fraction',
  startChars: '一二两三四五六七八九十百千0123456789半',
  pattern: new RegExp(`(?<a>${FRACTION})(?:${RANGE_SEPARATOR_SOURCE}(?<b>${FRACTION}))?|一半|半数`, 'gu'),
  extract(match) {
    const { a, b } = match.groups!;
    const span = { kind: 'percent' as const, start: match.index, end: match.index + match[0].length, parser: this.name, unit: '%' };
    if (a === undefined) return candidate({ ...span, value: 50 });
    const first = percentOf(a);
    if (first === null) return null;
    if (b === undefined) return candidate({ ...span, value: first });
    const second = percentOf(b);
    if (second === null || second <= first) return null;
    return candidate({ ...span, min: first, max: second });
  },
};

/** `百分之三十` → 30, `三分之一` → 100/3: numerator × 100 / denominator, not rounded. */
function percentOf(fraction: string): number | null {
  const [d, n] = fraction.split('分之') as [string, string];
  const denominator = parseNumeral(d);
  const numerator = parseNumeral(n);
  if (!denominator || numerator === null) return null;
  return (numerator * 100) / denominator;
}
