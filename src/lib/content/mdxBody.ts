import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { numberFromWords } from '../charts/numberWords.ts';
import { shared } from '../shared.ts';
import { ALLOWED_HTML, FIG_AS, FORBIDDEN_ATTRIBUTE, FORBIDDEN_URL, MDX_COMPONENTS, type AttributeType } from './mdxComponents.ts';

export interface Located {
  line: number;
  column: number;
}
export interface BodyCitation extends Located {
  source?: string;
  p?: number;
  quote: string;
}
export interface BodyReference extends Located {
  component: 'Fig' | 'Working' | 'Chart';
  id?: string;
  /** `<Fig as="fall">`: shown as the size of a fall. */
  as?: (typeof FIG_AS)[number];
}
export interface BodyProblem extends Located {
  message: string;
  hint: string;
}
export interface BodyScan {
  citations: BodyCitation[];
  references: BodyReference[];
  problems: BodyProblem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Scans by body text, shared by every reader in one thread: the claim pages,
 * the source pages and the data files of a build, or the whole of
 * `npm run check` (a build checks the content in its own worker thread).
 * Shared by every instance of this module (src/lib/shared.ts). Keyed by the
 * whole body, so an entry can never be stale; cleared when it grows past
 * MAX_SCANS (a long `astro dev`).
 */
const scans = () => shared('mdxBodyScans', () => new Map<string, BodyScan>());
const MAX_SCANS = 50_000;

/**
 * Reads an MDX body the way an editor wrote it, without running it: collects
 * citations and figure references, and refuses anything that could run code
 * or load content (imports, expressions, scripts, event handlers, script URLs).
 * `lineOffset` is the number of lines before the body (the frontmatter).
 *
 * Each body is parsed once per thread (the claim pages, the source pages
 * and the data files all read the same bodies); every call gets its own
 * copy, with its lines moved by `lineOffset`.
 */
export function scanMdxBody(body: string, lineOffset = 0): BodyScan {
  const memo = scans();
  let scan = memo.get(body);
  if (!scan) {
    scan = parseMdxBody(body);
    if (memo.size >= MAX_SCANS) memo.clear();
    memo.set(body, scan);
  }
  const moved = <T extends Located>(item: T): T => ({ ...item, line: item.line + lineOffset });
  return { citations: scan.citations.map(moved), references: scan.references.map(moved), problems: scan.problems.map(moved) };
}

/** The scan of a body, with lines counted from the body's first line. */
function parseMdxBody(body: string): BodyScan {
  const scan: BodyScan = { citations: [], references: [], problems: [] };
  const at = (node: { position?: { start: { line: number; column: number } } }): Located => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const refuse = (node: Parameters<typeof at>[0], message: string, hint: string) => scan.problems.push({ ...at(node), message, hint });
  // Markdown images become <img> too, so both are refused with one message.
  const refuseImage = (node: Parameters<typeof at>[0]) =>
    refuse(node, 'Images are not allowed in a claim (<img> or ![…](…)).', 'A claim page loads nothing from elsewhere, and the site\'s security policy would block it. Show numbers with <Chart id="…" />, or link to the image: [what it shows](https://…).');

  let tree: Root;
  try {
    // Sätteri, the MDX parser Astro compiles the pages with, so a body reads
    // here exactly as the build will read it.
    tree = mdxToMdast(body) as Root;
  } catch (error) {
    scan.problems.push(syntaxProblem((error as Error).message));
    return scan;
  }

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, /^\s*import\b/.test(node.value) ? 'Claims may not contain import lines.' : 'Claims may not contain export statements or other JavaScript.', 'Delete the line: Cite, Fig, Working and Chart are available without importing them.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // An MDX comment, {/* … */}, is the one expression editors may write.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value) && !node.value.trim().slice(2, -2).includes('*/')) return;
        refuse(node, `Claims may not contain JavaScript expressions ({${node.value.trim().slice(0, 30)}}).`, 'Write plain text; to show a number, name it under figures: and write <Fig id="…" />. A literal brace is written \\{.');
        return;
      case 'image':
      case 'imageReference':
        refuseImage(node);
        return;
      case 'link':
      case 'definition':
        if (FORBIDDEN_URL.test(node.url)) refuse(node, `A link to a "${node.url.split(':')[0]}:" URL is not allowed.`, 'Link to a page with http(s) or to a path on this site.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!checkElement(node)) return;
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };

  /** Returns false when the element is refused, so its children are not read. */
  const checkElement = (node: JsxElement): boolean => {
    const name = node.name ?? '';
    if (!name) {
      refuse(node, 'Fragments (<>…</>) are not allowed.', 'Remove the empty tags.');
      return false;
    }
    // null marks an attribute that is present but already refused.
    const attributes: Record<string, string | number | null> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        refuse(node, `<${name}> has a spread attribute ({${attribute.value}}).`, 'Write each attribute as name="value".');
        continue;
      }
      if (FORBIDDEN_ATTRIBUTE.test(attribute.name)) {
        refuse(node, `The attribute "${attribute.name}" on <${name}> is not allowed.`, 'Event handlers and inline styles are refused: content must not run script or restyle the page.');
        continue;
      }
      const value = attributeValue(attribute);
      if (value === null) {
        refuse(node, `The attribute ${attribute.name}={${(attribute.value as { value: string }).value}} on <${name}> is not a plain number.`, 'Write text as name="text" and numbers as name={9}.');
        attributes[attribute.name] = null;
        continue;
      }
      if (typeof value === 'string' && FORBIDDEN_URL.test(value)) {
        refuse(node, `The attribute "${attribute.name}" on <${name}> holds a "${value.split(':')[0]!.trim()}:" URL.`, 'Link to a page with http(s) or to a path on this site.');
        continue;
      }
      attributes[attribute.name] = value;
    }

