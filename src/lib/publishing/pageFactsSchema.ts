/**
 * The facts of a built page that the host files need (./pageFacts.ts reads
 * them from its HTML), as a schema: the search staging keeps them in its
 * manifest between builds and checks them against it when it reads them back
 * (src/lib/search/searchStaging.ts).
 */
import { z } from 'astro/zod';

export const pageFactsSchema = z.object({
  /** The page's meta Content-Security-Policy; null when it has none. */
  csp: z.string().nullable(),
  /** Whether the sitemap lists it (isListedPage in ./pageFacts.ts). */
  listed: z.boolean(),
  /** YYYY-MM-DD, from its article:modified_time meta, when it has one. */
  lastmod: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The same page in every language, `x-default` included, as its hreflang links give them. */
  alternates: z.array(z.object({ hreflang: z.string(), href: z.string() })),
});

export type PageFacts = z.infer<typeof pageFactsSchema>;

