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
          // Suites that only make sense under a base path run in "subpath" only.
          exclude: ['test/publishing.base.test.ts', 'test/searchBase.browser.test.ts'],
          // Builds dist/ once for the tests that read the built site.
          globalSetup: ['test/helpers/buildSite.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'subpath',
          // The browser and HTML suites again, on a build under a base path
          // (search's own suite compares root paths; searchBase covers it here).
          include: [
            'test/browser.test.ts',
            'test/builtHtml.test.ts',
            'test/chartsBrowser.test.ts',
            'test/citeHelper.browser.test.ts',
            'test/csp.browser.test.ts',
            'test/narrowLayout.browser.test.ts',
            'test/publishing.base.test.ts',
            'test/searchBase.browser.test.ts',
          ],
          globalSetup: ['test/helpers/buildSubpathSite.ts'],
          env: { TEST_SITE: SUBPATH.site, TEST_BASE: SUBPATH.base, TEST_OUT_DIR: SUBPATH.outDir },
        },
      },
    ],
  },
});
