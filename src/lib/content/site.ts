/**
 * The site's configuration (content/site.yaml), read once per build. The
 * content check has already refused a malformed file with its line; this
 * throws the same problems if the build is reached some other way.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { loadSiteConfig } from '../check/site.ts';
import { ContentError } from './problems.ts';
import type { SiteConfig } from './schema.ts';

function readSiteConfig(root: string): SiteConfig {
  const { site, problems } = loadSiteConfig(root);
  if (!site || problems.length) throw new ContentError(problems);
  return site;
}

export const SITE: SiteConfig = readSiteConfig(process.cwd());
export const SITE_NAME = SITE.name;
export const SITE_DESCRIPTION = SITE.description;

/** The site's name in a language: `NECII Fact Check`, `NECII 事實查核`. */
export const siteName = (locale: Locale) => (locale === DEFAULT_LOCALE ? SITE.name : SITE.translations[locale].name);
export const siteDescription = (locale: Locale) => (locale === DEFAULT_LOCALE ? SITE.description : SITE.translations[locale].description);
