// Dates of signature blocks: 2020年9月4日, 2022 年 11 月 22 日, 二〇二二年十一月二十二日.
import { anyInteger, chineseDigits } from '../numerals.js';

const YEAR = '([0-9０-９]{4}|[零〇○Ｏ一二三四五六七八九]{4})';
const PART = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
const B = '[ \\t\\u3000]*';

/** A paragraph that is only a date. */
export const DATE_LINE = new RegExp(`^${YEAR}${B}年${B}${PART}${B}月${B}${PART}${B}日$`);

/** ISO date (YYYY-MM-DD) of a date-only paragraph, or null. */
export function isoDateOf(paragraph: string): string | null {
  const m = DATE_LINE.exec(paragraph.trim());
  if (!m) return null;
  const year = chineseDigits(m[1]) ?? anyInteger(m[1]);
  const [month, day] = [m[2], m[3]].map(anyInteger);
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
