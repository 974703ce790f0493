/**
 * The flat tables every tabular format writes (CSV, XLSX, Parquet, and NDJSON records): one
 * vocabulary, defined once here beside the zod schema. A column takes the name of the JSON field
 * it comes from (`sections.id` is `section.id`, `targets.sectionId` is `target.sectionId`), so
 * a field has one name in every format; `from` records that origin and a test checks that no
 * two columns with one origin are named differently, and that one name has one type everywhere
 * (DuckDB / Spark infer one type per key across a concatenated NDJSON corpus).
 *
 * Plain data, no zod: the CLI lists tables without loading the schema.
 */

/**
 * Column types. `strings` and `structs` are lists: JSON arrays in NDJSON, Parquet lists, and
 * cells joined with `；` in CSV / XLSX (a struct written as its first field, the other non-null
 * fields in （）: `市民政局（lead）`).
 */
export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'strings' | 'structs';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The Document field it comes from (`section.id`, `document.meta.title`), or a note for derived columns. */
  readonly from: string;
  /** Null allowed (empty CSV cell, Parquet optional). */
  readonly nullable?: boolean;
  /** structs: the fields of each item, in order. */
  readonly fields?: readonly { name: string; kind: 'string' | 'integer' }[];
}

const col = (name: string, kind: ColumnKind, from: string, nullable = false, fields?: Column['fields']): Column => ({
  name, kind, from, nullable, fields,
});

/** Derived (not a Document field): position of the entity in its Document array. */
const DOC_ID = col('docId', 'string', 'document.docId');
const SECTION_ID = (entity: string) => col('sectionId', 'string', `${entity}.sectionId`, true);
const HEADING = col('heading', 'string', 'derived: heading of the section sectionId points to', true);
const START = (entity: string, nullable = false) => col('start', 'integer', `${entity}.start`, nullable);
const END = (entity: string, nullable = false) => col('end', 'integer', `${entity}.end`, nullable);

