import { parseNumeral, roundFloat } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

/** `百分之三十` → 30%, `三分之一` → 33.33%, `一半` / `半数` → 50%. */
export const fractionParser: TargetParser = {
  name: 'fraction',
  pattern: /(?<d>[一二两三四五六七八九十百千\d]+)分之(?<n>[零〇一二两三四五六七八九十百\d.]+)|一半|半数/gu,
  extract(match) {
    const { d, n } = match.groups!;
    let value: number;
    if (d === undefined || n === undefined) {
      value = 50;
    } else {
      const denominator = parseNumeral(d);
      const numerator = parseNumeral(n);
      if (!denominator || numerator === null) return null;
      value = roundFloat(Math.round((numerator / denominator) * 100 * 100) / 100);
    }
    return candidate({ kind: 'percent', start: match.index, end: match.index + match[0].length, parser: this.name, value, unit: '%' });
  },
};
