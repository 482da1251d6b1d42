import type { Db } from '../../store/db.js';
import { prepared } from './statements.js';

/** Record that a candidate changed, for the search indexer (call inside the writing transaction). */
export function enqueueCandidate(db: Db, candidateId: string, reason: string, now: string): void {
  prepared(db, 'INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, ?, ?)').run(candidateId, reason, now);
}
