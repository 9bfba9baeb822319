import type { ClaimLike } from '../claims/claims.ts';
import { claimPath, withBase } from '../url.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Every former address of a claim (its `aliases`) → its current page, under the base path. */
export function aliasRedirects(claims: readonly ClaimLike[], base: string): Redirect[] {
  return claims
    .flatMap((claim) => claim.data.aliases.map((alias) => ({ from: withBase(base, claimPath(alias)), to: withBase(base, claimPath(claim.id)) })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** The `_redirects` file read by Netlify and Cloudflare Pages: permanent redirects. */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
