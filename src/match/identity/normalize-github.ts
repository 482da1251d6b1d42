/*
 * GitHub profiles in the forms people type: `github.com/User`, `www.`, `http`, repo or tab paths
 * (`/user/repo`, `/user?tab=repositories`), `user.github.io`, `gist.github.com/user/…`, `@user`, or a
 * bare username when the link is already typed as GitHub. GitHub logins are case-insensitive, so the
 * canonical form is lowercase. Organisation and site pages (`/orgs/x`, `/features`) give null.
 */

import { parseLooseUrl } from './loose-url.js';

const LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/;
const RESERVED = new Set([
  'about', 'apps', 'blog', 'collections', 'contact', 'customer-stories', 'enterprise', 'events', 'explore', 'features',
  'join', 'login', 'logout', 'marketplace', 'new', 'notifications', 'orgs', 'organizations', 'pricing', 'pulls',
  'search', 'security', 'settings', 'site', 'sponsors', 'team', 'topics', 'trending',
]);

/** Canonical `https://github.com/<login>` (lowercase), or null when `raw` names no GitHub user. */
export function normalizeGitHub(raw: string | null | undefined): string | null {
  const login = gitHubLogin(raw);
  return login ? `https://github.com/${login}` : null;
}

/** The lowercase GitHub login named by `raw`, or null. */
export function gitHubLogin(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  if (value.startsWith('@')) return asLogin(value.slice(1));
  if (LOGIN.test(value.toLowerCase())) return asLogin(value);
  const url = parseLooseUrl(value);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  if (host.endsWith('.github.io')) return asLogin(host.slice(0, -'.github.io'.length));
  if (host === 'gist.github.com') return asLogin(segments[0]);
  if (host !== 'github.com') return null;
  if (segments[0]?.toLowerCase() === 'sponsors') return asLogin(segments[1]);
  return asLogin(segments[0]);
}

function asLogin(candidate: string | undefined): string | null {
  if (!candidate) return null;
  const login = candidate.trim().toLowerCase();
  if (!LOGIN.test(login) || RESERVED.has(login)) return null;
  return login;
}
