import { LIST_LABEL } from '../lexicon/responsibility.js';
import { isCloseBracket, isOpenBracket } from './brackets.js';
import { insideTable, nextSectionStart, type DocumentLayout, type FoundList } from './layout.js';
import { findLeadFirstClauses } from './leadFirstClause.js';
import { readListBody } from './listBody.js';
import { LIST_MAX, holdsMarkerOrHeading, labelIndex, scanList, type ListStop } from './listExtent.js';
import { isUnitName } from './unitName.js';
import { diagnostic } from '../diagnostics.js';
import { debug } from '../trace.js';

const BLANK = /[ \t\u3000]/u;

/** Brackets a label may open besides round ones (`〔责任单位：…〕`, `【牵头单位：…】`), with their closers. */
const OTHER_LIST_BRACKETS = new Map([
  ['〔', '〕'],
  ['【', '】'],
  ['［', '］'],
]);

/** The open bracket right before a label (spaces between allowed) and the character that closes it, or null. */
function openingBracket(text: string, labelStart: number): { at: number; closer: string | null } | null {
  let open = labelStart - 1;
  while (open >= 0 && BLANK.test(text[open])) open--;
  if (open < 0) return null;
  if (isOpenBracket(text[open])) return { at: open, closer: null };
  const closer = OTHER_LIST_BRACKETS.get(text[open]);
  return closer ? { at: open, closer } : null;
}

/**
 * The bracket that closes the one opened before `from` (a round one, or `closer`), within `limit` and
 * LIST_MAX characters; null when another labelled list opens first (`（责任单位：A（责任单位：B）`).
 */
function closingBracket(
  text: string,
  from: number,
  limit: number,
  labelStarts: ReadonlyMap<number, number>,
  closer: string | null,
): number | null {
  const end = Math.min(limit, from + LIST_MAX);
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (labelStarts.has(i + 1) && (isOpenBracket(ch) || OTHER_LIST_BRACKETS.has(ch))) return null;
    if (closer !== null) {
      if (ch === closer) return i;
    } else if (isOpenBracket(ch)) depth++;
    else if (isCloseBracket(ch)) {
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
    const closing = open === null ? null : closingBracket(text, label.end, limit, index.endOf, open.closer);
    let scanned: ListStop;
    if (closing !== null) {
      // `（责任单位：…；完成时限：…）`: inside its bracket a list stops early only at another label, or
      // reads names up to a full stop (`〔责任单位：A、B按职责分工负责。具体任务…，下同。〕`).
      const inner = scanList(layout.markers, label.end, closing, index, 'bracketed');
      const namesStop = inner.reason === 'period' || inner.reason === 'break' ? inner.stop : closing;
      scanned = inner.reason === 'label' ? inner : { stop: namesStop, closedBy: closing, reason: 'bracket' };
    } else scanned = scanList(layout.markers, label.end, limit, index, 'open');
    const { stop, closedBy, reason } = scanned;
    let start = label.start;
    let end = trimEnd(text, label.start, stop);
    if (closedBy !== null && open !== null) {
      // `（责任单位：…）`: the brackets belong to the list when the label opens them.
      start = open.at;
      end = closedBy + 1;
    } else if (reason === 'period') end = stop + 1;
    const read = readListBody(text.slice(label.start, stop));
    // Whatever a bracket holds, a name with a numbering marker or heading word in it is none.
    const reading = { ...read, units: read.units.filter((u) => !holdsMarkerOrHeading(u.name)) };
    // A remark after the names inside the bracket may still state the lead-first rule.
    const leadFirstClause = reading.leadFirstClause || (closedBy !== null && stop < closedBy && findLeadFirstClauses(text.slice(stop, closedBy)).length > 0);
    consumed = Math.max(end, label.end);
    if (!reading.units.some((u) => isUnitName(u.name))) {
      layout.warn?.(
        diagnostic('responsibilities.list-without-units', 'LIST_WITHOUT_UNITS', 'info', `list label ${text.slice(label.start, label.end)} names no unit, no list read`, start, end),
      );
      debug(() => ({ rule: 'responsibilities.labeled', action: 'dropped', start, end, note: 'no unit' }));
      continue;
    }
    debug(() => ({ rule: 'responsibilities.labeled', action: 'made', start, end, note: `${reading.units.length} units` }));
    lists.push({ start, end, units: reading.units, table: null, row: null, leadFirstClause, rolesStated: true });
  }
  return lists;
}
