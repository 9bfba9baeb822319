import type { APIRoute } from 'astro';
import { claimsIn } from '../../components/claims/claimsIn.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { everyLocale } from '../../i18n/paths.ts';
import { localeUrl } from '../../i18n/url.ts';
import { atomFeed } from '../../lib/publishing/feed.ts';
import { siteDescription, siteName } from '../../lib/content/site.ts';
import { claimPath, feedPath, withBase } from '../../lib/url.ts';

export const getStaticPaths = everyLocale;

/** The Atom feed of fact checks in each language, newest first (src/lib/publishing/feed.ts): in Chinese, the translated checks. */
export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const page = (path: string) => new URL(localeUrl(locale, path), site).href;
  const claims = (await claimsIn(locale)).filter((c) => locale === DEFAULT_LOCALE || c.translation);
  const body = atomFeed({
    feedUrl: new URL(withBase(import.meta.env.BASE_URL, feedPath(locale)), site).href,
    siteUrl: page(''),
    title: siteName(locale),
    subtitle: siteDescription(locale),
    claims,
    claimUrl: (slug) => page(claimPath(slug)),
    locale,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
