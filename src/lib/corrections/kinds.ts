/**
 * The kinds of change a published claim can record under `corrections`.
 * Order matters: it is the order /methodology/ defines them in.
 */
export const CORRECTION_KINDS = {
  correction: {
    label: 'Correction',
    definition: 'A fact, figure, quotation or verdict on the page was wrong and has been put right. A changed verdict is always a correction, and the page shows the old verdict next to the new one.',
  },
  update: {
    label: 'Update',
    definition: 'New information has been added, such as a source published or archived after the check; what the page said before was not wrong.',
  },
  clarification: {
    label: 'Clarification',
    definition: 'Wording has been changed so that it is harder to misread; the finding and the verdict are unchanged.',
  },
  typo: {
    label: 'Silent fix',
    definition: 'A spelling, grammar or formatting slip that changes no meaning. We may make these without a note on the page, but when one is recorded it is named as such.',
  },
} as const;

export type CorrectionKind = keyof typeof CORRECTION_KINDS;
export const CORRECTION_KIND_KEYS = Object.keys(CORRECTION_KINDS) as [CorrectionKind, ...CorrectionKind[]];
