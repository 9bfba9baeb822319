/**
 * How the bundler groups the content's MDX modules (astro.config.mjs).
 *
 * Astro imports each MDX entry on its own, so by default the bundler gives
 * every entry two chunks of its own (the entry and its `?astroPropagatedAssets`
 * module): 4,000 chunks for a 1,000-claim site in two languages, each passed
 * through the bundler's and Astro's JavaScript hooks and written to disk. The
 * groups below put them into chunks of about 2 MB instead. These chunks only
 * serve the build (the site is prerendered, and Astro deletes them after); the
 * pages are the same byte for byte, and Astro's incremental build keys its
 * pages on modules, not chunks, so an edit to one claim still renders again
 * only the pages that show it.
 */

/** About the size of each chunk of content modules, in bytes. */
export const CONTENT_CHUNK_BYTES = 2_000_000;

/**
 * A test of whether a module id is an MDX file under `contentDir`, or a
 * module Astro derives from one (`….mdx?…`). Module ids use `/` on every platform.
 */
export function contentModuleTest(contentDir: string): (id: string) => boolean {
  const dir = contentDir.replaceAll('\\', '/').replace(/\/?$/, '/');
  return (id) => id.startsWith(dir) && /\.mdx(?:\?|$)/.test(id);
}

/** The bundler's `output.codeSplitting` option that groups the MDX modules under `contentDir`. */
export function contentCodeSplitting(contentDir: string) {
  return {
    groups: [{ name: 'content', test: contentModuleTest(contentDir), maxSize: CONTENT_CHUNK_BYTES }],
  };
}
