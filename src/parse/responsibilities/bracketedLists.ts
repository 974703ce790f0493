import { debug } from '../trace.js';
import { findBracketGroups } from './brackets.js';
import { DisjointSpans } from './spanSearch.js';
import { insideTable, nextSectionStart, type DocumentLayout, type FoundList } from './layout.js';
import { BY_REMIT_CLAUSE, LIST_LABEL } from '../lexicon/responsibility.js';
import { readListBody } from './listBody.js';
import { holdsMarkerOrHeading } from './listExtent.js';
import { isBareListName, isPublicBodyName, isWrappedListName } from './unitName.js';

const SENTENCE_END = /[。；;！!？?]/u;
const SPACES = /[ \t\u3000]/u;

/** The bracket stands where a list closes a measure: after a full stop, or before a line end. */
function closesSentence(layout: DocumentLayout, start: number, end: number): boolean {
  const { text } = layout;
  let before = start - 1;
  while (before >= 0 && SPACES.test(text[before])) before--;
  if (before >= 0 && SENTENCE_END.test(text[before])) return true;
  let after = end;
  while (after < text.length && SPACES.test(text[after])) after++;
  if (after < text.length && SENTENCE_END.test(text[after])) return true;
  return after >= text.length || /[\r\n\u2028\u2029]/u.test(text[after]) || nextSectionStart(layout, after - 1) === after;
}

/**
 * Unlabelled lists in brackets: `（A、B、C）` closing a measure, `（A牵头，B、C等参与）`,
 * `（A、B，排第一位为牵头单位，下同）`. Every name must read as a unit and one as an organisation,
 * so glosses such as `（含技工教育，下同）` or `（2021-2025年）` are left alone.
 */
export function findBracketedLists(layout: DocumentLayout, taken: readonly FoundList[]): FoundList[] {
  const { text } = layout;
  const lists: FoundList[] = [];
  // Labelled lists are disjoint and sorted; bracketed ones are taken in start order, each clear of the rest.
  const takenSpans = new DisjointSpans(taken.filter((l) => l.table === null));
  const found = new DisjointSpans();
  const overlaps = (start: number, end: number) => takenSpans.overlaps(start, end) || found.overlaps(start, end);
  for (const group of findBracketGroups(text)) {
    if (overlaps(group.start, group.end) || insideTable(layout, group.start)) continue;
    const inner = text.slice(group.start + 1, group.end - 1);
    if (LIST_LABEL.test(inner)) continue;
    const reading = readListBody(inner);
    const { units } = reading;
    // A clause with its own wrapper word (`B、C参与`) already marks its names as units, so any short
    // noun phrase will do there (`各医共体`); names without one must look like units.
    const nameFits = (name: string) =>
      !holdsMarkerOrHeading(name) && (isBareListName(name) || (reading.wrappedNames.has(name) && isWrappedListName(name)));
    if (units.length === 0) continue;
    // Only brackets that read as names are traced: every other bracket of the text is no list at all.
    const reject = (note: string) => debug(() => ({ rule: 'responsibilities.bracketed', action: 'rejected', start: group.start, end: group.end, note }));
    if (!units.every((u) => nameFits(u.name))) {
      reject('a name does not read as a unit');
      continue;
    }
    // `（各地按职责分工负责）`: a clause assigning work by remit names units whatever they look like.
    if (!BY_REMIT_CLAUSE.test(inner)) {
      if (!units.some((u) => isPublicBodyName(u.name))) {
        reject('no public body named');
        continue;
      }
      if (units.length === 1 && units[0].name.length < 3) {
        reject('one short name');
        continue;
      }
    }
    if (!reading.rolesStated && !reading.leadFirstClause && !closesSentence(layout, group.start, group.end)) {
      reject('no role stated and not closing a sentence');
      continue;
    }
    debug(() => ({ rule: 'responsibilities.bracketed', action: 'made', start: group.start, end: group.end, note: `${units.length} units` }));
    found.add(group);
    lists.push({
      start: group.start,
      end: group.end,
      units,
      table: null,
      row: null,
      leadFirstClause: reading.leadFirstClause,
      rolesStated: reading.rolesStated,
    });
  }
  return lists;
}
