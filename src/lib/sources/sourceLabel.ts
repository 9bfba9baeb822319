import { formatDateIn, translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Source } from '../content/schema.ts';

/** "Hong Kong Free Press, 7 December 2017" or "CGTN, date not stated"; in Chinese "Hong Kong Free Press，2017年12月7日". */
export function publisherAndDate(source: Pick<Source, 'publisher' | 'published'>, locale: Locale): string {
  const t = translate(locale);
  return t('source.publisherAndDate', { publisher: source.publisher, date: source.published ? formatDateIn(locale, source.published) : t('source.dateNotStated') });
}
