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
    if (isClockTime(scan.text, match.index, match.index + match[0].length, toAsciiDigits(match.groups!.l!), toAsciiDigits(match.groups!.r!), match[0])) return null;
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

const RATIO_BEFORE = /(?:比|比例|配比|比值|之比)(?:为|是|达到|达|不低于|不高于|不超过|控制在|保持在)?\s*$/u;

/**
 * `8:30至17:30`, `9:00前`, `下午2:30`: a clock time, not a ratio. Hours up to 24 and two-digit
 * minutes, with a zero-led minute or a time word or a time range around it; `1:15` alone
 * stays a ratio (`师生比1:15`).
 */
function isClockTime(text: string, start: number, end: number, hourText: string, minutes: string, written: string): boolean {
  const hour = Number(hourText);
  if (hour > 24 || !/^[0-5][0-9]$/.test(minutes)) return false;
  if (minutes.startsWith('0')) return true;
  // `14:31`: two-digit hour and minutes with a colon read as a time of day, unless a word of
  // proportion stands before it (`配比为12:25`).
  if (/^(?:[01][0-9]|2[0-3])$/.test(hourText) && !/比/.test(written) && !RATIO_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  return CLOCK_AFTER.test(text.slice(end, end + 12)) || CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
