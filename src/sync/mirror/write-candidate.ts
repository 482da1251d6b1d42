import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import { candidates, candidateTags, candidateTombstones, files, tags } from '../../store/schema.js';
import type { Candidate, FileHandle } from '../ashby/types.js';
import { enqueueCandidate } from './outbox.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged' | 'stale' | 'tombstoned';

/**
 * Upsert one candidate (call inside a transaction). A copy older than the mirror's is ignored, so a
 * late webhook or a page fetched before a newer event never overwrites newer data; a deleted or
 * merged-away candidate is never resurrected by a stale copy.
 */
export function writeCandidate(db: Db, candidate: Candidate, now: string): WriteOutcome {
  const tomb = db.select().from(candidateTombstones).where(eq(candidateTombstones.candidateId, candidate.id)).get();
  if (tomb) return 'tombstoned';

  const updatedAt = normalizeTimestamp(candidate.updatedAt) ?? now;
  const existing = db.select({ updatedAt: candidates.updatedAt }).from(candidates).where(eq(candidates.id, candidate.id)).get();
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    // Still seen by this sync pass: reconciliation must not treat it as deleted.
    db.update(candidates).set({ mirroredAt: now }).where(eq(candidates.id, candidate.id)).run();
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }

  const row = {
    id: candidate.id,
    name: candidate.name,
    primaryEmail: candidate.primaryEmailAddress?.value ?? candidate.emailAddresses[0]?.value ?? null,
    primaryPhone: candidate.primaryPhoneNumber?.value ?? candidate.phoneNumbers[0]?.value ?? null,
    position: candidate.position ?? null,
    company: candidate.company ?? null,
    school: candidate.school ?? null,
    locationSummary: candidate.location?.locationSummary ?? null,
    sourceId: candidate.source?.id ?? null,
    creditedToUserId: candidate.creditedToUser?.id ?? null,
    profileUrl: candidate.profileUrl ?? null,
    resumeFileId: candidate.resumeFileHandle?.id ?? null,
    createdAt: normalizeTimestamp(candidate.createdAt) ?? updatedAt,
    updatedAt,
    raw: candidate as Record<string, unknown>,
    mirroredAt: now,
  };
  db.insert(candidates).values(row).onConflictDoUpdate({ target: candidates.id, set: row }).run();

  writeCandidateTags(db, candidate);
  writeCandidateFiles(db, candidate, now);
  enqueueCandidate(db, candidate.id, existing ? 'candidate_updated' : 'candidate_created', now);
  return existing ? 'updated' : 'inserted';
}

function writeCandidateTags(db: Db, candidate: Candidate): void {
  db.delete(candidateTags).where(eq(candidateTags.candidateId, candidate.id)).run();
  for (const tag of candidate.tags) {
    // Tags arrive embedded; keep the tag table complete even before candidateTag.list runs.
    db.insert(tags)
      .values({ id: tag.id, title: tag.title, isArchived: tag.isArchived ?? false, raw: tag as Record<string, unknown> })
      .onConflictDoNothing()
      .run();
    db.insert(candidateTags).values({ candidateId: candidate.id, tagId: tag.id }).onConflictDoNothing().run();
  }
}

/**
 * Files are keyed by Ashby file id. A new file, or one whose handle changed, is (re)queued for
 * download; files no longer on the candidate are dropped. Extraction results survive re-syncs.
 */
function writeCandidateFiles(db: Db, candidate: Candidate, now: string): void {
  const handles = new Map<string, { handle: FileHandle; kind: 'resume' | 'attachment' }>();
  for (const h of candidate.fileHandles) handles.set(h.id, { handle: h, kind: 'attachment' });
  if (candidate.resumeFileHandle) handles.set(candidate.resumeFileHandle.id, { handle: candidate.resumeFileHandle, kind: 'resume' });

  const ids = [...handles.keys()];
  const stale = db.delete(files).where(ids.length ? and(eq(files.candidateId, candidate.id), notInArray(files.id, ids)) : eq(files.candidateId, candidate.id));
  stale.run();

  for (const { handle, kind } of handles.values()) {
    const existing = db.select({ handle: files.handle, candidateId: files.candidateId }).from(files).where(eq(files.id, handle.id)).get();
    if (!existing) {
      db.insert(files)
        .values({ id: handle.id, candidateId: candidate.id, kind, name: handle.name, handle: handle.handle, status: 'pending', updatedAt: now })
        .run();
    } else if (existing.handle !== handle.handle || existing.candidateId !== candidate.id) {
      // Handles are re-signed by Ashby over time; only a different file content needs a new download,
      // but we cannot tell from the handle, so keep the text and just refresh the handle and owner.
      db.update(files).set({ handle: handle.handle, candidateId: candidate.id, kind, name: handle.name, updatedAt: now }).where(eq(files.id, handle.id)).run();
    } else {
      db.update(files).set({ kind, name: handle.name }).where(eq(files.id, handle.id)).run();
    }
  }
}
