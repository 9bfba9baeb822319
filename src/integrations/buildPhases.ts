import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { measuredPhases, phaseTable, type Moments } from '../lib/build/buildPhases.ts';

/**
 * Logs where the build's time went (src/lib/build/buildPhases.ts) in one line and,
 * when BUILD_PHASES_FILE names a file, writes the phases there as JSON for
 * `npm run bench`. Listed last in astro.config.mjs, so its `astro:build:done`
 * runs after every other integration's.
 */
export function buildPhases(): AstroIntegration {
  const moments: Moments = { buildStart: 0, bundled: 0, generated: 0, done: 0 };
  return {
    name: 'build-phases',
    hooks: {
      'astro:build:start': () => {
        moments.buildStart = performance.now();
      },
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          plugins: [{ name: 'build-phases:bundled', closeBundle: () => void (moments.bundled = performance.now()) }],
        });
      },
      'astro:build:generated': () => {
        moments.generated = performance.now();
      },
      'astro:build:done': ({ logger }) => {
        moments.done = performance.now();
        const rows = phaseTable(moments, measuredPhases());
        logger.info(rows.map((r) => `${r.phase} ${r.seconds.toFixed(1)} s`).join(', '));
        const file = process.env.BUILD_PHASES_FILE;
        if (file) writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
      },
    },
  };
}
