/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/): a link to a
 * source's original page also carries the address of this site's archived
 * copy and the day the text entered the archive, so a reader or a tool can
 * reach the text as it was when the original moves or vanishes. Only the
 * site's own archive is named: no third-party archive address is recorded.
 */
export interface RobustLinkAttributes {
  'data-originalurl': string;
  'data-versionurl': string;
  'data-versiondate': string;
}

/**
 * The three Robust Links attributes for a link to a source's original:
 * `archived` is the source's archive date, `archivedCopyUrl` the absolute URL
 * of its source page. A source without an original URL has no such link.
 */
export function robustLinkAttributes(originalUrl: string, archived: string, archivedCopyUrl: string): RobustLinkAttributes {
  return { 'data-originalurl': originalUrl, 'data-versionurl': archivedCopyUrl, 'data-versiondate': archived };
}
