import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import { flattenSections } from '../structure/tree.js';
import type { Responsibility, UnitSummary } from '../../schema/responsibility.js';
import type { Warning } from '../../schema/warning.js';
import { findBracketedLists } from './bracketedLists.js';
import { closingSections } from './closingSection.js';
import { findLabeledLists } from './labeledLists.js';
import type { DocumentLayout, FoundList } from './layout.js';
import { applyLeadFirst, leadFirstFrom } from './leadFirstRule.js';
import { findTableLists } from './tableLists.js';
import { summariseUnits } from './unitSummary.js';
import type { WarningSink } from '../diagnostics.js';
import { debug } from '../trace.js';

export interface ResponsibilitiesResult {
  responsibilities: Responsibility[];
  units: UnitSummary[];
  warnings: Warning[];
}

/** Every responsibility list of the body text and of task tables, in document order. */
export function findResponsibilityLists(text: string, structure: Pick<Structure, 'sections' | 'tables'>, warn?: WarningSink): FoundList[] {
  const layout: DocumentLayout = {
    text,
    sectionStarts: flattenSections(structure.sections)
      .map((s) => s.start)
      .sort((a, b) => a - b),
    tableSpans: structure.tables.map((t) => ({ start: t.start, end: t.end })),
    warn,
  };
  const labeled = findLabeledLists(layout);
  const bracketed = findBracketedLists(layout, labeled);
  const tabled = findTableLists(text, structure.tables, warn);
  // Table lists stay in row and column order (a merged cell's text may sit below the row it fills,
  // as in a PDF that centres it), placed where their table starts.
  const at = (l: FoundList) => (l.table === null ? l.start : (structure.tables[l.table]?.start ?? l.start));
  const lists = [...labeled, ...bracketed, ...tabled].sort((a, b) => at(a) - at(b));
  const from = leadFirstFrom(text, lists);
  if (from === null) return lists;
  debug(() => ({ rule: 'responsibilities.lead-first', action: 'changed', start: from, end: from, note: 'lists from here: first unit leads' }));
  return lists.map((l) => (l.start >= from ? applyLeadFirst(l) : l));
}

/** Responsibility lists of numbered items and of task tables, and the per-unit load. */
export function extractResponsibilities(ctx: ParseContext, structure: Structure): ResponsibilitiesResult {
  const { text } = ctx;
  const warnings: Warning[] = [];
  const lists = findResponsibilityLists(text, structure, (w) => warnings.push(w));
  const bodyLists = lists.filter((l) => l.table === null);
  const closing = closingSections(text, structure.sections, bodyLists);
  const sectionOf = new Map(bodyLists.map((l, i) => [l, closing[i]]));
  const responsibilities: Responsibility[] = lists.map((list) => ({
    sectionId: sectionOf.get(list)?.id ?? null,
    table: list.table,
    row: list.row,
    units: list.units,
    raw: text.slice(list.start, list.end),
    start: list.start,
    end: list.end,
  }));
  return { responsibilities, units: summariseUnits(responsibilities), warnings };
}
