import type { Table } from '../../schema/table.js';
import type { UnitRole } from '../../schema/responsibility.js';
import type { FoundList } from './layout.js';
import { diagnostic, type WarningSink } from '../diagnostics.js';
import { debug } from '../trace.js';
import { labelRole, readListBody } from './listBody.js';
import { DIVISION_COLUMN, RESPONSIBILITY_COLUMN } from '../lexicon/responsibility.js';
import { anyInteger, asciiDigits } from '../numbers/integers.js';
import { squashBlanks } from '../segment/spans.js';

const NUMBER_COLUMN = /^(?:序号|编号|序|号|项目序号)$/u;

/** `12`, `１２`, `十二`, `（3）` → 12, 12, 12, 3; null when the cell holds no number. */
export function rowNumber(cell: string): number | null {
  const arabic = /\d+/u.exec(asciiDigits(cell));
  if (arabic) return Number(arabic[0]);
  const zh = /[零〇一二两三四五六七八九十百]+/u.exec(cell);
  return zh ? anyInteger(zh[0]) : null;
}


/**
 * One list per responsibility cell (a 牵头单位 column leads, a 配合单位 column supports, others are
 * responsible; in a row that names a lead, merely responsible units support). `row` is the row's
 * 序号 (rows continuing an item share it); a cell merged over several rows of one item is listed once.
 */
export function findTableLists(text: string, tables: readonly Table[], warn?: WarningSink): FoundList[] {
  const lists: FoundList[] = [];
  tables.forEach((table, tableIndex) => {
    const columns = table.columns.map((c, i) => ({ header: squashBlanks(c), i }));
    let responsible = columns.filter((c) => RESPONSIBILITY_COLUMN.test(c.header));
    if (responsible.length === 0) responsible = columns.filter((c) => DIVISION_COLUMN.test(c.header));
    if (responsible.length === 0) return;
    const numberColumn = columns.find((c) => NUMBER_COLUMN.test(c.header));
    const listed = new Set<string>();
    /** Responsibility columns with some text and with some unit read: a column with text and no unit is doubtful. */
    const filled = new Set<number>();
    const yielded = new Set<number>();
    table.rows.forEach((cells, r) => {
      const written = numberColumn ? rowNumber(cells[numberColumn.i] ?? '') : null;
      const row = written ?? r + 1;
      const found: FoundList[] = [];
      for (const { header, i } of responsible) {
        const span = table.cellSpans?.[r]?.[i];
        const cell = cells[i] ?? '';
        if (!span || !cell.trim()) continue;
        filled.add(i);
        const key = `${row}:${i}:${span.start}`;
        if (listed.has(key)) continue;
        listed.add(key);
        const role: UnitRole = labelRole(header);
        const reading = readListBody(text.slice(span.start, span.end), role);
        if (reading.units.length === 0) {
          debug(() => ({ rule: 'responsibilities.table', action: 'dropped', start: span.start, end: span.end, note: `no unit in ${header}` }));
          continue;
        }
        yielded.add(i);
        debug(() => ({ rule: 'responsibilities.table', action: 'made', start: span.start, end: span.end, note: `table ${tableIndex} row ${row} ${header}` }));
        const units = reading.units.filter((u, k) => reading.units.findIndex((v) => v.name === u.name && v.role === u.role) === k);
        found.push({ start: span.start, end: span.end, units, table: tableIndex, row, leadFirstClause: false, rolesStated: reading.rolesStated || role !== 'responsible' });
      }
      if (found.some((l) => l.units.some((u) => u.role === 'lead')))
        for (const list of found) for (const unit of list.units) if (unit.role === 'responsible') unit.role = 'support';
      lists.push(...found);
    });
    for (const { header, i } of responsible) {
      if (!filled.has(i) || yielded.has(i)) continue;
      warn?.(
        diagnostic('responsibilities.unit-column-without-units', 'UNIT_COLUMN_WITHOUT_UNITS', 'warning', `column ${header} of table ${tableIndex} reads as a unit column but no cell names a unit`, table.start, table.end),
      );
    }
  });
  return lists;
}
