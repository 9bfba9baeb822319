/**
 * A fact about a source as its page shows it: the value, and the basis
 * beside it. A fact nobody states is "Not stated" once: a basis that already
 * says so ("Not stated in the archived text…") is shown in its place
 * (`isBasis`: the text is then the basis, in the archive's own language).
 */
export function sourceFact(value: string | null, basis: string, notStated: string): { text: string; basis: string | null; isBasis: boolean } {
  if (value !== null) return { text: value, basis, isBasis: false };
  return /^not stated\b/i.test(basis.trim()) ? { text: basis, basis: null, isBasis: true } : { text: notStated, basis, isBasis: false };
}
