/*
 * Email normalisation for matching. Decisions (documented for reviewers):
 * - lowercase and trim the whole address, strip `mailto:` and surrounding `<>`; anything that is not
 *   `local@domain.tld` afterwards is not an email (null).
 * - Gmail ignores dots in the local part and `googlemail.com` is the same mailbox, so both fold there.
 * - `+tag` sub-addresses are dropped only for providers that document plus addressing as an alias of
 *   the same mailbox (Gmail, Outlook/Hotmail/Live, iCloud, Fastmail, Proton). On other domains,
 *   especially company domains, `a+b@` can be a distinct mailbox, so the tag is kept: a missed
 *   duplicate is cheaper than merging two people.
 */

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
const PLUS_ALIAS_DOMAINS = new Set([
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'protonmail.com',
  'proton.me',
  'pm.me',
]);

const EMAIL_SHAPE = /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** Canonical form of an email address for matching, or null when `raw` is not an email address. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  value = value.replace(/^mailto:/, '').replace(/^<|>$/g, '').trim();
  value = value.replace(/\?.*$/, ''); // mailto:a@b.c?subject=…
  if (!EMAIL_SHAPE.test(value)) return null;
  const at = value.lastIndexOf('@');
  let local = value.slice(0, at);
  let domain = value.slice(at + 1).replace(/\.$/, '');
  if (GMAIL_DOMAINS.has(domain)) {
    domain = 'gmail.com';
    local = local.replace(/\./g, '');
  }
  if (PLUS_ALIAS_DOMAINS.has(domain)) local = local.replace(/\+.*$/, '');
  if (!local) return null;
  return `${local}@${domain}`;
}

/*
 * Role and shared mailboxes (jobs@, info@, recruiting@…): several people's applications arrive from
 * them, typically through an agency, so a match on one says nothing about identity.
 */
const ROLE_LOCAL_PARTS = new Set([
  'admin', 'apply', 'applications', 'careers', 'contact', 'cv', 'cvs', 'enquiries', 'hello', 'help', 'hiring', 'hr',
  'info', 'inquiries', 'jobs', 'mail', 'no-reply', 'noreply', 'office', 'people', 'recruit', 'recruiter', 'recruiters',
  'recruiting', 'recruitment', 'resume', 'resumes', 'sales', 'staffing', 'support', 'talent', 'team', 'test',
]);

/** True for role or shared mailboxes such as `jobs@agency.example` that identify no single person. */
export function isRoleEmail(normalized: string): boolean {
  const local = normalized.slice(0, normalized.indexOf('@')).replace(/\+.*$/, '');
  return ROLE_LOCAL_PARTS.has(local);
}
