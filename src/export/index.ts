export { FORMATS, formatFromPath, EXTENSION, isTableFormat, type Format, type TableFormat } from './formats.js';
export { TableRows } from './tables.js';
export { toXlsx, XLSX_CELL_LIMIT } from './xlsx.js';
export { toParquet, tableToParquet } from './parquet.js';
export { documentToJson, toJsonArray, type JsonOptions } from './json.js';
export { documentToNdjson, toNdjson } from './ndjson.js';
export { documentToYaml, toYaml } from './yaml.js';
export {
  CSV_TABLES, CSV_COLUMNS, CSV_LIST_SEPARATOR, csvRecords, csvPreamble, documentToCsvRows, toCsv, unescapeCsvText,
  type CsvTable, type CsvOptions,
} from './csv.js';
export {
  documentRecords, tableRows, flatSections, documentCounts, type EntityRecord, type RecordType, type FlatSection, type Row, type RowValue,
} from './records.js';
export { cellValue, LIST_SEPARATOR } from './cells.js';
export { withOffsetUnit, codePointIndex } from './offsets.js';
export { serializerFor, toReadable, type DocumentSerializer, type SerializerOptions } from './stream.js';
