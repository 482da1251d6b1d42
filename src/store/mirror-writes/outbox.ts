import type { InferInsertModel } from 'drizzle-orm';
import type { Db } from '../db.js';
import type { outbox } from '../schema.js';
import { prepared } from './prepared.js';

/** One change record for the search indexer (its `seq` is assigned by SQLite). */
type OutboxEntry = Required<Pick<InferInsertModel<typeof outbox>, 'candidateId' | 'reason' | 'createdAt'>>;

/** Append a change record (call inside the writing transaction). */
export function appendOutbox(db: Db, entry: OutboxEntry): void {
  prepared(db, 'INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, ?, ?)').run(entry.candidateId, entry.reason, entry.createdAt);
}
