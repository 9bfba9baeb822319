import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { SITE_NAME } from '../../../lib/site.ts';
import { claimCard } from '../../../lib/socialCard.ts';
import { renderCard } from '../../../lib/socialCardImage.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('claims')).map((c) => ({ params: { slug: c.id } }));

/** A claim's Open Graph / Twitter card: 1200×630 PNG from the same data as its page. */
export const GET: APIRoute = async ({ params }) => {
  const { data } = (await getEntry('claims', params.slug!))!;
  const png = await renderCard(claimCard({ title: data.title, verdict: data.verdict, claimant: data.claimant, siteName: SITE_NAME }));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
