import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { gateContentOn } from '../lib/check/checkGate.ts';
import { checkInWorker, type CheckedContent } from '../lib/check/inWorker.ts';
import type { CheckedTranslation } from '../lib/check/translations.ts';
import type { ClaimLike } from '../lib/claims/claims.ts';
import { ContentError, formatProblem, sortProblems } from '../lib/content/problems.ts';
import { timed } from '../lib/build/buildPhases.ts';

let last: CheckedContent | undefined;

function checked(): CheckedContent {
  if (!last) throw new Error('The content check has not finished: list contentCheck() first in astro.config.mjs.');
  return last;
}

/** The claims (slug and frontmatter) as this build's content check read them, for build steps that must not read and check them again. */
export const checkedClaims = (): ClaimLike[] => checked().claims;

/** The claim translations (id and frontmatter) as this build's content check read them. */
export const checkedTranslations = (): readonly CheckedTranslation[] => checked().translations;

/** This build's check, from `astro:config:setup` on: the checked content, or a rejection in a build with problems. */
let checking: Promise<CheckedContent> | undefined;

/** Calls `use` with the checked content once the check has passed (in a build) or finished (in dev). */
export function whenChecked(use: (content: CheckedContent) => void): void {
  if (!checking) throw new Error('The content check has not started: list contentCheck() first in astro.config.mjs.');
  checking.then(use, () => {});
}

/**
 * Runs the same content check as `npm run check` before anything is built,
 * so a misquote or a wrong sum stops the build and nothing is half-published.
 * The check runs in a worker thread while Astro starts up; Astro's content
 * loaders settle with its verdict (src/lib/check/checkGate.ts), and the build waits for it
 * before bundling, so its `check` phase is the time the build waited.
 * In dev the problems are logged and the server keeps running; `astro preview`
 * (which serves the built site) checks nothing.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        last = undefined;
        checking = undefined;
        // `astro preview` serves the last build and reads no content.
        if (command === 'preview') return;
        checking = checkInWorker(fileURLToPath(config.root)).then((content) => {
          if (content.problems.length && command === 'build') throw new ContentError(content.problems);
          for (const p of sortProblems(content.problems)) logger.error(formatProblem(p));
          return (last = content);
        });
        gateContentOn(checking.then(() => {}));
        if (command !== 'build') checking.catch((error: unknown) => logger.error(String(error)));
      },
      'astro:build:start': async () => {
        await timed('check', () => checking);
      },
    },
  };
}
