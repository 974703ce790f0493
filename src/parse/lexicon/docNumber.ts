// The 发文字号 a paragraph states, e.g. 滨江府发〔2020〕44号 (its shape: src/lexicon/docNumber.ts).
import { DOC_NUMBER_LINE, docNumberSource } from '../../lexicon/docNumber.js';

/**
 * A flattened header glues the red-letter head (`…林业局文件`) or the issuing organ's full name to
 * the number (`山东省生态环境厅鲁环便函〔2021〕1202号`). Abbreviations are short (`国办发`, `赣府厅发`,
 * `陕发改能电力`), full organ names are not: after a head of three or more characters ending in
 * 文件 or an organ word, a number whose abbreviation has at most seven characters is the number.
 */
const GLUED_HEAD_NUMBER = new RegExp(`^.{3,80}(?:文件|人民政府|委员会|办公厅|办公室|厅|局)(${docNumberSource('{1,7}')})$`);

/** The document number when the paragraph is one (blanks removed), else null. */
export function docNumberOf(paragraph: string): string | null {
  const value = paragraph.trim();
  const whole = DOC_NUMBER_LINE.test(value) ? value : null;
  const glued = (!whole || value.search(/[〔\[［【（(]/) > 7) ? GLUED_HEAD_NUMBER.exec(value)?.[1] : undefined;
  const number = glued ?? whole;
  return number ? number.replace(/[\s\u3000]+/g, '') : null;
}
