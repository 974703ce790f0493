import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import { flattenSections } from '../structure/tree.js';
import type { Responsibility, UnitSummary } from '../../schema/responsibility.js';
import type { Table } from '../../schema/table.js';
import type { Warning } from '../../schema/warning.js';
import { closingSections } from './closingSection.js';
import { LIST_FINDERS, LIST_REFINERS } from './config.js';
import type { DocumentLayout, FoundList, ListDocument } from './layout.js';
import { summariseUnits } from './unitSummary.js';
import type { WarningSink } from '../diagnostics.js';
import type { TextIndex } from '../segment/textIndex.js';

export interface ResponsibilitiesResult {
  responsibilities: Responsibility[];
  units: UnitSummary[];
  warnings: Warning[];
}

/**
 * Every responsibility list of the body text and of task tables (the text index's tables): the
 * finders, then the refiners of `config.ts`.
 */
export function findResponsibilityLists(index: TextIndex, document: { sections: Structure['sections']; tables: readonly Table[] }, warn?: WarningSink): FoundList[] {
  const layout: DocumentLayout = {
    text: index.text,
    markers: index.markers,
    sectionStarts: flattenSections(document.sections)
      .map((s) => s.start)
      .sort((a, b) => a - b),
    tableSpans: document.tables.map((t) => ({ start: t.start, end: t.end })).sort((a, b) => a.start - b.start),
    warn,
  };
  const doc: ListDocument = { layout, tables: document.tables };
  let lists: FoundList[] = [];
  for (const finder of LIST_FINDERS) lists = lists.concat(finder.find(doc, lists));
  for (const refiner of LIST_REFINERS) lists = refiner.refine(lists, doc);
  return lists;
}

/** Responsibility lists of numbered items and of task tables, and the per-unit load. */
export function extractResponsibilities(ctx: ParseContext, structure: Structure): ResponsibilitiesResult {
  const { text } = ctx;
  const warnings: Warning[] = [];
  const lists = findResponsibilityLists(ctx.index, { sections: structure.sections, tables: ctx.index.tables }, (w) => warnings.push(w));
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
