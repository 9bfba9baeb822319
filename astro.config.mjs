// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { buildPhases } from './src/integrations/buildPhases.ts';
import { cardsAhead } from './src/integrations/cardsAhead.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { hostHeaders } from './src/integrations/hostHeaders.ts';
import { previousOutput } from './src/integrations/previousOutput.ts';
import { hostRedirects } from './src/integrations/redirects.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { contentCodeSplitting } from './src/lib/build/contentChunks.ts';
import { astroCspConfig } from './src/lib/publishing/securityHeaders.ts';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES } from './src/i18n/locales.ts';

// Astro writes into its server modules every environment variable whose name
// occurs in a module that reads import.meta.env whole (astro/dist/env/), and
// `_`, which the shell sets to the path of the command that started the
// build, occurs in nearly every module. Those modules feed the incremental
// build's page hashes, so `npx astro build` after `npm run build` would render
// every page afresh. Nothing in the site reads `_`.
delete process.env._;

// Deployment target: SITE is the public origin, BASE the path the site lives
// under (for example BASE=/factcheck/ for a project page on a static host).
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  // A separate output directory for test builds (e.g. a BASE=/factcheck/ build).
  outDir: process.env.OUT_DIR || 'dist',
  // Build caches (Astro's and the social cards') live in the project, not in
  // node_modules, which test and benchmark copies of the project link to.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // English at the root, Traditional Chinese (Hong Kong) under /zh-hant/
  // (src/i18n/locales.ts). Pages link across languages with
  // getRelativeLocaleUrl (src/i18n/url.ts).
  i18n: {
    defaultLocale: /** @type {string} */ (DEFAULT_LOCALE),
    locales: [DEFAULT_LOCALE, ...TRANSLATED_LOCALES.map((path) => ({ path, codes: /** @type {[string]} */ ([LOCALES[path].lang]) }))],
    routing: { prefixDefaultLocale: false },
  },
  // Pages are rendered eight at a time: rendering one page is quick, and
  // writing it waits on the file system; with one at a time, Astro's main
  // thread sat idle for a fifth of its rendering (README, Benchmark).
  build: { format: 'directory', concurrency: 8 },
  // buildPhases last: it times the others' build:done hooks.
  integrations: [contentCheck(), cardsAhead(), previousOutput(), mdx(), hostRedirects(), searchIndex(), hostHeaders(), buildPhases()],
  // A strict CSP <meta> in every page, with the hashes of its scripts and
  // styles (issue 8; the policy and why: src/lib/publishing/securityHeaders.ts).
  security: { csp: astroCspConfig() },
  // Shiki colours code with style="" attributes, which that CSP blocks;
  // Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/build/pageCacheKeys.ts)
  // are copied from the previous build when it and their code are unchanged.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rolldownOptions: {
        // The content's MDX modules in chunks of about 2 MB, not two chunks
        // per entry (src/lib/build/contentChunks.ts).
        output: { codeSplitting: contentCodeSplitting(fileURLToPath(new URL('./content/', import.meta.url))) },
        // Astro marks each MDX entry's style module with the directive
        // "use astro:head-inject", which the bundler warns about once per claim
        // (withastro/astro#18087). Only that warning is silenced, so any other
        // warning in the build output still means something.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
