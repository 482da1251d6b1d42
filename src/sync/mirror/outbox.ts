import type { Db } from '../../store/db.js';
import { outbox } from '../../store/schema.js';

/** Record that a candidate changed, for the search indexer (call inside the writing transaction). */
export function enqueueCandidate(db: Db, candidateId: string, reason: string, now: string): void {
  db.insert(outbox).values({ candidateId, reason, createdAt: now }).run();
}
