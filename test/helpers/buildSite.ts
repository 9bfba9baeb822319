import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv } from './astroCli.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Vitest global setup: one real production build shared by every test that reads dist/. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
    // The tests read the default deployment: site root, no subpath.
    env: cleanEnv({ SITE: undefined, BASE: undefined, OUT_DIR: undefined }),
  });
}
