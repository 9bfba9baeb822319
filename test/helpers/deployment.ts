import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The deployment a test run reads. The default project tests the site at the
 * root of its host (astro.config.mjs's default origin), built into dist/; the
 * "subpath" project (vitest.config.ts) runs the browser suites again on a
 * build for a project page at https://example.org/factcheck/, built into
 * dist-subpath/.
 */
export const SUBPATH = { site: 'https://example.org', base: '/factcheck/', outDir: 'dist-subpath' } as const;

export const TEST_SITE = process.env.TEST_SITE ?? 'http://localhost:4321';
export const TEST_BASE = process.env.TEST_BASE ?? '/';
export const DIST = join(ROOT, process.env.TEST_OUT_DIR ?? 'dist');
