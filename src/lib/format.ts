const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2017-12-07` → `7 December 2017`; the site is in British English like its sources. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** Shown wherever a fact is unknown, so absence is explicit rather than blank. */
export const NOT_STATED = 'Not stated';
