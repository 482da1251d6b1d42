import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import {
  applicationHistory,
  applications,
  candidateProfiles,
  candidates,
  candidateTags,
  candidateTombstones,
  files,
  identityLinks,
  jobMatches,
} from '../../store/schema.js';
import { enqueueCandidate } from './outbox.js';

/** Delete a candidate and everything hanging off it, and tombstone the id (inside a transaction). */
export function deleteCandidate(db: Db, candidateId: string, now: string, reason: 'deleted' | 'reconciled' = 'deleted'): void {
  const appIds = db.select({ id: applications.id }).from(applications).where(eq(applications.candidateId, candidateId)).all().map((r) => r.id);
  if (appIds.length) db.delete(applicationHistory).where(inArray(applicationHistory.applicationId, appIds)).run();
  db.delete(applications).where(eq(applications.candidateId, candidateId)).run();
  dropCandidateRow(db, candidateId);
  db.delete(files).where(eq(files.candidateId, candidateId)).run();
  db.insert(candidateTombstones)
    .values({ candidateId, reason: reason === 'reconciled' ? 'deleted' : reason, mergedIntoId: null, removedAt: now })
    .onConflictDoNothing()
    .run();
  enqueueCandidate(db, candidateId, 'candidate_deleted', now);
}

/**
 * Ashby merged `deletedId` into `mergedId`: the merged-away record's applications and files follow the
 * surviving candidate, and the old id is tombstoned so stale copies of it never come back.
 */
export function mergeCandidate(db: Db, deletedId: string, mergedId: string, now: string): void {
  db.update(applications).set({ candidateId: mergedId }).where(eq(applications.candidateId, deletedId)).run();
  db.update(files).set({ candidateId: mergedId }).where(eq(files.candidateId, deletedId)).run();
  dropCandidateRow(db, deletedId);
  db.insert(candidateTombstones)
    .values({ candidateId: deletedId, reason: 'merged', mergedIntoId: mergedId, removedAt: now })
    .onConflictDoUpdate({ target: candidateTombstones.candidateId, set: { reason: 'merged', mergedIntoId: mergedId } })
    .run();
  enqueueCandidate(db, deletedId, 'candidate_merged_away', now);
  enqueueCandidate(db, mergedId, 'candidate_merged_into', now);
}

function dropCandidateRow(db: Db, candidateId: string): void {
  db.delete(candidateTags).where(eq(candidateTags.candidateId, candidateId)).run();
  db.delete(candidateProfiles).where(eq(candidateProfiles.candidateId, candidateId)).run();
  db.delete(identityLinks).where(eq(identityLinks.candidateId, candidateId)).run();
  db.delete(identityLinks).where(eq(identityLinks.otherCandidateId, candidateId)).run();
  db.delete(jobMatches).where(eq(jobMatches.candidateId, candidateId)).run();
  db.delete(candidates).where(eq(candidates.id, candidateId)).run();
}
