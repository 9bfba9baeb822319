/** Gathers the content collections into the pure input of src/lib/data/ (not a route: the name starts with _). */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedParagraphs } from '../../lib/sources/archive.ts';
import { newestContentDate } from '../../lib/publishing/contentDate.ts';
import type { DataFile } from '../../lib/data/files.ts';
import type { ArchivedSource, DataInput } from '../../lib/data/input.ts';
import { SEEDS_DIR, sha256 } from '../../lib/sources/seedManifest.ts';
import { SITE } from '../../lib/content/site.ts';
import { absoluteUrl } from '../../lib/url.ts';

let cached: Promise<DataInput> | undefined;

export function dataInput(site: URL): Promise<DataInput> {
  cached ??= (async () => {
    const root = process.cwd();
    const claims = await getCollection('claims');
    const sources = new Map<string, ArchivedSource>(
      (await getCollection('sources')).map(({ data }) => [
        data.slug,
        { data, paragraphs: readSeedParagraphs(root, data.seed), sha256: sha256(readFileSync(join(root, SEEDS_DIR, data.seed))) },
      ]),
    );
    return {
      claims,
      sources,
      site: SITE,
      url: (path: string) => absoluteUrl(site, import.meta.env.BASE_URL, path),
      contentDate: newestContentDate(claims, [...sources.values()].map((s) => s.data)),
    };
  })();
  return cached;
}

/**
 * Each data file is built once a build, though the data pages show its size
 * and its route writes it: a body built for its size is kept until the route
 * takes it.
 */
const bodies = new Map<string, string>();
const sizes = new Map<string, number>();

function built(file: DataFile, input: DataInput): string {
  const body = bodies.get(file.path) ?? file.build(input);
  sizes.set(file.path, Buffer.byteLength(body));
  return body;
}

/** A data file's text, for the route that writes it. */
export async function dataFileBody(file: DataFile, site: URL): Promise<string> {
  const body = built(file, await dataInput(site));
  bodies.delete(file.path);
  return body;
}

/** A data file's size in bytes, for the data pages. */
export async function dataFileBytes(file: DataFile, site: URL): Promise<number> {
  const input = await dataInput(site);
  if (!sizes.has(file.path)) bodies.set(file.path, built(file, input));
  return sizes.get(file.path)!;
}