export const TABLES = {
  documents: [
    DOC_ID,
    col('schemaVersion', 'integer', 'document.schemaVersion'),
    col('path', 'string', 'document.source.path', true),
    col('sha256', 'string', 'document.source.sha256'),
    col('encoding', 'string', 'document.source.encoding'),
    col('chars', 'integer', 'document.source.chars'),
    col('offsetUnit', 'string', 'document.source.offsetUnit'),
    col('format', 'string', 'document.source.format', true),
    col('title', 'string', 'document.meta.title', true),
    col('docNumber', 'string', 'document.meta.docNumber', true),
    col('issuer', 'string', 'document.meta.issuer', true),
    col('issueDate', 'string', 'document.meta.issueDate', true),
    col('recipients', 'strings', 'document.meta.recipients'),
    col('draft', 'boolean', 'document.meta.draft'),
    col('periodStart', 'integer', 'document.meta.period.start', true),
    col('periodEnd', 'integer', 'document.meta.period.end', true),
    col('basis', 'structs', 'document.meta.basis', false, [{ name: 'title', kind: 'string' }, { name: 'docNumber', kind: 'string' }]),
    col('sectionCount', 'integer', 'derived: number of sections (all levels)'),
    col('targetCount', 'integer', 'derived: targets.length'),
    col('responsibilityCount', 'integer', 'derived: responsibilities.length'),
    col('unitCount', 'integer', 'derived: units.length'),
    col('tableCount', 'integer', 'derived: tables.length'),
    col('noteCount', 'integer', 'derived: notes.length'),
    col('warningCount', 'integer', 'derived: warnings.length'),
  ],
  sections: [
    DOC_ID,
    col('id', 'string', 'section.id'),
    col('parentId', 'string', 'derived: id of the parent section, null at the top level', true),
    col('level', 'integer', 'section.level'),
    col('marker', 'string', 'section.marker'),
    col('number', 'integer', 'section.number'),
    col('heading', 'string', 'section.heading'),
    START('section'),
    END('section'),
    col('text', 'string', 'section.text'),
  ],
  targets: [
    DOC_ID,
    col('index', 'integer', 'derived: position in targets'),
    SECTION_ID('target'),
    HEADING,
    col('kind', 'string', 'target.kind'),
    col('text', 'string', 'target.text'),
    START('target'),
    END('target'),
    col('value', 'number', 'target.value', true),
    col('min', 'number', 'target.min', true),
    col('max', 'number', 'target.max', true),
    col('unit', 'string', 'target.unit', true),
    col('comparator', 'string', 'target.comparator'),
    col('year', 'integer', 'target.year', true),
    col('month', 'integer', 'target.month', true),
    col('day', 'integer', 'target.day', true),
    col('left', 'number', 'target.left', true),
    col('right', 'number', 'target.right', true),
    col('indicator', 'string', 'target.indicator', true),
    col('deadline', 'integer', 'target.deadline', true),
    col('deadlineSource', 'string', 'target.deadlineSource', true),
    col('indicatorSource', 'string', 'target.indicatorSource', true),
  ],
  /** One row per responsibility list. */
  responsibilities: [
    DOC_ID,
    col('index', 'integer', 'derived: position in responsibilities'),
    SECTION_ID('responsibility'),
    HEADING,
    col('table', 'integer', 'responsibility.table', true),
    col('row', 'integer', 'responsibility.row', true),
    col('units', 'structs', 'responsibility.units', false, [{ name: 'name', kind: 'string' }, { name: 'role', kind: 'string' }]),
    col('raw', 'string', 'responsibility.raw'),
    START('responsibility'),
    END('responsibility'),
  ],
  /** One row per unit named in a list (responsibility.units[]), so a filter on `name` shows every list naming it. */
  unitRoles: [
    DOC_ID,
    col('index', 'integer', 'derived: position in responsibilities'),
    SECTION_ID('responsibility'),
    HEADING,
    col('table', 'integer', 'responsibility.table', true),
    col('row', 'integer', 'responsibility.row', true),
    col('name', 'string', 'responsibility.units.name'),
    col('role', 'string', 'responsibility.units.role'),
    col('raw', 'string', 'responsibility.raw'),
  ],
  /** Each distinct unit of a document with its load (the Document's `units`). */
  units: [
    DOC_ID,
    col('name', 'string', 'unit.name'),
    col('lead', 'integer', 'unit.lead'),
    col('support', 'integer', 'unit.support'),
    col('responsible', 'integer', 'unit.responsible'),
  ],
  notes: [
    DOC_ID,
    col('index', 'integer', 'derived: position in notes'),
    col('marker', 'string', 'note.marker'),
    col('term', 'string', 'note.term', true),
    col('text', 'string', 'note.text'),
    START('note'),
    END('note'),
  ],
  /** Attachment tables, one row per table row (NDJSON `table_row`): cells as a list. */
  tableRows: [
    DOC_ID,
    col('table', 'integer', 'derived: position in tables'),
    col('title', 'string', 'table.title'),
    col('row', 'integer', 'derived: position in table.rows'),
    col('columns', 'strings', 'table.columns'),
    col('cells', 'strings', 'table.rows[]'),
    col('cellSpans', 'structs', 'table.cellSpans[]', false, [{ name: 'start', kind: 'integer' }, { name: 'end', kind: 'integer' }]),
  ],
  /** Attachment tables in long form, one row per cell: tables differ in columns, so a wide layout would not share one header. */
  cells: [
    DOC_ID,
    col('table', 'integer', 'derived: position in tables'),
    col('title', 'string', 'table.title'),
    col('row', 'integer', 'derived: position in table.rows'),
    col('column', 'integer', 'derived: position in the row'),
    col('columnName', 'string', 'table.columns[]', true),
    col('text', 'string', 'table.rows[][]'),
    START('table.cellSpans[][]', true),
    END('table.cellSpans[][]', true),
  ],
  diagnostics: [
    DOC_ID,
    col('index', 'integer', 'derived: position in warnings'),
    col('severity', 'string', 'warning.severity'),
    col('code', 'string', 'warning.code'),
    col('message', 'string', 'warning.message'),
    START('warning', true),
    END('warning', true),
    col('rule', 'string', 'warning.rule', true),
  ],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;

/** Tables written by CSV, XLSX and Parquet (a file or sheet each), in this order. */
export const FLAT_TABLES = ['documents', 'sections', 'targets', 'responsibilities', 'unitRoles', 'units', 'notes', 'cells', 'diagnostics'] as const;
export type FlatTable = (typeof FLAT_TABLES)[number];

/** NDJSON record `type` of each table it writes, in the order records of one document appear. */
export const NDJSON_TYPES = {
  documents: 'document',
  sections: 'section',
  targets: 'target',
  responsibilities: 'responsibility',
  units: 'unit',
  notes: 'note',
  tableRows: 'table_row',
  diagnostics: 'diagnostic',
} as const satisfies Partial<Record<TableName, string>>;

/** Column names of a table, in order. */
export function columnNames(table: TableName): string[] {
  return TABLES[table].map((c: Column) => c.name);
}
