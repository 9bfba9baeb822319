/**
 * A URL text fragment (`:~:text=`) that makes the browser scroll to and
 * highlight the exact words. Hyphen, comma and ampersand are delimiters in
 * the syntax, so they are percent-encoded along with everything else.
 */
export function textFragment(words: string): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  return `:~:text=${encode(words.replace(/\s+/g, ' ').trim())}`;
}
