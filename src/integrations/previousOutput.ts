import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearPreviousOutput, emptyOutput, outputPath, removeOrphans, writeOutputRecord } from '../lib/build/previousOutput.ts';

/**
 * Keeps the pages and cards of the last build that are exactly as it wrote
 * them in the output folder, so Astro's incremental build leaves the
 * unchanged ones where they are instead of copying each from its cache (4.6 s
 * of a rebuild at N = 1,000), and clears everything else before Astro writes
 * (src/lib/build/previousOutput.ts). Astro's own emptying of the folder
 * (Vite's `emptyOutDir`) is turned off for that; it ran file by file on the
 * main thread, where what goes now leaves in a rename per folder or file and
 * is deleted in the build cache while the build runs.
 *
 * Listed after contentCheck() in astro.config.mjs, so content that fails the
 * check leaves the previous output in place, and before the integrations that
 * read the finished output (search, host files), so they never see a page no
 * route wrote. A problem with the cache (a damaged record, a cache that
 * cannot be written) costs only speed: everything is cleared and the build
 * says so in one line.
 */
export function previousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let kept: string[] = [];
  let removal: Promise<unknown> = Promise.resolve();
  return {
    name: 'previous-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        try {
          const cleared = await clearPreviousOutput(outDir, cacheDir);
          ({ kept, removal } = cleared);
          if (cleared.problem) logger.warn(`The record of the previous output ${cleared.problem}: no page of it is kept.`);
          if (kept.length) logger.info(`Kept ${kept.length} files of the previous output in place; cleared the rest.`);
        } catch (error) {
          logger.warn(`The build cache cannot take the previous output (${(error as Error).message}): emptying the output folder instead.`);
          kept = [];
          await emptyOutput(outDir);
        }
      },
      'astro:build:done': async ({ assets, logger }) => {
        const written = [...assets.values()].flat().map((url) => outputPath(outDir, fileURLToPath(url)));
        const removed = await removeOrphans(outDir, written, kept);
        if (removed) logger.info(`Removed ${removed} files of the previous output that no route writes any more.`);
        try {
          await writeOutputRecord(outDir, cacheDir, written);
        } catch (error) {
          logger.warn(`Could not record the output for the next build (${(error as Error).message}): it will keep none of it.`);
        }
        await removal;
      },
    },
  };
}
