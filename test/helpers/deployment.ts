import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The deployment a test run reads. The default project tests the site at the
 * root of its host, built into dist/; the "subpath" project (vitest.config.ts)
 * runs the generic page suites again on a build for a project page under
 * /factcheck/, built into dist-subpath/.
 */
export const SUBPATH = { base: '/factcheck/', outDir: 'dist-subpath' } as const;

export const TEST_BASE = process.env.TEST_BASE ?? '/';
export const DIST = join(ROOT, process.env.TEST_OUT_DIR ?? 'dist');
