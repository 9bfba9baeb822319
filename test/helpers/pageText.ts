import { load } from 'cheerio';

/** Elements that flow inside a line of text; every other element starts a new block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader sees on a built page, one string per block (paragraph,
 * heading, list item, table cell, SVG text…), white space collapsed, with the
 * page's <title> and meta description first. Inline markup (a citation link,
 * a computed <data> figure) is joined into its line, so text split across
 * elements reads as it is displayed.
 */
export function blockTexts(html: string): string[] {
  const $ = load(html);
  const blocks: string[] = [$('head > title').text(), $('head > meta[name="description"]').attr('content') ?? ''];
  let line = '';
  const flush = () => {
    blocks.push(line);
    line = '';
  };
  const visit = (parent: Parameters<typeof $>[0]) => {
    $(parent).contents().each((_, node) => {
      if (node.type === 'text') line += node.data;
      if (node.type !== 'tag' || SKIPPED.has(node.name)) return;
      const inline = INLINE.has(node.name);
      if (!inline) flush();
      visit(node);
      if (!inline) flush();
    });
  };
  visit('body');
  flush();
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
