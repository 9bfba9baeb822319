import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document, type YAMLError } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Finds where a value or key stands in a YAML text. */
export interface YamlLocator {
  /** Where the value at `path` starts, or the nearest parent that exists. */
  locate(path: readonly PropertyKey[]): Position;
  /** Where the key of the last segment of `path` stands (for unknown fields). */
  locateKey(path: readonly PropertyKey[]): Position;
}

export interface YamlDocument extends YamlLocator {
  data: unknown;
  /** Syntax errors, already located. */
  errors: { message: string; at: Position }[];
}

/**
 * Parses YAML keeping source positions, so a schema error on
 * `figures[2].quote` can point at the line the editor has to change.
 * `lineOffset` shifts positions when the YAML is the frontmatter of a file.
 */
export function parseYamlDocument(text: string, lineOffset = 0): YamlDocument {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, at: at(unclosedQuoteStart(doc, e) ?? e.pos[0]) })),
    locate(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) {
          // Point at the key rather than the value when the value is a block.
          return at(node.range[0]);
        }
      }
      return { line: 1 + lineOffset, column: 1 };
    },
    locateKey(path) {
      const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
        if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return this.locate(path);
    },
  };
}

/**
 * The parser reports an unclosed quote where the text ends (the end of the
 * frontmatter); the quote that was never closed is where the editor must look.
 */
function unclosedQuoteStart(doc: Document, error: YAMLError): number | undefined {
  if (error.code !== 'MISSING_CHAR' || !error.message.startsWith('Missing closing')) return undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
      if (quoted && node.range && node.range[1] >= error.pos[0] && start === undefined) start = node.range[0];
    },
  });
  return start;
}

/**
 * A locator for a text that has already been read without positions: the
 * text is parsed with positions only when a position is first read, which
 * for content without problems is never. Each position it hands out is
 * worked out on first use.
 */
export function lazyYamlLocator(text: string, lineOffset = 0): YamlLocator {
  let doc: YamlDocument | undefined;
  const parsed = () => (doc ??= parseYamlDocument(text, lineOffset));
  const lazily = (find: () => Position): Position => {
    let found: Position | undefined;
    const position = () => (found ??= find());
    return {
      get line() {
        return position().line;
      },
      get column() {
        return position().column;
      },
    };
  };
  return {
    locate: (path) => lazily(() => parsed().locate(path)),
    locateKey: (path) => lazily(() => parsed().locateKey(path)),
  };
}
