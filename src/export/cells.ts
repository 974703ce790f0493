import type { Column } from '../schema/tables.js';
import type { RowValue } from './records.js';

/** Separator of list items inside one CSV / XLSX cell: a full-width semicolon, never inside a unit name or title. */
export const LIST_SEPARATOR = '；';

/**
 * A row value as a spreadsheet cell: null stays null (an empty cell), numbers stay numbers,
 * booleans become `true` / `false`, lists are joined with `；`, a struct is its first field with
 * the other non-null fields in （）: `市民政局（lead）`, `国家职业教育改革实施方案（国发〔2019〕4号）`.
 */
export function cellValue(value: RowValue, column: Column): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (column.kind === 'strings') return (value as readonly string[]).join(LIST_SEPARATOR);
  return (value as readonly (Record<string, string | number | null> | null)[])
    .map((item) => {
      if (!item) return '';
      const [first, ...rest] = Object.values(item);
      const extra = rest.filter((v) => v !== null && v !== '');
      return `${first ?? ''}${extra.length ? `（${extra.join('，')}）` : ''}`;
    })
    .join(LIST_SEPARATOR);
}
