/** /feed.json: a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the checks, in the Atom feed's order. */
import { timestamp } from '../publishing/atom.ts';
import { entryTitle, feedOrder, lastChanged } from '../publishing/feed.ts';
import { claimPath } from '../url.ts';
import { VERDICTS, verdictLabel } from '../claims/verdicts.ts';
import { envelope, type DataInput } from './input.ts';

export function jsonFeed(input: DataInput) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.site.name,
    description: input.site.description,
    home_page_url: input.url(''),
    feed_url: input.url('feed.json'),
    language: 'en',
    authors: [{ name: input.site.name, url: input.url('') }],
    /** JSON Feed extension (keys starting with "_"): the data files' common fields. */
    _factcheck: envelope(input),
    items: feedOrder(input.claims).map((c) => {
      const verdict = VERDICTS[c.data.verdict];
      return {
        id: input.url(claimPath(c.id)),
        url: input.url(claimPath(c.id)),
        title: entryTitle(c, 'en'),
        summary: c.data.summary,
        content_text: `${verdictLabel(c.data.verdict, 'en')}. ${c.data.summary} Claim by ${c.data.claimant}: \u201c${c.data.claim}\u201d`,
        date_published: timestamp(c.data.published),
        date_modified: timestamp(lastChanged(c)),
        tags: [...c.data.tags],
        _factcheck: { verdict: c.data.verdict, verdict_label: verdictLabel(c.data.verdict, 'en'), rating: verdict.rating },
      };
    }),
  };
}
