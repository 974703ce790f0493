// Start every build from an empty dist/: bundle chunks carry content hashes in their names, so
// a stale one would otherwise linger and be counted in the build fingerprint.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
