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

/**
 * Organ names of one signature line (joint issuers may share a line, separated by blanks). Two
 * organs glued together where a line break was lost (`广州市财政局广州市医疗保障局`) part where the
 * place name they share starts again after an organ ending.
 */
export function organsOf(paragraph: string): string[] {
  const parts = paragraph.trim().split(/[\s\u3000]+/).filter(Boolean);
  const place = /^[\u4e00-\u9fff]{1,6}?[省市区县州盟旗]/.exec(parts[0] ?? '')?.[0];
  if (!place) return parts;
  return parts.flatMap((part) => {
    const out: string[] = [];
    let from = 0;
    for (let at = part.indexOf(place, 1); at > 0; at = part.indexOf(place, at + 1)) {
      if (ORGAN_END.test(part.slice(from, at))) {
        out.push(part.slice(from, at));
        from = at;
      }
    }
    out.push(part.slice(from));
    return out;
  });
}
