import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { timed } from '../lib/buildPhases.ts';
import { checkContent } from '../lib/check/index.ts';
import { ContentError, formatProblem, sortProblems } from '../lib/problems.ts';

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
        const { problems } = timed('check', () => checkContent(fileURLToPath(config.root)));
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        for (const p of sortProblems(problems)) logger.error(formatProblem(p));
      },
    },
  };
}
