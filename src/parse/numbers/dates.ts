// Dates of signature blocks: 2020年9月4日, 2022 年 11 月 22 日, 二〇二二年十一月二十二日.
import { anyInteger, chineseDigits } from './integers.js';

const YEAR = '([0-9０-９]{4}|[零〇○Ｏ一二三四五六七八九]{4})';
const PART = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
const B = '[ \\t\\u3000]*';

/** Regex source: a date written out as a signature dates a document (year, month, day captured). */
export const WRITTEN_DATE = `${YEAR}${B}年${B}${PART}${B}月${B}${PART}${B}日`;

/** A paragraph that is only a date. */
export const DATE_LINE = new RegExp(`^${WRITTEN_DATE}$`);

/** A paragraph shaped like a signature date, whether or not the date exists (11月31日 still ends a signature). */
export function isDateLine(paragraph: string): boolean {
  return DATE_LINE.test(paragraph.trim());
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date (YYYY-MM-DD) of a date-only paragraph, or null. */
export function isoDateOf(paragraph: string): string | null {
  const m = DATE_LINE.exec(paragraph.trim());
  if (!m) return null;
  const year = chineseDigits(m[1]) ?? anyInteger(m[1]);
  const [month, day] = [m[2], m[3]].map(anyInteger);
  if (year === null || month === null || day === null) return null;
  // An impossible date (11月31日, 2月29日 of a common year) is a typo: no ISO date rather than a wrong one.
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
