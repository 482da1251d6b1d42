import { inArray } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/** Primary e-mail and phone by candidate id (ids not in the mirror are absent). */
export function readPrimaryContacts(db: Db, candidateIds: string[]): Record<string, { email: string | null; phone: string | null }> {
  if (!candidateIds.length) return {};
  const rows = db.select({ id: s.candidates.id, email: s.candidates.primaryEmail, phone: s.candidates.primaryPhone }).from(s.candidates).where(inArray(s.candidates.id, candidateIds)).all();
  return Object.fromEntries(rows.map((r) => [r.id, { email: r.email, phone: r.phone }]));
}
