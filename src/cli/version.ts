import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** Name and version from the package's package.json. */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Written by the build (scripts/bundle.mjs) so a run need not hash the whole of dist/ again. */
export const BUILD_INFO = 'build-info.json';

/**
 * 16 hex of a hash over the built code (every .js file under dist/, or src/ when run from
 * source). The version number alone does not change while rules are being edited, and a rerun
 * must not keep output an older build wrote.
 */
export function buildFingerprint(): string {
  const built = join(packageRoot(), 'dist');
  if (!existsSync(built)) return computeFingerprint(join(packageRoot(), 'src'));
  const info = join(built, BUILD_INFO);
  if (existsSync(info)) return (JSON.parse(readFileSync(info, 'utf8')) as { fingerprint: string }).fingerprint;
  return computeFingerprint(built);
}

/** Hash of every .js/.cjs/.ts file (not .d.ts) below `root`, names included, in a stable order. */
export function computeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(c?js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
