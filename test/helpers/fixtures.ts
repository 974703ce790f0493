import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEEDS = join(ROOT, 'seeds');

export interface FixtureCase {
  name: string;
  inputPath: string;
  text: string;
}

/** Every `*.txt` in `fixtures/<area>/` (or the given folder), sorted by name. */
export function fixtureCases(area: string, folder = join(FIXTURES, area)): FixtureCase[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const inputPath = join(folder, f);
      return { name: f.replace(/\.txt$/, ''), inputPath, text: readFileSync(inputPath, 'utf8').replace(/^\uFEFF/, '') };
    });
}

/**
 * Compare `actual` with `<input stem>.<suffix>.json` beside the input.
 * Regenerate every expected file with `npx vitest run -u` (one flag, like `UPDATE=1` elsewhere).
 */
export async function expectFixture(c: FixtureCase, suffix: string, actual: unknown): Promise<void> {
  const expectedPath = c.inputPath.replace(/\.txt$/, `.${suffix}.json`);
  await expect(JSON.stringify(actual, null, 2) + '\n').toMatchFileSnapshot(expectedPath);
}
