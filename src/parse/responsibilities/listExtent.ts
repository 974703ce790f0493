// Where a list opened by a label (`责任单位：`, `牵头单位：…，配合单位：…`) stops. In a bracket it is the
// closing bracket; without one, the list runs on in the text, and where a web copy lost its line
// breaks the next heading is glued to the last name (`…配合单位：区社会事业局（八）“互联网+”…`,
// `责任单位：A、B3.开展…`, `…区通管办大力发展创投基金。`). A unit name never holds a numbering
// marker, a quotation, a heading or a sentence, so the list ends before them.
//
// Every scan is bounded (LIST_MAX characters past the label), so finding all lists is linear in the text.

import { isCloseBracket, isOpenBracket } from './brackets.js';
import { isCompanionClause, isLeadFirstClause } from './leadFirstClause.js';
import { readClause } from './listBody.js';
import { cleanUnitName, splitUnitNames } from './splitUnits.js';
import { HEADING_WORD_INSIDE } from '../lexicon/headings.js';
import { isUnitName, isWrappedListName } from './unitName.js';
import { endsSpan } from '../segment/textIndex.js';
import { continuesNumber } from '../segment/markers.js';
import { indexMarkers, markerAt, markersWithin, type IndexedMarker, type MarkerIndex } from '../segment/markerIndex.js';

/** A list runs at most this far past its label (its closing bracket is looked for no further): past it, it has run into the text. */
export const LIST_MAX = 400;

export type StopReason = 'bracket' | 'period' | 'line' | 'section' | 'break' | 'label' | 'length' | 'names';

export interface ListStop {
  /** Offset where the list text stops (exclusive). */
  stop: number;
  /** Offset of the closing bracket that ended it, if one did. */
  closedBy: number | null;
  reason: StopReason;
}

const BLANK = /[\s\u3000]/u;
/** A line ending in one of these continues on the next line (a wrapped list). */
const CONTINUES = /[、，,；;/]/u;
/** Separators between names and clauses of a list. */
const SEPARATOR = /[、，,；;/／]/u;
const COLON = /[：:]/u;
const HAN = /[\u4e00-\u9fff]/u;

