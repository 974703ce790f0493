import { splitOutsideBrackets } from './brackets.js';
import { isUnitName } from './unitName.js';

/** Separators between unit names (outside brackets). */
const NAME_SEPARATOR = /[、，,；;/／]/u;
const SPACE = /[\s\u3000]/u;

/** Regex sources: `等` with its qualifier (`等有关`), and the holders it may name (`部门`, `单位`, `部门和单位`). */
const ETC = '等(?:其他|有关|相关)?';
const HOLDER = '(?:单位|部门)';
const HOLDERS = `(?:${HOLDER}(?:(?:和|及|与)?${HOLDER})?)`;

/** `等和`, `等有关部门和`: the end of one group of names and the join to the next (not `等有关部门和单位`, a closing). */
const ETC_AND = new RegExp(`${ETC}${HOLDER}?(?:和|及|以及|与)(?!${HOLDER}(?:$|[、，,；;]))`, 'gu');

/** `…等`, `…等部门`, `…等有关单位`, `…等部门单位`, `…等有关部门和单位`: a closing "and others", not part of the name. */
const TRAILING_ETC = new RegExp(`${ETC}${HOLDERS}?$`, 'u');
const EDGE_PUNCTUATION = /^[\s\u3000。．.，,、；;：:]+|[\s\u3000。．.，,、；;：:]+$/gu;
/** A bracketed remark after a name, such as a deadline `（2023年底前）`: not part of the name. */
const TRAILING_REMARK = /[（(][^（()）]*(?:[0-9０-９]|年|月|前|底|完成|持续|长期)[^（()）]*[）)]$/u;
/** Conjunctions left at the front of a piece by `A、B和C` style writing. */
const LEADING_CONJUNCTION = /^(?:以及|及|和|与)(?=.{3})/u;

/** A unit name as written: trimmed, without edge punctuation or a trailing 等. */
export function cleanUnitName(piece: string): string {
  let name = piece.replace(EDGE_PUNCTUATION, '');
  name = name.replace(LEADING_CONJUNCTION, '');
  for (;;) {
    const shorter = name.replace(TRAILING_REMARK, '').replace(TRAILING_ETC, '').replace(EDGE_PUNCTUATION, '');
    if (shorter === name || shorter.length === 0) break;
    name = shorter;
  }
  return name === '等' ? '' : name;
}

/**
 * Space-separated pieces: a space separates two names only after a complete name; otherwise it is
 * a line wrap inside one name (`市人力资源和社\n会保障局`) and the pieces are joined.
 */
function splitOnSpaces(piece: string): string[] {
  const tokens = splitOutsideBrackets(piece, (ch) => SPACE.test(ch))
    .map((t) => t.text)
    .filter((t) => t.length > 0);
  const names: string[] = [];
  for (const token of tokens) {
    const last = names.length - 1;
    if (last >= 0 && !isUnitName(cleanUnitName(names[last]))) names[last] += token;
    else names.push(token);
  }
  return names;
}

/**
 * The unit names of a list body (wrappers already removed): split on `、，,；;/` and on spaces
 * between names, never inside brackets; trimmed, trailing 等 removed, empties dropped.
 */
export function splitUnitNames(body: string): string[] {
  const names: string[] = [];
  // `A、B等和各省级人民政府`: "A, B and others, and C": the 等 closes a group, the 和 joins the next.
  for (const piece of splitOutsideBrackets(body.replace(ETC_AND, '、'), (ch) => NAME_SEPARATOR.test(ch))) {
    for (const token of splitOnSpaces(piece.text.trim())) {
      const name = cleanUnitName(token);
      if (name) names.push(name);
    }
  }
  return names;
}
