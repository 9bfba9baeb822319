// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { hostRedirects } from './src/integrations/redirects.ts';

// Deployment target: SITE is the public origin, BASE the path the site lives
// under (for example BASE=/factcheck/ for a project page on a static host).
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), hostRedirects()],
  devToolbar: { enabled: false },
});
