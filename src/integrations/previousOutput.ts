import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TRASH_PREFIX = 'previous-output-';

/**
 * Moves `outDir` into a new folder of `cacheDir` and starts deleting it there,
 * with what earlier builds left behind; returns the deletion. Leaves `outDir`
 * in place when it holds a .git folder.
 */
async function moveAside(outDir: string, cacheDir: string): Promise<{ removal: Promise<unknown> }> {
  await mkdir(cacheDir, { recursive: true });
  const trash = (await readdir(cacheDir)).filter((name) => name.startsWith(TRASH_PREFIX)).map((name) => join(cacheDir, name));
  if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
    const folder = await mkdtemp(join(cacheDir, TRASH_PREFIX));
    trash.push(folder);
    await rename(outDir, join(folder, 'output'));
  }
  return { removal: Promise.all(trash.map((folder) => rm(folder, { recursive: true, force: true }))) };
}

/**
 * Before it bundles, Astro empties the output folder of the previous build
 * file by file, on the main thread: 3.3 s for the 6,000 files of a
 * 1,000-claim site. This moves the previous output into the build cache
 * instead, in one rename at `astro:build:start`, and deletes it there while
 * the build runs. Astro then starts from an empty output folder as before,
 * and restores unchanged pages from its own cache.
 *
 * The output stays where it is (and Astro empties it) when it holds a .git
 * folder, which Astro keeps, or cannot be moved (another file system than
 * the cache, or a cache that cannot be written): the build says so in one line.
 * A copy left behind by a build that stopped early is deleted by the next.
 * Listed after contentCheck() in astro.config.mjs, so content that fails the
 * check leaves the previous output in place.
 */
export function previousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let removal: Promise<unknown> = Promise.resolve();
  return {
    name: 'previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        try {
          ({ removal } = await moveAside(outDir, cacheDir));
        } catch (error) {
          logger.info(`The previous output stays for Astro to empty: ${(error as Error).message}`);
        }
      },
      'astro:build:done': async () => {
        await removal;
      },
    },
  };
}
