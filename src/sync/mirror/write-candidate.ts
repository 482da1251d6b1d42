import type { Db } from '../../store/db.js';
import {
  candidateTombstone,
  candidateUpdatedAt,
  dropCandidateTombstone,
  touchCandidate,
  upsertCandidateRow,
  type CandidateRow,
} from '../../store/mirror-writes/candidates.js';
import { candidateFileIds, deleteFileRow, fileHandleRow, insertPendingFile, updateFileHandle, updateFileLabel } from '../../store/mirror-writes/files.js';
import { replaceCandidateTags } from '../../store/mirror-writes/tags.js';
import type { Candidate, FileHandle } from '../ashby/types.js';
import { enqueueCandidate } from './outbox.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged' | 'stale' | 'tombstoned';

/**
 * True when there is no tombstone, or a delete tombstone that Ashby itself contradicts and which is
 * therefore dropped: the candidate was listed by a full pass that started after the delete was
 * recorded, or changed in Ashby after it. (A mistaken or replayed candidateDelete was otherwise never
 * undone, not even by a full sync.) Merge tombstones stand: Ashby no longer has the merged-away id.
 */
function deleteOverruled(db: Db, candidate: Candidate, listedAfter: string | null): boolean {
  const tomb = candidateTombstone(db, candidate.id);
  if (!tomb) return true;
  if (tomb.reason !== 'deleted') return false;
  const changedAt = normalizeTimestamp(candidate.updatedAt);
  const contradicted = (listedAfter !== null && tomb.removedAt < listedAfter) || (!!changedAt && tomb.removedAt < changedAt);
  if (contradicted) dropCandidateTombstone(db, candidate.id);
  return contradicted;
}

/**
 * Upsert one candidate (call inside a transaction). A copy older than the mirror's is ignored, so a
 * late webhook or a page fetched before a newer event never overwrites newer data; a deleted or
 * merged-away candidate is never resurrected by a stale copy.
 */
export function writeCandidate(db: Db, candidate: Candidate, now: string, opts: { listedAfter?: string | null } = {}): WriteOutcome {
  if (!deleteOverruled(db, candidate, opts.listedAfter ?? null)) return 'tombstoned';

  const updatedAt = normalizeTimestamp(candidate.updatedAt) ?? now;
  const stored = candidateUpdatedAt(db, candidate.id);
  if (stored !== null && isStale(updatedAt, stored)) {
    // Still seen by this sync pass: reconciliation must not treat it as deleted.
    touchCandidate(db, candidate.id, now);
    return stored === updatedAt ? 'unchanged' : 'stale';
  }

  upsertCandidateRow(db, candidateRow(candidate, updatedAt, now));

  writeCandidateTags(db, candidate);
  writeCandidateFiles(db, candidate, now);
  enqueueCandidate(db, candidate.id, stored !== null ? 'candidate_updated' : 'candidate_created', now);
  return stored !== null ? 'updated' : 'inserted';
}

/** The mirror row of an Ashby candidate: the columns we query, and the whole record as `raw`. */
function candidateRow(candidate: Candidate, updatedAt: string, now: string): CandidateRow {
  return {
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
    raw: candidate,
    mirroredAt: now,
  };
}

function writeCandidateTags(db: Db, candidate: Candidate): void {
  // Tags arrive embedded; keep the tag table complete even before candidateTag.list runs.
  replaceCandidateTags(
    db,
    candidate.id,
    candidate.tags.map((tag) => ({ id: tag.id, title: tag.title, isArchived: tag.isArchived ?? false, raw: tag })),
  );
}

/**
 * Files are keyed by Ashby file id. A new file, or one whose handle changed, is (re)queued for
 * download; files no longer on the candidate are dropped. Extraction results survive re-syncs.
 */
function writeCandidateFiles(db: Db, candidate: Candidate, now: string): void {
  const handles = new Map<string, { handle: FileHandle; kind: 'resume' | 'attachment' }>();
  for (const h of candidate.fileHandles) handles.set(h.id, { handle: h, kind: 'attachment' });
  if (candidate.resumeFileHandle) handles.set(candidate.resumeFileHandle.id, { handle: candidate.resumeFileHandle, kind: 'resume' });

  for (const id of candidateFileIds(db, candidate.id)) if (!handles.has(id)) deleteFileRow(db, id);

  for (const { handle, kind } of handles.values()) {
    const row = { id: handle.id, candidateId: candidate.id, kind, name: handle.name, handle: handle.handle };
    const existing = fileHandleRow(db, handle.id);
    if (!existing) {
      insertPendingFile(db, row, now);
    } else if (existing.handle !== handle.handle || existing.candidateId !== candidate.id) {
      // Handles are re-signed by Ashby over time; only a different file content needs a new download,
      // but we cannot tell from the handle, so keep the text and just refresh the handle and owner.
      updateFileHandle(db, row, now);
    } else if (existing.kind !== kind || existing.name !== handle.name) {
      updateFileLabel(db, row);
    }
  }
}
