/**
 * The site's interface words in English: every string a page shows that is
 * not content. `{name}` marks a value filled in by `translate()`. Keys are
 * grouped by where they appear; src/i18n/zh-hant.ts has exactly the same keys
 * (TypeScript and the content check both refuse a missing or extra one).
 */
const en = {
  // Layout
  'layout.skip': 'Skip to content',

  // Charts

} as const;

export default en;
export type UIKey = keyof typeof en;
/** A dictionary for another language: every key of the English one, and no other. */
export type Dictionary = Record<UIKey, string>;
