import type { Db } from '../../store/db.js';

/*
 * Candidates by e-mail address or phone number, for "who is ada@example.com?" searches. Contacts are
 * not part of the in-memory catalog (search never filters on them), so this reads the mirror: the
 * primary e-mail through its index, other addresses and phones by one scan, only when the query
 * looks like an address or a number.
 */

/** Ids of candidates with this e-mail address (primary or any other), case-insensitive. */
export function candidatesByEmail(db: Db, email: string): string[] {
  const e = email.trim().toLowerCase();
  const rows = db.$client
    .prepare(
      `SELECT id FROM candidates WHERE lower(primary_email) = @e
       UNION
       SELECT c.id FROM candidates c, json_each(c.raw, '$.emailAddresses') x
        WHERE json_valid(c.raw) AND lower(json_extract(x.value, '$.value')) = @e`,
    )
    .all({ e }) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Digits of a phone number, the last 10 of them (so "+1 555-101-0000" and "(555) 101-0000" agree). */
export function phoneKey(value: string): string {
  return value.replace(/\D/g, '').slice(-10);
}

/** Ids of candidates with a phone number whose digits end like `key` (see phoneKey). */
export function candidatesByPhone(db: Db, key: string): string[] {
  const rows = db.$client
    .prepare(`SELECT id, primary_phone AS main, json_extract(raw, '$.phoneNumbers') AS others FROM candidates WHERE json_valid(raw)`)
    .all() as { id: string; main: string | null; others: string | null }[];
  const out: string[] = [];
  for (const r of rows) {
    const numbers = [r.main ?? '', ...parseValues(r.others)];
    if (numbers.some((n) => n && phoneKey(n) === key)) out.push(r.id);
  }
  return out;
}

function parseValues(json: string | null): string[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.map((x) => (x && typeof x === 'object' && typeof (x as { value?: unknown }).value === 'string' ? (x as { value: string }).value : '')) : [];
  } catch {
    return [];
  }
}
