import { and, asc, gt, lte, max } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/** Highest outbox seq (0 when empty). */
export function outboxHead(db: Db): number {
  return db.select({ seq: max(s.outbox.seq) }).from(s.outbox).get()?.seq ?? 0;
}

/** Distinct candidate ids of outbox rows in (after, upTo]. */
export function outboxCandidates(db: Db, after: number, upTo: number): string[] {
  return db
    .selectDistinct({ id: s.outbox.candidateId })
    .from(s.outbox)
    .where(and(gt(s.outbox.seq, after), lte(s.outbox.seq, upTo)))
    .all()
    .map((r) => r.id);
}

/** The next `limit` outbox rows after `after`, in seq order: one batch of the indexer's drain. */
export function outboxRowsAfter(db: Db, after: number, limit: number): { seq: number; candidateId: string }[] {
  return db
    .select({ seq: s.outbox.seq, candidateId: s.outbox.candidateId })
    .from(s.outbox)
    .where(gt(s.outbox.seq, after))
    .orderBy(asc(s.outbox.seq))
    .limit(limit)
    .all();
}
