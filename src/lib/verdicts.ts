/**
 * The verdict scale. Order matters: it is the order of the claims index and
 * of the ClaimReview rating (5 = accurate … 1 = inaccurate).
 */
export const VERDICTS = {
  accurate: {
    label: 'Accurate',
    rating: 5,
    icon: 'check',
    definition: 'The claim matches the primary source, within the rounding the claim itself uses.',
  },
  'needs-context': {
    label: 'Accurate, needs context',
    rating: 4,
    icon: 'info',
    definition: 'The figure or statement is right, but a reader needs something the claim leaves out (a period, a measure, who counted) to understand it correctly.',
  },
  unsupported: {
    label: 'Unsupported',
    rating: 3,
    icon: 'question',
    definition: 'The primary source does not state it, so it cannot be verified here. Other reports of the same briefing may agree, but they do not confirm one another. It may still be true.',
  },
  misleading: {
    label: 'Misleading',
    rating: 2,
    icon: 'warning',
    definition: 'The numbers or words can be found in a source, but the claim presents them so that a reader would draw a wrong conclusion.',
  },
  inaccurate: {
    label: 'Inaccurate',
    rating: 1,
    icon: 'cross',
    definition: 'The claim contradicts the primary source beyond any rounding it uses.',
  },
} as const;

export type Verdict = keyof typeof VERDICTS;
export const VERDICT_KEYS = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];
