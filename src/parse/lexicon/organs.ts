// How the names of issuing organs end (`…人民政府`, `…办公厅`, `…局`), and the line that holds only
// such names: the signature under a plan. The tail of the layout (a signature after the body) and
// meta (the issuer) and the cuts of a flattened header import them.

/** Regex source: how the name of an issuing organ ends (`…人民政府`, `…办公室`, `…局`, `…有限公司`). */
export const ORGAN_ENDING =
  '(?:人民政府|政府|办公室|办公厅|委员会|常委会|党委|委|局|厅|部|署|院|会|中心|办|管委会|公司|集团|银行|党组|支队|总队|研究所)';

/** The end of an organ's name. */
export const ORGAN_END = new RegExp(`${ORGAN_ENDING}$`);

/** A short line of organ names: no sentence punctuation, ends like an organ. */
export function isOrganLine(paragraph: string): boolean {
  const value = paragraph.trim();
  if (value.length < 2 || value.length > 60) return false;
  if (/[。，,；;：:、“”《》]/.test(value)) return false;
  return value.split(/[\s\u3000]+/).every((part) => ORGAN_END.test(part));
}
