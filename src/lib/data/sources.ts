/** /data/sources.json: every archived source's metadata, basis, paragraph count and SHA-256. */
import { sourcePath } from '../url.ts';
import { ARCHIVED_TEXTS_RIGHTS, envelope, type DataInput } from './input.ts';

export function sourcesJson(input: DataInput) {
  const sources = [...input.sources.values()]
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map(({ data, paragraphs, sha256 }) => ({
      slug: data.slug,
      label: data.label,
      title: data.title,
      publisher: data.publisher,
      kind: data.kind,
      url: data.url,
      published: data.published,
      published_note: data.publishedNote ?? null,
      author: data.author,
      language: data.language,
      archived: data.archived,
      archived_url: input.url(sourcePath(data.slug)),
      basis: { ...data.basis },
      scope: { ...data.scope },
      paragraphs: paragraphs.length,
      sha256,
      rights: ARCHIVED_TEXTS_RIGHTS,
    }));
  return { ...envelope(input), sources };
}
