import type { FoundList, ListFinder, ListRefiner } from './layout.js';
import { findLabeledLists } from './labeledLists.js';
import { findBracketedLists } from './bracketedLists.js';
import { findTableLists } from './tableLists.js';
import { applyLeadFirst, leadFirstFrom } from './leadFirstRule.js';
import { debug } from '../trace.js';

/** Lists opened by a label (`（责任单位：A、B）`, `牵头单位：A；配合单位：B`), up to the stop. */
export const labeledListFinder: ListFinder = {
  name: 'labeled',
  find: (doc) => findLabeledLists(doc.layout),
};

/** Unlabelled lists in brackets (`（A、B、C）`, `（A牵头，B、C等参与）`) outside the lists found before. */
export const bracketedListFinder: ListFinder = {
  name: 'bracketed',
  find: (doc, found) => findBracketedLists(doc.layout, found),
};

/** One list per responsibility cell of a task table (牵头/配合/责任单位 columns). */
export const tableListFinder: ListFinder = {
  name: 'table',
  find: (doc) => findTableLists(doc.layout.text, doc.tables, doc.layout.warn),
};

/**
 * Document order, stable: a body list at its start; table lists stay in row and column order (a
 * merged cell's text may sit below the row it fills, as in a PDF that centres it), at their table's start.
 */
export const documentOrder: ListRefiner = {
  name: 'document-order',
  refine: (lists, doc) => {
    const at = (l: FoundList) => (l.table === null ? l.start : (doc.tables[l.table]?.start ?? l.start));
    return lists.sort((a, b) => at(a) - at(b));
  },
};

/** Where the text says the first unit leads (`排第一位的为牵头单位`), lists from there with open roles get lead + support. Needs document order. */
export const leadFirst: ListRefiner = {
  name: 'lead-first',
  refine: (lists, doc) => {
    const from = leadFirstFrom(doc.layout.text, lists);
    if (from === null) return lists;
    debug(() => ({ rule: 'responsibilities.lead-first', action: 'changed', start: from, end: from, note: 'lists from here: first unit leads' }));
    return lists.map((l) => (l.start >= from ? applyLeadFirst(l) : l));
  },
};

/** Finders in order: each sees the lists of those before it. */
export const LIST_FINDERS: readonly ListFinder[] = [labeledListFinder, bracketedListFinder, tableListFinder];

/** Applied in order to all lists found. */
export const LIST_REFINERS: readonly ListRefiner[] = [documentOrder, leadFirst];
