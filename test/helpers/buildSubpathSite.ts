import { join } from 'node:path';
import { build } from './buildSite.ts';
import { ROOT, SUBPATH } from './deployment.ts';

/** Vitest global setup of the "subpath" project: the site built for BASE=/factcheck/. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  build(SUBPATH.base, join(ROOT, SUBPATH.outDir));
}
