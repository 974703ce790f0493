import { toAsciiDigits, roundFloat } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const TERM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** `20:1`, `1：1`, `5∶5`, `1比1`: value left/right, terms kept as `left`/`right`. */
export const ratioParser: TargetParser = {
  name: 'ratio',
  pattern: new RegExp(`(?<![0-9０-９.．:：∶\\u0000])(?<l>${TERM})\\s*[:：∶比]\\s*(?<r>${TERM})(?![0-9０-９.．:：∶])`, 'gu'),
  extract(match, scan) {
    const left = Number(toAsciiDigits(match.groups!.l!));
    const right = Number(toAsciiDigits(match.groups!.r!));
    if (!right) return null;
    // A clock time (8:30 前) is not a ratio.
    const after = scan.text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    if (/^\d{2}$/.test(match.groups!.r!) && left < 24 && /^(前|后|之前|以前|至|-|—)/.test(after)) return null;
    return candidate({
      kind: 'ratio', start: match.index, end: match.index + match[0].length, parser: this.name,
      value: roundFloat(left / right), left, right,
    });
  },
};
