import { LIST_LABEL } from '../lexicon/responsibility.js';
import { isCloseBracket, isOpenBracket } from './brackets.js';
import { insideTable, nextSectionStart, type DocumentLayout, type FoundList } from './layout.js';
import { readListBody } from './listBody.js';
import { LIST_MAX, labelIndex, scanList, type ListStop } from './listExtent.js';
import { isUnitName } from './unitName.js';

const BLANK = /[ \t\u3000]/u;

/** The open bracket right before a label (spaces between allowed), or null. */
function openingBracket(text: string, labelStart: number): number | null {
  let open = labelStart - 1;
  while (open >= 0 && BLANK.test(text[open])) open--;
  return open >= 0 && isOpenBracket(text[open]) ? open : null;
}

/**
 * The bracket that closes the one opened before `from`, within `limit` and LIST_MAX characters;
 * null when another labelled list opens first (`（责任单位：A（责任单位：B）`).
 */
function closingBracket(text: string, from: number, limit: number, labelStarts: ReadonlyMap<number, number>): number | null {
  const end = Math.min(limit, from + LIST_MAX);
  let depth = 0;
  for (let i = from; i < end; i++) {
    if (isOpenBracket(text[i])) {
      if (labelStarts.has(i + 1)) return null;
      depth++;
    }
    else if (isCloseBracket(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
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
 * run on after a measure, or glued to the next heading in flattened text. Several labels up to the
 * stop make one list.
 */
export function findLabeledLists(layout: DocumentLayout): FoundList[] {
  const { text } = layout;
  const labels = [...text.matchAll(new RegExp(LIST_LABEL.source, 'gu'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const index = labelIndex(labels);
  const lists: FoundList[] = [];
  let consumed = 0;
  for (const label of labels) {
    if (label.start < consumed || insideTable(layout, label.start)) continue;
    const limit = nextSectionStart(layout, label.start);
    const open = openingBracket(text, label.start);
    const closing = open === null ? null : closingBracket(text, label.end, limit, index.endOf);
    let scanned: ListStop;
    if (closing !== null) {
      // `（责任单位：…；完成时限：…）`: inside its bracket a list stops only at another label.
      const inner = scanList(text, label.end, closing, index, 'bracketed');
      scanned = inner.reason === 'label' ? inner : { stop: closing, closedBy: closing, reason: 'bracket' };
    } else scanned = scanList(text, label.end, limit, index, 'open');
    const { stop, closedBy, reason } = scanned;
    const ownBracket = closedBy !== null && open !== null;
    let start = label.start;
    let end = trimEnd(text, label.start, stop);
    if (ownBracket) {
      // `（责任单位：…）`: the brackets belong to the list when the label opens them.
      start = open;
      end = closedBy + 1;
    } else if (reason === 'period') end = stop + 1;
    const reading = readListBody(text.slice(label.start, stop));
    consumed = Math.max(end, label.end);
    if (!reading.units.some((u) => isUnitName(u.name))) continue;
    lists.push({ start, end, units: reading.units, table: null, row: null, leadFirstClause: reading.leadFirstClause, rolesStated: true });
  }
  return lists;
}
