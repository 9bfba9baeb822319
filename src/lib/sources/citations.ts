import { decodeHTML } from 'entities';
import { findVerbatim } from './normalize.ts';
import { paragraphAnchor, type Paragraph } from './paragraphs.ts';
import { textFragment } from './textFragment.ts';
import { sourcePath } from '../url.ts';

/** The plain text of rendered HTML, as a reader would select it. */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * Site path of a citation: the paragraph anchor plus a text fragment of the
 * source's own wording, so the browser highlights exactly the quoted words.
 */
export function citationPath(sourceSlug: string, paragraph: Paragraph, quote: string): string {
  const verbatim = findVerbatim(paragraph.text, quote);
  if (verbatim === null) {
    // The content check refuses misquotes before rendering; this guards the renderer too.
    throw new Error(`Misquote: "${quote}" is not in ${sourceSlug} ¶${paragraph.n}. Run npm run check.`);
  }
  return `${sourcePath(sourceSlug)}#${paragraphAnchor(paragraph.n)}${textFragment(verbatim)}`;
}
