/**
 * The kinds of change a published claim can record under `corrections`.
 * Order matters: it is the order /methodology/ defines them in. Each kind's
 * name and definition are in the dictionaries (`correction.<kind>` and
 * `correction.<kind>.definition` in src/i18n/).
 */
export const CORRECTION_KIND_KEYS = ['correction', 'update', 'clarification', 'typo'] as const;
export type CorrectionKind = (typeof CORRECTION_KIND_KEYS)[number];
