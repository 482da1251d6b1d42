import { nicknameGroups } from './nicknames.js';
import type { PreparedCandidate } from './prepare.js';

/*
 * Blocking keys: two records are compared only when they share a key, which keeps account-wide
 * detection near-linear. Keys cover every way the decision can say "same": each identifier, and name
 * keys robust to the variants the name matcher accepts — last name + first initial (initials, typos
 * in the first name), last name + nickname group (Bob/Robert), the sorted name tokens (swapped order),
 * first name + company (a typo or change in the surname).
 */
export function blockingKeys(c: PreparedCandidate): string[] {
  const keys: string[] = [];
  for (const email of c.emails) keys.push(`e:${email}`);
  for (const slug of c.linkedInSlugs) keys.push(`l:${slug}`);
  for (const login of c.gitHubLogins) keys.push(`g:${login}`);
  for (const phone of c.phones) keys.push(`p:${phone.national}`);
  const name = c.name;
  if (name && name.last) {
    keys.push(`n:${name.last}|${name.first[0]}`);
    keys.push(`s:${[name.first, name.last].sort().join('|')}`);
    for (const group of nicknameGroups(name.first)) keys.push(`k:${name.last}|${group}`);
    // Goes by the middle name: "J. Robert Smith".
    if (name.middles[0]) keys.push(`n:${name.last}|${name.middles[0][0]}`);
    if (c.company) keys.push(`c:${c.company.key}|${name.first}`);
    for (const token of name.surnameTokens) if (token !== name.last) keys.push(`n:${token}|${name.first[0]}`);
  } else if (name) {
    keys.push(`o:${name.first}`);
  }
  return keys;
}

/** Name-derived keys (as opposed to identifiers), which get a smaller block-size cap. */
export function isNameKey(key: string): boolean {
  return !(key.startsWith('e:') || key.startsWith('l:') || key.startsWith('g:') || key.startsWith('p:'));
}
