import { parseChineseNumeral } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';
import { opensClause } from './shared.js';

/**
 * `“十四五”末` → 2025 (due), `十四五期间` / `“十四五”时期` → 2021–2025, `“十五五”初` → 2026.
 * A period opening a clause is due by its last year. From the 6th plan (1981–1985) on, plan n runs 1981 + 5(n − 6) … + 4.
 */
export const fiveYearPlanParser: TargetParser = {
  name: 'fiveYearPlan',
  startChars: '“"‘十',
  pattern: /[“"‘]?十(?<n>[一二三四五六七八九])五[”"’]?(?:规划)?(?<when>期末|末期|末|期间|时期|初期|初|中期)/gu,
  extract(match, scan) {
    const n = 10 + parseChineseNumeral(match.groups!.n!)!;
    const first = 1981 + 5 * (n - 6);
    const when = match.groups!.when!;
    const start = match.index;
    const end = match.index + match[0].length;
    if (/末/.test(when)) return candidate({ kind: 'date', start, end, parser: this.name, year: first + 4, due: true });
    if (/初/.test(when)) return candidate({ kind: 'date', start, end, parser: this.name, year: first });
    if (when === '中期') return candidate({ kind: 'date', start, end, parser: this.name, year: first + 2 });
    // `“十四五”期间，新增…` opening a clause: due by the plan's last year, as a period of years is.
    return candidate({ kind: 'date', start, end, parser: this.name, min: first, max: first + 4, due: opensClause(scan, start) });
  },
};
