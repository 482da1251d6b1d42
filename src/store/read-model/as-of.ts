import { eq, max } from 'drizzle-orm';
import type { Db } from '../db.js';
import * as s from '../schema.js';

/**
 * When the mirror was last brought up to date: meta `as_of`, else the last successful sync run, else
 * the last successful entity sync. Every door's "as of" is this value.
 */
export function readAsOf(db: Db): string | null {
  const meta = db.select({ value: s.meta.value }).from(s.meta).where(eq(s.meta.key, 'as_of')).get();
  if (meta?.value) return meta.value;
  const run = db.select({ at: max(s.syncRuns.finishedAt) }).from(s.syncRuns).where(eq(s.syncRuns.status, 'ok')).get();
  if (run?.at) return run.at;
  return db.select({ at: max(s.syncState.lastSuccessAt) }).from(s.syncState).get()?.at ?? null;
}
