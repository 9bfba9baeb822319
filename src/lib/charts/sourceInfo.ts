import { paragraphAnchor } from '../sources/paragraphs.ts';
import type { Source } from '../content/schema.ts';
import { sourcePath } from '../url.ts';

/** What a chart needs to know about a source to name and link it. */
export interface SourceInfo {
  slug: string;
  /** Full citation label, e.g. "HKFP, 7 Dec 2017". */
  label: string;
  /** Short name for tight chart labels: "Press release", "CGTN", "China Daily", "HKFP". */
  short: string;
  /** The HKSAR Government press release: the reference other texts are measured against. */
  primary: boolean;
  published: string | null;
}

export type SourceLookup = ReadonlyMap<string, SourceInfo>;

export function sourceInfo(s: Source): SourceInfo {
  const primary = s.kind === 'press-release';
  // "China Daily, 8 Dec 2017" → "China Daily"; "CGTN (date not stated)" → "CGTN".
  const short = primary ? 'Press release' : s.label.split(',')[0]!.replace(/\s*\(.*\)$/, '').replace(/ report$/, '');
  return { slug: s.slug, label: s.label, short, primary, published: s.published };
}

export function sourceLookup(sources: Iterable<Source>): SourceLookup {
  return new Map([...sources].map((s) => [s.slug, sourceInfo(s)]));
}

/** Site path of a cited paragraph: `sources/hksar-2017-12-07/#p9`. */
export function paragraphHref(slug: string, p: number): string {
  return `${sourcePath(slug)}#${paragraphAnchor(p)}`;
}

export function lookup(sources: SourceLookup, slug: string): SourceInfo {
  const s = sources.get(slug);
  if (!s) throw new Error(`Unknown source "${slug}" (the content check should have stopped this).`);
  return s;
}
