import { eq } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/** Replace the stored matches of a job with `results` (ranked in order: rank 1 first), in one transaction. */
export function storeJobMatches(db: Db, jobId: string, results: { candidateId: string; score: number; reasons: string[] }[], now: Date): number {
  const computedAt = now.toISOString();
  db.transaction((tx) => {
    tx.delete(s.jobMatches).where(eq(s.jobMatches.jobId, jobId)).run();
    if (results.length) {
      tx.insert(s.jobMatches)
        .values(results.map((r, i) => ({ jobId, candidateId: r.candidateId, rank: i + 1, score: r.score, reasons: r.reasons, computedAt })))
        .run();
    }
  });
  return results.length;
}
