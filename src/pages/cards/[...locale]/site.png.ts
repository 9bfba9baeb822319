import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { everyLocale } from '../../../i18n/paths.ts';
import { siteDescription, siteName } from '../../../lib/content/site.ts';
import { siteCard } from '../../../lib/cards/socialCard.ts';
import { cardPng } from '../../../lib/cards/socialCardImage.ts';

/** One site card per language: cards/site.png, cards/zh-hant/site.png. No cacheKey: drawn (or served from the card cache) on every build. */
export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

/** The Open Graph / Twitter card of every page that is not a claim, in the page's language. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) =>
  new Response(await cardPng(siteCard({ siteName: siteName(locale), description: siteDescription(locale), locale })), { headers: { 'Content-Type': 'image/png' } });
