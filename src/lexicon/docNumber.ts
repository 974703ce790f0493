// 发文字号 (文号) as official documents write it: the issuing organ's abbreviation, the year in
// brackets, the serial and 号 (滨江府发〔2020〕44号). The page readers (a 文号 line under a web
// page's title) and the parser (the wrapper's 文号, a cited document's number, the cuts of a
// flattened header) recognise the same shape, so it is written here, below both.

/**
 * Regex source: the bracketed year, the serial and 号 (`〔2020〕44号`). The year bracket may be
 * 〔〕 [] ［］ 【】 （） (); blanks may stand between the parts (`东人社发[2023] 12 号`).
 */
export const YEAR_AND_SERIAL = '[〔\\[［【（(]\\s*(?:19|20)[0-9]{2}\\s*[〕\\]］】）)]\\s*[0-9０-９]{1,4}\\s*号';

/** Regex source: a 文号 whose abbreviation (letters or Chinese characters) is `length` long, a quantifier (`{1,16}`). */
export const docNumberSource = (length: string): string => `[A-Za-z\\u4e00-\\u9fff]${length}\\s*${YEAR_AND_SERIAL}`;

/** Regex source: a 文号, its abbreviation at most 16 characters long. */
export const DOC_NUMBER = docNumberSource('{1,16}');

/** A string that is one 文号 and nothing else. */
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER}$`);
