import { extname } from 'node:path';

/** Output formats of `parse`. */
export const FORMATS = ['json', 'ndjson', 'csv', 'yaml', 'xlsx', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats written whole at the end of a run (a workbook, Parquet files): binary, all documents' tables at once. */
export type TableFormat = 'xlsx' | 'parquet';
export const isTableFormat = (format: Format): format is TableFormat => format === 'xlsx' || format === 'parquet';

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.xlsx': 'xlsx',
  '.parquet': 'parquet',
};

/** The format a file name asks for (`out.yml` → yaml), or null when the extension says nothing. */
export function formatFromPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** File extension written for a format. */
export const EXTENSION: Record<Format, string> = {
  json: '.json', ndjson: '.ndjson', csv: '.csv', yaml: '.yaml', xlsx: '.xlsx', parquet: '.parquet',
};

/**
 * CSV tables, one per entity (here, not in csv.ts, so the CLI can list them without loading the
 * CSV writer).
 */
export { FLAT_TABLES as CSV_TABLES, type FlatTable as CsvTable } from '../schema/tables.js';
