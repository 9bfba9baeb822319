import { defineConfig } from 'vitest/config';
import { SUBPATH } from './test/helpers/deployment.ts';

const shared = { testTimeout: 60_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'site',
          include: ['test/**/*.test.ts'],
          exclude: ['test/searchBase.browser.test.ts'],
          // Builds dist/ once for the tests that read the built site.
          globalSetup: ['test/helpers/buildSite.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'subpath',
          // The generic suites over every page, again on a build under a base path.
          include: ['test/browser.test.ts', 'test/builtHtml.test.ts', 'test/searchBase.browser.test.ts'],
          globalSetup: ['test/helpers/buildSubpathSite.ts'],
          env: { TEST_BASE: SUBPATH.base, TEST_OUT_DIR: SUBPATH.outDir },
        },
      },
    ],
  },
});
