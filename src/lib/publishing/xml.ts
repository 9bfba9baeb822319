/** Escapes text for XML content and attribute values (both quote kinds). */
export function escapeXml(text: string): string {
  return text
    // Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
