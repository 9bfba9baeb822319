/**
 * The components an editor may use in a claim, with their attributes. The
 * claim page maps these names to Astro components, so editors write no
 * `import` lines; anything else is refused by the content check.
 */
export const MDX_COMPONENTS = {
  /**
   * `<Cite source="hksar-2017-12-07" p={9}>exact words</Cite>`. On a
   * translated page the words stay verbatim in the source's language;
   * `translation="…"` adds the site's own rendering, shown marked as such.
   */
  Cite: { source: 'string', p: 'number', translation: 'optional string' },
  /**
   * `<Fig id="avg2017" />`: a named figure's value. `as="fall"` prints a
   * fall's size without its sign, for text that already says "fall" or "drop".
   */
  Fig: { id: 'string', as: 'optional string' },
  /** `<Working id="avg2017" />`: how a derived figure was computed. */
  Working: { id: 'string' },
  /** `<Chart id="monthly-decline" />`: one of the site's charts. */
  Chart: { id: 'string' },
} as const satisfies Record<string, Record<string, AttributeType>>;

/** An attribute's type; an optional attribute may be left out. */
export type AttributeType = 'string' | 'number' | 'optional string';

/** The values `<Fig as="…">` takes. */
export const FIG_AS = ['fall'] as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Plain HTML an editor may write; nothing that loads, embeds or runs anything. */
export const ALLOWED_HTML = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
]);

/** Attributes that could run or load something, refused on any element. */
export const FORBIDDEN_ATTRIBUTE = /^(on|style$|srcdoc$|formaction$)/i;
/** URL schemes that run script or smuggle content. */
export const FORBIDDEN_URL = /^\s*(javascript|vbscript|data):/i;
