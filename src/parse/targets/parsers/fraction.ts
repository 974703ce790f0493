import { RANGE_SEPARATOR_SOURCE, parseNumeral } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const DENOMINATOR_CHARS = '一二两三四五六七八九十百千0123456789';
const DENOMINATOR = `[${DENOMINATOR_CHARS}]+`;
const NUMERATOR = '[零〇一二两三四五六七八九十百\\d.]+';
const FRACTION = `${DENOMINATOR}分之${NUMERATOR}`;

/**
 * `百分之三十` → 30%, `三分之一` → 33.33…% (exact, 100/3); `百分之二十至百分之三十` is one
 * range 20–30.
 */
export const fractionParser: TargetParser = {
  name: 'fraction',
  startChars: DENOMINATOR_CHARS,
  runClasses: [DENOMINATOR_CHARS],
  pattern: new RegExp(`(?<a>${FRACTION})(?:${RANGE_SEPARATOR_SOURCE}(?<b>${FRACTION}))?`, 'gu'),
  extract(match) {
    const { a, b } = match.groups!;
    const span = { kind: 'percent' as const, start: match.index, end: match.index + match[0].length, parser: this.name, unit: '%' };
    const first = percentOf(a!);
    if (first === null) return null;
    if (b === undefined) return candidate({ ...span, value: first });
    const second = percentOf(b);
    if (second === null || second <= first) return null;
    return candidate({ ...span, min: first, max: second });
  },
};

/**
 * `一半`, `半数` → 50%. Apart from the fractions, whose pattern begins with a run of numerals
 * (tried once per run, see `matchesOf`), as `一半` can begin inside such a run.
 */
export const halfParser: TargetParser = {
  name: 'half',
  startChars: '一半',
  pattern: /一半|半数/gu,
  extract(match) {
    return candidate({ kind: 'percent', start: match.index, end: match.index + match[0].length, parser: this.name, unit: '%', value: 50 });
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
