import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timed } from '../lib/buildPhases.ts';
import { loadClaims } from '../lib/check/claims.ts';
import { loadSources } from '../lib/check/sources.ts';
import { aliasRedirects, formatRedirectsFile } from '../lib/redirects.ts';

/**
 * Writes `_redirects` for hosts that read it (Netlify, Cloudflare Pages), so
 * a renamed claim's old address answers with a real 301. Every other host
 * gets the HTML redirect pages from src/pages/claims/[...alias].astro.
 */
export function hostRedirects(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'host-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir }) =>
        timed('hostFiles', () => {
          const { claims } = loadClaims(root, loadSources(root).sources);
          const list = [...claims.values()].map((c) => ({ id: c.slug, data: c.data }));
          writeFileSync(new URL('_redirects', dir), formatRedirectsFile(aliasRedirects(list, base)));
        }),
    },
  };
}
