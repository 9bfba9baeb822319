import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** A piece of a sentence from a dictionary: text, emphasis, code, or a link to a site path or an https URL. */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; external: boolean; children: InlineNode[] };

/**
 * Dictionary sentences may carry Markdown links, `**strong**`, `*em*` and
 * `` `code` ``, so a translation can put a link where its own word order
 * needs it: `See [how we check](methodology/).` Link targets without a
 * scheme are site paths, localised by the page; anything else in the
 * Markdown is an error, so a dictionary cannot carry HTML or images.
 */
export function parseInlineMarkdown(text: string): readonly InlineNode[] {
  let nodes = parsed.get(text);
  if (!nodes) {
    nodes = parseSentence(text);
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(text, nodes);
  }
  return nodes;
}

/** Sentences parsed so far: the same few hundred dictionary sentences are rendered on every page. */
const parsed = new Map<string, readonly InlineNode[]>();
const MAX_PARSED = 10_000;

function parseSentence(text: string): InlineNode[] {
  const root = fromMarkdown(text);
  if (root.children.length > 1 || (root.children[0] && root.children[0].type !== 'paragraph')) {
    throw new Error(`A dictionary sentence is one paragraph of text, links, **strong**, *em* and \`code\`: "${text}"`);
  }
  const paragraph = root.children[0];
  return paragraph && paragraph.type === 'paragraph' ? paragraph.children.map((n) => inline(n, text)) : [];
}

function inline(node: PhrasingContent, text: string): InlineNode {
  switch (node.type) {
    case 'text': return { type: 'text', value: node.value };
    case 'inlineCode': return { type: 'code', value: node.value };
    case 'strong': return { type: 'strong', children: node.children.map((n) => inline(n, text)) };
    case 'emphasis': return { type: 'em', children: node.children.map((n) => inline(n, text)) };
    case 'link': {
      const external = /^https:\/\//.test(node.url);
      if (!external && /^[a-z][a-z0-9+.-]*:/i.test(node.url)) throw new Error(`A dictionary link goes to a site path or an https URL, not "${node.url}": "${text}"`);
      return { type: 'link', href: node.url, external, children: node.children.map((n) => inline(n, text)) };
    }
    default: throw new Error(`A dictionary sentence cannot contain Markdown "${node.type}": "${text}"`);
  }
}
