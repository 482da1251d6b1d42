import type { Db } from '../../store/db.js';
import { appendOutbox } from '../../store/mirror-writes/outbox.js';

/** Record that a candidate changed, for the search indexer (call inside the writing transaction). */
export function enqueueCandidate(db: Db, candidateId: string, reason: string, now: string): void {
  appendOutbox(db, { candidateId, reason, createdAt: now });
}