    if (name in MDX_COMPONENTS) {
      const spec = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS] as Record<string, AttributeType>;
      for (const key of Object.keys(attributes)) {
        if (!(key in spec)) refuse(node, `<${name}> has no attribute "${key}".`, `<${name}> takes ${Object.keys(spec).join(' and ')}.`);
      }
      for (const [key, type] of Object.entries(spec)) {
        const value = attributes[key];
        const expected = type === 'number' ? 'number' : 'string';
        if (value === undefined) {
          if (type !== 'optional string') refuse(node, `<${name}> is missing its "${key}" attribute.`, type === 'number' ? `Add ${key}={N} with the number written in braces.` : `Add ${key}="…" with the value in quotes.`);
        } else if (value !== null && typeof value !== expected) {
          refuse(node, `<${name}> needs ${key} as a ${expected}.`, type === 'number' ? numberHint(key, String(value)) : `Write ${key}="${value}" in quotes.`);
        }
      }
      const as = attributes.as;
      if (typeof as === 'string' && !(FIG_AS as readonly string[]).includes(as)) {
        refuse(node, `<${name} as="${as}"> is not a way to show a figure.`, `Write as="fall" to show a fall's size without its sign, or leave as out.`);
      }
      if (name === 'Cite') {
        const quote = toString(node);
        scan.citations.push({
          ...at(node),
          source: typeof attributes.source === 'string' ? attributes.source : undefined,
          p: typeof attributes.p === 'number' ? attributes.p : undefined,
          quote,
        });
        return true;
      }
      scan.references.push({
        ...at(node),
        component: name as BodyReference['component'],
        id: typeof attributes.id === 'string' ? attributes.id : undefined,
        ...(as === 'fall' ? { as } : {}),
      });
      return true;
    }
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      refuse(node, `<${name}> is not a component claims can use.`, `Use one of ${Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`).join(', ')}.`);
      return false;
    }
    if (name.toLowerCase() === 'img') {
      refuseImage(node);
      return false;
    }
    if (!ALLOWED_HTML.has(name.toLowerCase())) {
      refuse(node, `<${name}> is not allowed in a claim.`, 'Scripts, styles, frames, embeds and forms are refused; write Markdown, or simple HTML such as <abbr> or <sup>.');
      return false;
    }
    return true;
  };

  visit(tree);
  return scan;
}

/**
 * The parser's error, "5:7: Unexpected closing tag `</Fig>`, expected
 * corresponding closing tag for `<Cite>` (3:1) (mdx-jsx:unexpected-character)",
 * as a problem at its place. A tag it names on an earlier line is placed by
 * how many lines above it is, which stays true in the file.
 */
function syntaxProblem(message: string): BodyProblem {
  const [, at = '1', column = '1', rest = message] = /^(\d+):(\d+): ([\s\S]*)$/.exec(message) ?? [];
  const line = Number(at);
  const reason = rest.replace(/ \([\w-]+:[\w-]+\)$/, '').replace(/ \((\d+):\d+\)/, (_, named: string) => {
    const above = line - Number(named);
    return above > 0 ? ` (${above} line${above === 1 ? '' : 's'} above)` : '';
  });
  return {
    line,
    column: Number(column),
    message: `MDX syntax error: ${reason}`,
    hint: 'Close every tag (<Cite …>…</Cite>), write {…} only as p={9}, and escape a literal < or { with a backslash.',
  };
}

/** How to write a number given as text: p="9" and p="nine" are both p={9}. */
function numberHint(key: string, text: string): string {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : numberFromWords(text);
  return n !== null && Number.isInteger(n) ? `Write ${key}={${n}}, the number in digits and braces.` : `Write ${key} as a number in digits and braces, such as ${key}={9}.`;
}

/** A string, a number written as {9}, or null for any other expression. */
function attributeValue(attribute: MdxJsxAttribute): string | number | null {
  const { value } = attribute;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  const text = value.value.trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}
