import { count } from 'drizzle-orm';
import type { Db } from './db.js';
import { candidates } from './schema.js';

/** Rows in the mirror's candidates table. */
export function countCandidates(db: Db): number {
  return db.select({ n: count() }).from(candidates).get()?.n ?? 0;
}
