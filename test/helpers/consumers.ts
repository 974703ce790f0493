import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The other programs tests read our output with, when this machine has them. A test that needs
 * a missing one is skipped with `it.skipIf` and says so with console.warn: never a silent pass.
 */

const python = (code: string) => spawnSync('python3', ['-c', code], { encoding: 'utf8' });

export const hasPython = python('import csv').status === 0;
export const hasPyYaml = hasPython && python('import yaml').status === 0;
/** The first Python that imports `module`: the one on PATH, or Debian's (apt-get install python3-<module>). */
const pythonWith = (module: string) =>
  ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0) ?? null;
export const pandasPython = pythonWith('pandas');
export const hasPandas = pandasPython !== null;
export const pyarrowPython = pythonWith('pyarrow');
export const hasPyarrow = pyarrowPython !== null;
/** A Python that has openpyxl: the one on PATH, or Debian's (`apt-get install python3-openpyxl`). */
export const openpyxlPython = pythonWith('openpyxl');
export const hasOpenpyxl = openpyxlPython !== null;
export const hasRscript = spawnSync('Rscript', ['-e', 'library(readr)'], { encoding: 'utf8' }).status === 0;
/** LibreOffice with Calc (soffice runs without it, but then opens no spreadsheet): its command, or null. */
export const soffice = (() => {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) return null;
  const program = dirname(realpathSync(found));
  return existsSync(join(program, 'libsclo.so')) ? found : null;
})();

/** Warn once per missing tool, naming it and what is not checked. */
export function warnMissing(present: boolean, tool: string, what: string): boolean {
  if (!present) console.warn(`SKIPPED: ${tool} is not available on this machine, so ${what} is not checked`);
  return !present;
}

/** Run a Python script with JSON on stdin and parse its JSON stdout. Throws with stderr on failure. */
export function runPython<T>(script: string, input: unknown, interpreter = 'python3'): T {
  const result = spawnSync(interpreter, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** An in-memory DuckDB (the npm package, a devDependency); `rows` gives every row as an array. */
export async function duckdb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async rows(sql: string): Promise<unknown[][]> {
      return (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
    },
    async columns(sql: string): Promise<{ name: string; type: string }[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader.columnNames().map((name, i) => ({ name, type: reader.columnType(i).toString() }));
    },
    close: () => connection.closeSync(),
  };
}
