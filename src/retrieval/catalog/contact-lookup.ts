import { readCandidateIdsByEmail, readCandidatePhones } from '../../store/contacts.js';
import type { Db } from '../../store/db.js';

/*
 * Candidates by e-mail address or phone number, for "who is ada@example.com?" searches. Contacts are
 * not part of the in-memory catalog (search never filters on them), so this reads the mirror: the
 * primary e-mail through its index, other addresses and phones by one scan, only when the query
 * looks like an address or a number.
 */

/** Ids of candidates with this e-mail address (primary or any other), case-insensitive. */
export function candidatesByEmail(db: Db, email: string): string[] {
  return readCandidateIdsByEmail(db, email);
}

/** Digits of a phone number, the last 10 of them (so "+1 555-101-0000" and "(555) 101-0000" agree). */
function lastTenDigits(value: string): string {
  return value.replace(/\D/g, '').slice(-10);
}

/** Ids of candidates with a phone number whose digits end like `key` (see lastTenDigits). */
export function candidatesByPhone(db: Db, key: string): string[] {
  return readCandidatePhones(db)
    .filter((c) => c.phones.some((n) => n && lastTenDigits(n) === key))
    .map((c) => c.id);
}
