import { isCloseBracket, isOpenBracket } from './brackets.js';
import { insideTable, nextSectionStart, type DocumentLayout, type FoundList } from './layout.js';
import { LIST_LABEL } from '../lexicon/responsibility.js';
import { readListBody } from './listBody.js';
import { isUnitName } from './unitName.js';

const LINE_BREAK = /[\r\n\u2028\u2029]/u;
/** A line ending in one of these continues on the next line (a wrapped list). */
const CONTINUES = /[、，,；;/]$/u;

/** A list in brackets may wrap over lines; it runs to its closing bracket within this many characters. */
const BRACKETED_LIST_MAX = 400;

/** When the label stands right after an open bracket: the offset of the bracket that closes it. */
function closingBracket(text: string, labelStart: number, from: number, limit: number): number | null {
  let open = labelStart - 1;
  while (open >= 0 && /[ \t\u3000]/u.test(text[open])) open--;
  if (!isOpenBracket(text[open])) return null;
  let depth = 0;
  for (let i = from; i < limit; i++) {
    if (isOpenBracket(text[i])) depth++;
    else if (isCloseBracket(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return null;
}

/**
 * Where a list opened by a label at `from` stops: a `。`, a line end (unless the line ends
 * with a separator or nothing followed the label yet), the bracket that encloses it, or the next
 * section. Returns the stop and the closing bracket's offset when a bracket closed it.
 */
function scanListEnd(
  text: string,
  labelStart: number,
  from: number,
  limit: number,
): { stop: number; closedBy: number | null; period: boolean } {
  const closing = closingBracket(text, labelStart, from, Math.min(limit, from + BRACKETED_LIST_MAX));
  if (closing !== null) return { stop: closing, closedBy: closing, period: false };
  let depth = 0;
  let seen = '';
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (isOpenBracket(ch)) depth++;
    else if (isCloseBracket(ch)) {
      if (depth === 0) return { stop: i, closedBy: i, period: false };
      depth--;
    } else if (depth === 0 && ch === '。') return { stop: i, closedBy: null, period: true };
    else if (LINE_BREAK.test(ch)) {
      const sofar = seen.trim();
      if (sofar.length > 0 && !CONTINUES.test(sofar)) return { stop: i, closedBy: null, period: false };
      continue;
    }
    seen += ch;
  }
  return { stop: limit, closedBy: null, period: false };
}

/** Any `词语：` label; one that is not a responsibility label (`完成时限：`) ends the list. */
const ANY_LABEL = /[\u4e00-\u9fff]{2,8}\s*[：:]/gu;
const LIST_LABEL_AT_END = new RegExp(`(?:${LIST_LABEL.source})$`, 'u');

function foreignLabelAt(text: string, from: number, stop: number): number | null {
  const span = text.slice(from, stop);
  for (const m of span.matchAll(ANY_LABEL)) {
    const upToColon = span.slice(0, m.index + m[0].length);
    if (LIST_LABEL_AT_END.test(upToColon)) continue;
    // The label starts after the last separator before its colon.
    const before = span.slice(0, m.index + m[0].length);
    const cut = Math.max(...[...'、，,；;。 \t\u3000'].map((c) => before.lastIndexOf(c)));
    return from + (cut >= 0 ? cut : m.index);
  }
  return null;
}

/** Trailing spaces and separators before a stop are not part of the list. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\u3000、，,；;]/u.test(text[end - 1])) end--;
  return end;
}

/**
 * Lists opened by a label: `（责任单位：A、B）`, a `责任单位：…` line, `牵头单位：A；配合单位：B`
 * run on after a measure. Several labels up to the stop make one list.
 */
export function findLabeledLists(layout: DocumentLayout): FoundList[] {
  const { text } = layout;
  const lists: FoundList[] = [];
  let consumed = 0;
  for (const m of text.matchAll(new RegExp(LIST_LABEL.source, 'gu'))) {
    const labelStart = m.index;
    if (labelStart < consumed || insideTable(layout, labelStart)) continue;
    const limit = nextSectionStart(layout, labelStart);
    const scanned = scanListEnd(text, labelStart, labelStart + m[0].length, limit);
    const foreign = foreignLabelAt(text, labelStart + m[0].length, scanned.stop);
    const { stop, closedBy, period } = foreign === null ? scanned : { stop: foreign, closedBy: null, period: false };
    let start = labelStart;
    let end = trimEnd(text, labelStart, stop);
    if (closedBy !== null) {
      // `（责任单位：…）`: the brackets belong to the list when the label opens them.
      let open = labelStart - 1;
      while (open >= 0 && /[ \t\u3000]/u.test(text[open])) open--;
      if (isOpenBracket(text[open])) {
        start = open;
        end = closedBy + 1;
      }
    } else if (period) end = stop + 1;
    const body = text.slice(labelStart, closedBy ?? stop);
    const reading = readListBody(body);
    consumed = end;
    if (!reading.units.some((u) => isUnitName(u.name))) continue;
    lists.push({ start, end, units: reading.units, table: null, row: null, leadFirstClause: reading.leadFirstClause, rolesStated: true });
  }
  return lists;
}