const QUOTE = /[“"《「]/u;

/**
 * A numbering marker that opens the next item or heading (GB/T 9704 markers as a flattened page
 * keeps them: `（八）`, `（3）`, `三、`, `3.`, `1．`, `①`, `第二部分`), as the one lexer reads it: lexed
 * at the token itself, no blank inside; `三、` not before another numeral (`一、二级`); `3.` not a
 * decimal; neither read from inside a longer number.
 */
function opensItem(text: string, marker: IndexedMarker): boolean {
  if (marker.from !== marker.start || marker.spaced || continuesNumber(text, marker)) return false;
  switch (marker.kind) {
    case 'cn-dun':
      return marker.text.endsWith('、') && !/[一二三四五六七八九十]/.test(text[marker.end] ?? '');
    case 'ar-dot':
      return !marker.ambiguous;
    case 'ar-half':
      return false;
    default:
      return true;
  }
}

/** A numbering marker that opens an item is lexed at `i` (see `opensItem`). */
function markerBreakAt(markers: MarkerIndex, i: number): boolean {
  const marker = markerAt(markers, i);
  return marker !== null && opensItem(markers.text, marker);
}

/** Where the list labels of the text start and end (just past the colon). */
export interface LabelIndex {
  endOf: ReadonlyMap<number, number>;
  ends: ReadonlySet<number>;
}

export function labelIndex(labels: ReadonlyArray<{ start: number; end: number }>): LabelIndex {
  return { endOf: new Map(labels.map((l) => [l.start, l.end])), ends: new Set(labels.map((l) => l.end)) };
}

/**
 * Scan a list body from `from` (just past its label) up to `limit` (the next section, or the
 * closing bracket of a bracketed list).
 *
 * `bracketed`: the list has its own closing bracket at `limit`; it stops early only at a label that
 * is not a list label (`（责任单位：A；完成时限：…）`), and its names end at a full stop (a remark
 * follows) or a numbering marker.
 *
 * `open`: outside brackets it stops at `。`, at a line end (unless the line ends with a separator or
 * nothing followed the label yet), at a closing bracket it did not open, at a numbering marker or
 * quotation, at another label, after LIST_MAX, or at the first clause that is not a name (or past
 * the name that clause starts with). One pass: each clause is judged when it closes.
 */
export function scanList(markers: MarkerIndex, from: number, limit: number, labels: LabelIndex, mode: 'bracketed' | 'open'): ListStop {
  const { text } = markers;
  const open = mode === 'open';
  const end = Math.min(limit, from + LIST_MAX);
  let depth = 0;
  let content = false;
  let lastMark = ''; // last non-blank character seen
  let lastSeparator = from;
  let pieceStart = from;
  // The list stops at `stop` for `reason`, or earlier where its last clause stops being a name.
  const finish = (stop: number, reason: StopReason, closedBy: number | null = null): ListStop => {
    if (!open) return { stop, closedBy, reason };
    const fate = readPiece(text, pieceStart, stop);
    return fate.keep ? { stop, closedBy, reason } : { stop: fate.end, closedBy: null, reason: 'names' };
  };
  for (let i = from; i < end; i++) {
    const ch = text[i];
    const lineBreak = endsSpan(text.charCodeAt(i), 'line');
    if (lineBreak && depth === 0 && content && !CONTINUES.test(lastMark)) return finish(i, 'line');
    if (lineBreak || BLANK.test(ch)) {
      // A blank separates two names only after a complete one (else it wraps a name over two lines).
      if (open && depth === 0 && isListName(text.slice(pieceStart, i).trim())) pieceStart = i + 1;
      continue;
    }
    // A marker, a quotation, or the bracket of the next list (`（责任单位：`) ends this one, even inside a
    // bracket left open. In its own bracket a list is not cut at a quotation (`市“放管服”改革办`).
    if (open ? QUOTE.test(ch) || markerBreakAt(markers, i) || (isOpenBracket(ch) && labels.endOf.has(i + 1)) : markerBreakAt(markers, i))
      return finish(i, 'break');
    if (depth === 0) {
      const labelEnd = labels.endOf.get(i);
      if (labelEnd !== undefined && labelEnd <= end) {
        // `，配合单位：`: the clause before the label is done; the label is no name.
        const fate = open ? readPiece(text, pieceStart, i) : KEEP;
        if (!fate.keep) return { stop: fate.end, closedBy: null, reason: 'names' };
        i = labelEnd - 1;
        pieceStart = lastSeparator = labelEnd;
        lastMark = ch;
        content = true;
        continue;
      }
      if (ch === '。') return finish(i, 'period');
      if (open && isCloseBracket(ch)) return finish(i, 'bracket', i);
      if (SEPARATOR.test(ch)) {
        const fate = open ? readPiece(text, pieceStart, i) : KEEP;
        if (!fate.keep) return { stop: fate.end, closedBy: null, reason: 'names' };
        lastSeparator = pieceStart = i + 1;
      } else if (COLON.test(ch) && !labels.ends.has(i + 1) && HAN.test(text[i - 1] ?? '')) {
        // `完成时限：`: when the word before the colon is all that follows the last separator, the
        // list ends at that separator; otherwise the names are read up to the colon and trimmed.
        const word = text.slice(lastSeparator, i).trim();
        if (word.length <= 8 && [...word].every((c) => HAN.test(c))) return { stop: lastSeparator, closedBy: null, reason: 'label' };
        return finish(i, 'label');
      }
    }
    if (isOpenBracket(ch)) depth++;
    else if (isCloseBracket(ch)) depth = Math.max(0, depth - 1);
    lastMark = ch;
    content = true;
  }
  return finish(end, end === limit ? 'section' : 'length');
}

/** Words a heading glued to a list is made of, never part of a unit name (the plan headings of lexicon/headings.ts). */
const HEADING_WORDS = HEADING_WORD_INSIDE;
/**
 * Verbs and adverbs that open a measure or a heading (`大力发展…`, `加强…`, `统筹…`): a name does not
 * hold them. Verbs that do sit in names (发展, 改革, 管理, 建设, 服务, 保障, 促进, 组织) are left out.
 */
const PREDICATE =
  /加强|加快|加大|加速|强化|推进|推动|提升|完善|健全|深化|优化|积极|大力|全面|切实|着力|进一步|不断|做好|抓好|开展|实现|鼓励|支持|引导|构建|打造|培育|探索|广泛|扎实|统筹|建立|制定|编制|引进|培养|坚持|巩固|拓展|拓宽|规范|发挥|营造|夯实|筑牢|聚焦|围绕|依托|用好|确保|力争/u;
/** After a unit, these make it the subject of a sentence (`各单位要…`), not a name in a list. */
const SUBJECT_OF = /^(?:要|应|需|须|必须|将|已|也|都|均|可|能|会|按|在|对|把|并|将)/u;
/** How far into a piece a unit name may run. */
const NAME_MAX = 40;

/** A name read from a list that is not a unit's: it holds a numbering marker (`（四）发改处`, `3.开展`) or a heading word. */
export function holdsMarkerOrHeading(name: string): boolean {
  if (HEADING_WORDS.test(name)) return true;
  for (const marker of markersWithin(indexMarkers(name), 0, name.length)) if (opensItem(name, marker)) return true;
  return false;
}

/** A whole clause that reads as one unit name (and holds no heading word such as 行动目标). */
function isListName(clause: string): boolean {
  return clause.length <= NAME_MAX * 2 && !HEADING_WORDS.test(clause) && isUnitName(cleanUnitName(clause));
}

type PieceFate = { keep: true } | { keep: false; end: number };
const KEEP: PieceFate = { keep: true };

/** What a clause between separators is: a name (or a wrapper clause) kept whole, or where the names in it end. */
function readPiece(text: string, start: number, end: number): PieceFate {
  const raw = text.slice(start, end);
  const clause = raw.trim();
  if (!clause) return { keep: true };
  const name = cleanUnitName(clause);
  if (isListName(clause)) return KEEP;
  if (clause.length <= NAME_MAX * 2 && !HEADING_WORDS.test(clause)) {
    if (isLeadFirstClause(clause) || isCompanionClause(clause)) return KEEP;
    // `A、B按职责分工负责`: a wrapper clause whose names read as names.
    const { role, body } = readClause(clause);
    if (role !== 'inherit' && !PREDICATE.test(body) && splitUnitNames(body).every(isWrappedListName)) return KEEP;
  }
  // The longest unit name the piece starts with, up to where a heading or sentence is glued on.
  const lead = raw.length - raw.trimStart().length;
  for (let k = Math.min(clause.length - 1, NAME_MAX); k >= 2; k--) {
    const prefix = clause.slice(0, k);
    if (PREDICATE.test(prefix) || HEADING_WORDS.test(prefix) || !isUnitName(cleanUnitName(prefix))) continue;
    // `各单位要加强协调`: a unit as the subject of a sentence; the list ended before it.
    if (SUBJECT_OF.test(clause.slice(k))) return { keep: false, end: start };
    return { keep: false, end: start + lead + k };
  }
  if (clause.length <= NAME_MAX && !HEADING_WORDS.test(clause) && isWrappedListName(name)) return { keep: true };
  return { keep: false, end: start };
}
