import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once for the tests that read the built site.
    globalSetup: ['test/helpers/buildSite.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
