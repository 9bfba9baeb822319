import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv } from './astroCli.ts';
import { ROOT } from './deployment.ts';

/** Vitest global setup: one real production build shared by every test that reads dist/. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  build({ base: '/', outDir: join(ROOT, 'dist') });
}

/** A production build of the project for `site` (default: the config's) and `base`, into `outDir`. */
export function build({ site, base, outDir }: { site?: string; base: string; outDir: string }) {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: cleanEnv({ SITE: site, BASE: base, OUT_DIR: outDir }),
  });
}
