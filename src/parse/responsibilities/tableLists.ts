import type { Table } from '../../schema/table.js';
import type { UnitRole } from '../../schema/responsibility.js';
import type { FoundList } from './layout.js';
import { labelRole, readListBody } from './listBody.js';
import { anyInteger, asciiDigits } from '../structure/numerals.js';
import { squashBlanks } from '../structure/spans.js';

/** Column headers naming who is responsible: 牵头单位, 责任部门, 配合单位, 推进单位, 责任主体… */
const RESPONSIBILITY_COLUMN =
  /^(?:主要)?(?:牵头|主责|主办|责任|配合|协办|协助|参与|协同|推进|实施|承办|落实|负责)(?:单位|部门|主体|处室|科室)|^(?:牵头|配合|协办)$/u;
const NUMBER_COLUMN = /^(?:序号|编号|序|号|项目序号)$/u;

/** `12`, `１２`, `十二`, `（3）` → 12, 12, 12, 3; null when the cell holds no number. */
export function rowNumber(cell: string): number | null {
  const arabic = /\d+/u.exec(asciiDigits(cell));
  if (arabic) return Number(arabic[0]);
  const zh = /[零〇一二两三四五六七八九十百]+/u.exec(cell);
  return zh ? anyInteger(zh[0]) : null;
}


/**
 * One list per table row from its responsibility columns (a 牵头单位 column leads, a 配合单位
 * column supports, others are responsible). `row` is the row's 序号; the span runs from the first to
 * the last responsibility cell of the row.
 */
export function findTableLists(text: string, tables: readonly Table[]): FoundList[] {
  const lists: FoundList[] = [];
  tables.forEach((table, tableIndex) => {
    const columns = table.columns.map((c, i) => ({ header: squashBlanks(c), i }));
    const responsible = columns.filter((c) => RESPONSIBILITY_COLUMN.test(c.header));
    if (responsible.length === 0) return;
    const numberColumn = columns.find((c) => NUMBER_COLUMN.test(c.header));
    table.rows.forEach((cells, r) => {
      const units: FoundList['units'] = [];
      let start = Infinity;
      let end = -Infinity;
      let rolesStated = false;
      for (const { header, i } of responsible) {
        const span = table.cellSpans?.[r]?.[i];
        const cell = cells[i] ?? '';
        if (!span || !cell.trim()) continue;
        const role: UnitRole = labelRole(header);
        const reading = readListBody(text.slice(span.start, span.end), role);
        if (reading.units.length === 0) continue;
        rolesStated ||= reading.rolesStated || role !== 'responsible';
        for (const unit of reading.units)
          if (!units.some((u) => u.name === unit.name && u.role === unit.role)) units.push(unit);
        start = Math.min(start, span.start);
        end = Math.max(end, span.end);
      }
      if (units.length === 0) return;
      // A row naming a lead (牵头单位 column) makes its merely responsible units supporters.
      if (units.some((u) => u.role === 'lead'))
        for (const unit of units) if (unit.role === 'responsible') unit.role = 'support';
      const written = numberColumn ? rowNumber(cells[numberColumn.i] ?? '') : null;
      lists.push({ start, end, units, table: tableIndex, row: written ?? r + 1, leadFirstClause: false, rolesStated });
    });
  });
  return lists;
}
