import type { ResponsibleUnit } from '../../schema/responsibility.js';
import type { WarningSink } from '../diagnostics.js';
import type { Table } from '../../schema/table.js';
import type { MarkerIndex } from '../segment/markerIndex.js';
import { lastStartingAtOrBefore, partitionPoint } from '../search.js';

/** What the list finders know of the document besides its text. */
export interface DocumentLayout {
  text: string;
  /** The numbering markers of the text (a list stops at the next one). */
  markers: MarkerIndex;
  /** Start offsets of every section node, ascending: a list never runs into the next item. */
  sectionStarts: readonly number[];
  /** Spans of the tables, sorted by start: their cells are read from the table, not as body text. */
  tableSpans: ReadonlyArray<{ start: number; end: number }>;
  /** Where finders put what they drop or doubt (optional). */
  warn?: WarningSink;
}

/** A responsibility list as a finder reports it, before sections and the lead-first rule. */
export interface FoundList {
  start: number;
  end: number;
  units: ResponsibleUnit[];
  table: number | null;
  row: number | null;
  /** The list states `排第一位为牵头单位`. */
  leadFirstClause: boolean;
  /** Some role came from a label or wrapper rather than by default. */
  rolesStated: boolean;
}

/** True when `offset` lies in a table (`tableSpans` sorted by start and disjoint: a binary search). */
export function insideTable(layout: DocumentLayout, offset: number): boolean {
  const t = layout.tableSpans[lastStartingAtOrBefore(layout.tableSpans, offset)];
  return t !== undefined && offset < t.end;
}

/** The first section start strictly after `offset`, or the text length. */
export function nextSectionStart(layout: DocumentLayout, offset: number): number {
  const starts = layout.sectionStarts;
  const k = partitionPoint(starts.length, (i) => starts[i]! <= offset);
  return k < starts.length ? starts[k]! : layout.text.length;
}

/** What every list stage reads: the layout, and the attachment tables themselves. */
export interface ListDocument {
  readonly layout: DocumentLayout;
  readonly tables: readonly Table[];
}

/** A rule that finds responsibility lists of one form. `found` holds the lists of the finders before it. */
export interface ListFinder {
  readonly name: string;
  find(doc: ListDocument, found: readonly FoundList[]): FoundList[];
}

/** A pass over all lists found (ordering, rules that change roles). Pure. */
export interface ListRefiner {
  readonly name: string;
  refine(lists: FoundList[], doc: ListDocument): FoundList[];
}
