import { translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

/**
 * The verdict scale. Order matters: it is the order of the claims index and
 * of the ClaimReview rating (5 = accurate … 1 = inaccurate). The words for
 * each verdict, its name and definition, are in the dictionaries
 * (`verdict.<key>`, `verdict.<key>.definition` in src/i18n/).
 */
export const VERDICTS = {
  accurate: { rating: 5, icon: 'check' },
  'needs-context': { rating: 4, icon: 'info' },
  unsupported: { rating: 3, icon: 'question' },
  misleading: { rating: 2, icon: 'warning' },
  inaccurate: { rating: 1, icon: 'cross' },
} as const;

export type Verdict = keyof typeof VERDICTS;
export const VERDICT_KEYS = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

/** The verdict's name: `verdictLabel('unsupported', 'en')` → `Unsupported`. */
export const verdictLabel = (verdict: Verdict, locale: Locale) => translate(locale)(`verdict.${verdict}`);
/** What the verdict means, as /methodology/ defines it. */
export const verdictDefinition = (verdict: Verdict, locale: Locale) => translate(locale)(`verdict.${verdict}.definition`);
