/*
 * LinkedIn profile URLs in the forms people paste: country and mobile subdomains (`uk.`, `de.`, `m.`),
 * `http`, no scheme, trailing slashes, tracking query strings and fragments, language suffixes
 * (`/in/slug/en`), sub-pages (`/in/slug/details/experience`), `/mwlite/in/`, URL-encoded slugs and any
 * case. The legacy `/pub/name/a/b/c` form maps to `/in/name-cba` (LinkedIn's own redirect pattern).
 * Company pages, jobs, short links (`lnkd.in`) and numeric `profile/view?id=` links cannot be resolved
 * offline and give null.
 */

import { parseLooseUrl } from './loose-url.js';

const SLUG_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** Canonical `https://www.linkedin.com/in/<slug>` (slug lowercased and percent-encoded), or null. */
export function normalizeLinkedIn(raw: string | null | undefined): string | null {
  const slug = linkedInSlug(raw);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : null;
}

/** The decoded, lowercased public-profile slug of a LinkedIn URL, or null when it is not one. */
export function linkedInSlug(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const url = parseLooseUrl(value);
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => safeDecode(s));
  if (segments[0]?.toLowerCase() === 'mwlite') segments.shift();
  const kind = segments[0]?.toLowerCase();
  let slug: string | undefined;
  if (kind === 'in') slug = segments[1];
  else if (kind === 'pub' && segments.length >= 5) slug = `${segments[1]}-${segments[4]}${segments[3]}${segments[2]}`;
  else if (kind === 'pub' && segments.length === 2) slug = segments[1];
  if (!slug) return null;
  slug = slug.trim().toLowerCase();
  return SLUG_SHAPE.test(slug) ? slug : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
