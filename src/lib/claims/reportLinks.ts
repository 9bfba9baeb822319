/**
 * Links that open a prefilled issue on the site's repository, using the
 * issue forms in .github/ISSUE_TEMPLATE/ (GitHub fills a form field from the
 * query parameter named by its id). Only built when a repository is configured.
 */
export const ISSUE_FORMS = {
  error: { template: 'report-error.yml', pageField: 'page' },
  suggestion: { template: 'suggest-claim.yml', pageField: 'where' },
} as const;

/** "Report an error on this page": the error form with the page's title and URL filled in. */
export function errorReportUrl(repository: string, page: { title: string; url: string }): string {
  const query = new URLSearchParams({ template: ISSUE_FORMS.error.template, title: `Error: ${page.title}`, [ISSUE_FORMS.error.pageField]: page.url });
  return `${repository}/issues/new?${query}`;
}

/** The blank form for suggesting a claim to check. */
export function suggestClaimUrl(repository: string): string {
  return `${repository}/issues/new?${new URLSearchParams({ template: ISSUE_FORMS.suggestion.template })}`;
}
