import { extname } from 'node:path';

/** Output formats of `parse`. */
export const FORMATS = ['json', 'ndjson', 'csv', 'yaml'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** The format a file name asks for (`out.yml` → yaml), or null when the extension says nothing. */
export function formatFromPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** File extension written for a format. */
export const EXTENSION: Record<Format, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv', yaml: '.yaml' };

/**
 * CSV tables, one per entity (here, not in csv.ts, so the CLI can list them without loading the
 * CSV writer).
 */
export { FLAT_TABLES as CSV_TABLES, type FlatTable as CsvTable } from '../schema/tables.js';
