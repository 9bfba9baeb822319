/**
 * The site's interface words in English: every string a page shows that is
 * not content. `{name}` marks a value filled in by `translate()`. Keys are
 * grouped by where they appear; src/i18n/zh-hant.ts has exactly the same keys
 * (TypeScript and the content check both refuse a missing or extra one).
 */
const en = {
  // Layout
  'layout.skip': 'Skip to content',

  // Verdicts (the scale itself, its order, ratings and shapes: src/lib/verdicts.ts)
  'verdict.accurate': 'Accurate',
  'verdict.accurate.definition': 'The claim matches the primary source, within the rounding the claim itself uses.',
  'verdict.needs-context': 'Accurate, needs context',
  'verdict.needs-context.definition': 'The figure or statement is right, but a reader needs something the claim leaves out (a period, a measure, who counted) to understand it correctly.',
  'verdict.unsupported': 'Unsupported',
  'verdict.unsupported.definition': 'The primary source does not state it, so it cannot be verified here. Other reports of the same briefing may agree, but they do not confirm one another. It may still be true.',
  'verdict.misleading': 'Misleading',
  'verdict.misleading.definition': 'The numbers or words can be found in a source, but the claim presents them so that a reader would draw a wrong conclusion.',
  'verdict.inaccurate': 'Inaccurate',
  'verdict.inaccurate.definition': 'The claim contradicts the primary source beyond any rounding it uses.',

  // Cards
  'card.kicker': 'Fact check',
  'card.claimBy': 'Claim by {claimant}',
  'card.tagline': 'Checked against archived sources, quote by quote',
  'card.claimAlt': '{site} fact check: “{title}” Verdict: {verdict}.',
  'card.siteAlt': '{site}: fact checks checked against archived sources, quote by quote.',

  // Charts

} as const;

export default en;
export type UIKey = keyof typeof en;
/** A dictionary for another language: every key of the English one, and no other. */
export type Dictionary = Record<UIKey, string>;
