import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { timed } from '../lib/build/buildPhases.ts';
import { aliasRedirects, formatRedirectsFile } from '../lib/publishing/redirects.ts';
import { checkedClaims } from './contentCheck.ts';

/**
 * Writes `_redirects` for hosts that read it (Netlify, Cloudflare Pages), so
 * a renamed claim's old address answers with a real 301. Every other host
 * gets the HTML redirect pages from src/pages/claims/[...alias].astro.
 * The claims are those the content check read at the start of the build.
 */
export function hostRedirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) =>
        timed('hostFiles', () => {
          writeFileSync(new URL('_redirects', dir), formatRedirectsFile(aliasRedirects(checkedClaims(), base)));
        }),
    },
  };
}
