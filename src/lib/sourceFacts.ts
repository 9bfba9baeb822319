import { NOT_STATED } from './format.ts';

/**
 * A fact about a source as its page shows it: the value, and the basis
 * beside it. A fact nobody states is "Not stated" once: a basis that already
 * says so ("Not stated in the archived text…") is shown in its place.
 */
export function sourceFact(value: string | null, basis: string): { text: string; basis: string | null } {
  if (value !== null) return { text: value, basis };
  return /^not stated\b/i.test(basis.trim()) ? { text: basis, basis: null } : { text: NOT_STATED, basis };
}
