/**
 * /data/annotations.jsonld: every citation as a W3C Web Annotation
 * (https://www.w3.org/TR/annotation-model/). The claim page is the body; the
 * archived paragraph and the original page are the targets, each with a
 * TextQuoteSelector whose prefix and suffix come from the archived text.
 */
import { claimPath } from '../url.ts';
import { claimCitations } from './claims.ts';
import { envelope, sourceOf, type DataInput } from './input.ts';
import type { Paragraph } from '../sources/paragraphs.ts';

/** Characters of context on each side of a quotation. */
export const CONTEXT_CHARS = 32;

/**
 * The words just before and after the quote's first occurrence in paragraph
 * `n`, across paragraph breaks (written as a line break, as in the archive).
 */
export function quoteContext(paragraphs: readonly Paragraph[], n: number, exact: string): { prefix: string; suffix: string } {
  const text = paragraphs[n - 1]!.text;
  const at = text.indexOf(exact);
  const before = [...paragraphs.slice(0, n - 1).map((p) => p.text), text.slice(0, at)].join('\n');
  const after = [text.slice(at + exact.length), ...paragraphs.slice(n).map((p) => p.text)].join('\n');
  return { prefix: [...before].slice(-CONTEXT_CHARS).join(''), suffix: [...after].slice(0, CONTEXT_CHARS).join('') };
}

export function annotationsJsonLd(input: DataInput) {
  const { version, site, date, license } = envelope(input);
  const items = [...input.claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((claim) =>
      claimCitations(input, claim).map((c, i) => {
        const source = sourceOf(input, c.source);
        const selector = { type: 'TextQuoteSelector', exact: c.quote, ...quoteContext(source.paragraphs, c.paragraph, c.quote) };
        return {
          id: `${input.url('data/annotations.jsonld')}#${claim.id}-${i + 1}`,
          type: 'Annotation',
          motivation: 'assessing',
          created: claim.data.published,
          ...(claim.data.updated ? { modified: claim.data.updated } : {}),
          body: { id: input.url(claimPath(claim.id)), type: 'Text', format: 'text/html', language: 'en' },
          target: [
            { source: c.paragraph_url, type: 'Text', format: 'text/html', language: source.data.language, selector },
            ...(c.original_url ? [{ source: c.original_url, language: source.data.language, selector }] : []),
          ],
        };
      }),
    );
  return {
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      { schema: 'https://schema.org/', version: 'schema:version', site: { '@id': 'schema:isPartOf', '@type': '@id' }, date: 'schema:dateModified', license: 'schema:license' },
    ],
    id: input.url('data/annotations.jsonld'),
    type: 'AnnotationCollection',
    label: `${input.site.name}: every citation as a Web Annotation`,
    version,
    site,
    date,
    license,
    rights: license.url,
    total: items.length,
    first: { id: `${input.url('data/annotations.jsonld')}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
