import { join } from 'node:path';
import { build } from './buildSite.ts';
import { ROOT, SUBPATH } from './deployment.ts';

/** Vitest global setup of the "subpath" project: the site built for https://example.org/factcheck/. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  build({ site: SUBPATH.site, base: SUBPATH.base, outDir: join(ROOT, SUBPATH.outDir) });
}
