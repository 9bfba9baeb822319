import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { timed } from '../lib/buildPhases.ts';
import { checkContent } from '../lib/check/index.ts';
import type { ClaimLike } from '../lib/claims.ts';
import { ContentError, formatProblem, sortProblems } from '../lib/problems.ts';

let lastClaims: ClaimLike[] | undefined;

/** The claims (slug and frontmatter) as this build's content check read them, for build steps that must not read and check them again. */
export function checkedClaims(): ClaimLike[] {
  if (!lastClaims) throw new Error('The content check has not run: list contentCheck() first in astro.config.mjs.');
  return lastClaims;
}

/**
 * Runs the same content check as `npm run check` before anything is built,
 * so a misquote or a wrong sum stops the build and nothing is half-published.
 * In dev the problems are logged and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems, claims } = timed('check', () => checkContent(fileURLToPath(config.root)));
        lastClaims = [...claims.values()].map((c) => ({ id: c.slug, data: c.data }));
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        for (const p of sortProblems(problems)) logger.error(formatProblem(p));
      },
    },
  };
}
