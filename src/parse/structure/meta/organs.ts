// Names of issuing organs, as they stand in a signature block.

const ORGAN_END =
  /(人民政府|政府|办公室|办公厅|委员会|常委会|党委|委|局|厅|部|署|院|会|中心|办|管委会|公司|集团|银行|党组|支队|总队|研究所)$/;

/** A short line of organ names: no sentence punctuation, ends like an organ. */
export function isOrganLine(paragraph: string): boolean {
  const value = paragraph.trim();
  if (value.length < 2 || value.length > 60) return false;
  if (/[。，,；;：:、“”《》]/.test(value)) return false;
  return value.split(/[\s\u3000]+/).every((part) => ORGAN_END.test(part));
}

/** Organ names of one signature line (joint issuers may share a line, separated by blanks). */
export function organsOf(paragraph: string): string[] {
  return paragraph.trim().split(/[\s\u3000]+/).filter(Boolean);
}
