// 发文字号: organ abbreviation + 〔year〕 + serial + 号, e.g. 滨江府发〔2020〕44号.

const B = '[ \\t\\u3000]*';
/** A document number; the year bracket may be 〔〕 [] ［］ 【】 （） (). */
export const DOC_NUMBER_SOURCE = `[A-Za-z\\u4e00-\\u9fff]{1,16}${B}[〔\\[［【（(]${B}(?:19|20)[0-9]{2}${B}[〕\\]］】）)]${B}[0-9０-９]{1,4}${B}号`;

const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_SOURCE}$`);

/** The document number when the paragraph is one (blanks removed), else null. */
export function docNumberOf(paragraph: string): string | null {
  const value = paragraph.trim();
  return DOC_NUMBER_LINE.test(value) ? value.replace(/[\s\u3000]+/g, '') : null;
}
