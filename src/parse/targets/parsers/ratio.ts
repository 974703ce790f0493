import { ARABIC_DIGIT_CHARS, toAsciiDigits, roundFloat } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const TERM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** `20:1`, `1：1`, `5∶5`, `1比1`: value left/right, terms kept as `left`/`right`. */
export const ratioParser: TargetParser = {
  name: 'ratio',
  startChars: ARABIC_DIGIT_CHARS,
  innerClasses: [ARABIC_DIGIT_CHARS],
  pattern: new RegExp(`(?<![0-9０-９.．:：∶\\u0000])(?<l>${TERM})\\s*[:：∶比]\\s*(?<r>${TERM})(?![0-9０-９.．:：∶])`, 'gu'),
  extract(match, scan) {
    const left = Number(toAsciiDigits(match.groups!.l!));
    const right = Number(toAsciiDigits(match.groups!.r!));
    if (!right) return null;
    if (isClockTime(scan.text, match.index, match.index + match[0].length, left, toAsciiDigits(match.groups!.r!))) return null;
    return candidate({
      kind: 'ratio', start: match.index, end: match.index + match[0].length, parser: this.name,
      value: roundFloat(left / right), left, right,
    });
  },
};

const CLOCK = '[0-9]{1,2}[:：][0-9]{2}';
const CLOCK_AFTER = new RegExp(`^\\s*(?:前|后|之前|以前|起|开始|结束|[至到\\-—–～~]\\s*${CLOCK})`, 'u');
// A date right before (`2023-05-06 14:31`, `5月6日14:31`, a page's `发布时间：…`) makes it the time of day.
const CLOCK_BEFORE = new RegExp(
  `(?:${CLOCK}\\s*[至到\\-—–～~]|上午|下午|早上|晚上|凌晨|中午|时间[为：:]?|每[天日]|[0-9]{1,2}\\s*[日号]|[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?)\\s*$`,
  'u',
);

/**
 * `8:30至17:30`, `9:00前`, `下午2:30`: a clock time, not a ratio. Hours up to 24 and two-digit
 * minutes, with a zero-led minute or a time word or a time range around it; `1:15` alone
 * stays a ratio (`师生比1:15`).
 */
function isClockTime(text: string, start: number, end: number, hour: number, minutes: string): boolean {
  if (hour > 24 || !/^[0-5][0-9]$/.test(minutes)) return false;
  if (minutes.startsWith('0')) return true;
  return CLOCK_AFTER.test(text.slice(end, end + 12)) || CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
