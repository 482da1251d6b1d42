import { inArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/** Primary e-mail and phone by candidate id (ids not in the mirror are absent). */
export function readPrimaryContacts(db: Db, candidateIds: string[]): Record<string, { email: string | null; phone: string | null }> {
  if (!candidateIds.length) return {};
  const rows = db.select({ id: s.candidates.id, email: s.candidates.primaryEmail, phone: s.candidates.primaryPhone }).from(s.candidates).where(inArray(s.candidates.id, candidateIds)).all();
  return Object.fromEntries(rows.map((r) => [r.id, { email: r.email, phone: r.phone }]));
}

/**
 * Ids of candidates with this e-mail address (primary or any other in Ashby's record), case-insensitive.
 * The other addresses are read with json_each over `raw`, a table-valued function drizzle has no
 * builder for, so the query is SQL; the primary address goes through its index.
 */
export function readCandidateIdsByEmail(db: Db, email: string): string[] {
  const e = email.trim().toLowerCase();
  return db.$client
    .prepare(
      `SELECT id FROM candidates WHERE lower(primary_email) = @e
       UNION
       SELECT c.id FROM candidates c, json_each(c.raw, '$.emailAddresses') x
        WHERE json_valid(c.raw) AND lower(json_extract(x.value, '$.value')) = @e`,
    )
    .pluck()
    .all({ e }) as string[];
}

/** Every candidate's phone numbers as written: the primary one (or '' when none) first, then Ashby's other numbers. */
export function readCandidatePhones(db: Db): { id: string; phones: string[] }[] {
  // json_extract/json_valid: drizzle has no JSON path builder; the list is parsed here, not by callers.
  const rows = db
    .select({ id: s.candidates.id, main: s.candidates.primaryPhone, others: sql<string | null>`json_extract(${s.candidates.raw}, '$.phoneNumbers')` })
    .from(s.candidates)
    .where(sql`json_valid(${s.candidates.raw})`)
    .all();
  return rows.map((r) => ({ id: r.id, phones: [r.main ?? '', ...valuesOf(r.others)] }));
}

/** The `value` strings of a JSON list of `{ value }` objects ('' for an entry without one); [] for anything else. */
function valuesOf(json: string | null): string[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.map((x) => (x && typeof x === 'object' && typeof (x as { value?: unknown }).value === 'string' ? (x as { value: string }).value : '')) : [];
  } catch {
    return [];
  }
}
