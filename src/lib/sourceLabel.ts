import { formatDate, NOT_STATED } from './format.ts';
import type { Source } from './schema.ts';

/** "Hong Kong Free Press, 7 December 2017" or "CGTN, date not stated". */
export function publisherAndDate(source: Pick<Source, 'publisher' | 'published'>): string {
  return `${source.publisher}, ${source.published ? formatDate(source.published) : `date ${NOT_STATED.toLowerCase()}`}`;
}
