// Names of issuing organs, as they stand in a signature block.
import { ORGAN_END } from '../../lexicon/organs.js';

/**
 * What a flattened text glued before the signature's organ names: the end of the attachment's
 * title, its period or draft mark (`…方案(2021-2025`/`年)`, `…措施(征求意见稿)`), a stray full stop.
 * Organ names hold brackets only as a balanced part of a name (`陕西省地方电力(集团)有限公司`), never
 * 关于, a year or a draft mark: the names start after the last closing bracket that breaks that.
 */
export function organTail(paragraph: string): string {
  const value = paragraph.trim();
  let from = 0;
  for (let at = 0; at < value.length; at++) {
    const ch = value[at];
    if (ch !== ')' && ch !== '）') continue;
    const open = Math.max(value.lastIndexOf('(', at), value.lastIndexOf('（', at));
    if (open < from || /年|稿|草案|关于/.test(value.slice(open, at)) || value.slice(from, at).includes('关于')) from = at + 1;
  }
  return value.slice(from).replace(/^[\s\u3000.。，,、；;：:)）]+/, '');
}

/** Where the next organ of `place` may start at or after `from`: the place name, or 中共 before it. */
function nextStart(part: string, place: string, from: number): number {
  const at = part.indexOf(place, from);
  const party = part.indexOf(`中共${place}`, from);
  return party >= 0 && (at < 0 || party < at) ? party : at;
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
    // A party organ of the same place (`…局中共某市委…`) starts again too.
    for (let at = nextStart(part, place, 1); at > 0; at = nextStart(part, place, at + 1)) {
      if (ORGAN_END.test(part.slice(from, at))) {
        out.push(part.slice(from, at));
        from = at;
      }
    }
    out.push(part.slice(from));
    return out;
  });
}
