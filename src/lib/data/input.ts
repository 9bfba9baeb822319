import { translate } from '../../i18n/index.ts';
import type { ClaimLike } from '../claims/claims.ts';
import type { Paragraph } from '../sources/paragraphs.ts';
import type { SiteConfig, Source } from '../content/schema.ts';

/** A source with its archived text, as the data files describe it. */
export interface ArchivedSource {
  data: Source;
  paragraphs: Paragraph[];
  /** SHA-256 (hex) of the archived text's bytes. */
  sha256: string;
}

/** Everything the open-data files are built from; pure data, no Astro. */
export interface DataInput {
  claims: readonly ClaimLike[];
  sources: ReadonlyMap<string, ArchivedSource>;
  site: SiteConfig;
  /** Absolute URL of a site path ('' is the home page). */
  url: (path: string) => string;
  /** The date of the newest content (src/lib/publishing/contentDate.ts). */
  contentDate: string;
}

/** The version of the data files' format: the minor number grows when fields are added, the major when any changes. */
export const DATA_VERSION = '1.1.0';

export const ARCHIVED_TEXTS_RIGHTS = translate('en')('licence.archivedTexts');

/** The fields every data file starts with. */
export function envelope(input: DataInput) {
  return {
    version: DATA_VERSION,
    site: input.url(''),
    date: input.contentDate,
    license: { name: input.site.licence.name, url: input.site.licence.url, note: ARCHIVED_TEXTS_RIGHTS },
  };
}

export function sourceOf(input: DataInput, slug: string): ArchivedSource {
  const source = input.sources.get(slug);
  if (!source) throw new Error(`Unknown source "${slug}". Run npm run check.`);
  return source;
}
