import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { timed } from '../lib/publishing/buildPhases.ts';
import { checkContent } from '../lib/check/index.ts';
import type { CheckedTranslation } from '../lib/check/translations.ts';
import type { ClaimLike } from '../lib/claims/claims.ts';
import { ContentError, formatProblem, sortProblems } from '../lib/content/problems.ts';

let last: { claims: ClaimLike[]; translations: readonly CheckedTranslation[] } | undefined;

function checked() {
  if (!last) throw new Error('The content check has not run: list contentCheck() first in astro.config.mjs.');
  return last;
}

/** The claims (slug and frontmatter) as this build's content check read them, for build steps that must not read and check them again. */
export const checkedClaims = (): ClaimLike[] => checked().claims;

/** The claim translations (id and frontmatter) as this build's content check read them. */
export const checkedTranslations = (): readonly CheckedTranslation[] => checked().translations;

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
        const { problems, claims, translations } = timed('check', () => checkContent(fileURLToPath(config.root)));
        last = { claims: [...claims.values()].map((c) => ({ id: c.slug, data: c.data })), translations };
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        for (const p of sortProblems(problems)) logger.error(formatProblem(p));
      },
    },
  };
}
