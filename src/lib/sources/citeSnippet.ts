/**
 * The `<Cite>` an editor pastes into a claim for words selected on a source
 * page. Braces and angle brackets would be read as MDX, so they are escaped.
 */
export function citeSnippet(source: string, p: number, words: string): string {
  const text = words.replace(/\s+/g, ' ').trim().replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;');
  return `<Cite source="${source}" p={${p}}>${text}</Cite>`;
}
