import type { Db } from '../../store/db.js';
import type { Candidate, FileHandle } from '../ashby/types.js';
import { enqueueCandidate } from './outbox.js';
import { prepared } from './statements.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged' | 'stale' | 'tombstoned';

const CANDIDATE_COLUMNS = [
  'id', 'name', 'primary_email', 'primary_phone', 'position', 'company', 'school', 'location_summary', 'source_id',
  'credited_to_user_id', 'profile_url', 'resume_file_id', 'created_at', 'updated_at', 'raw', 'mirrored_at',
] as const;
const UPSERT_CANDIDATE = `INSERT INTO candidates (${CANDIDATE_COLUMNS.join(', ')}) VALUES (${CANDIDATE_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT(id) DO UPDATE SET ${CANDIDATE_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * True when there is no tombstone, or a delete tombstone that Ashby itself contradicts and which is
 * therefore dropped: the candidate was listed by a full pass that started after the delete was
 * recorded, or changed in Ashby after it. (A mistaken or replayed candidateDelete was otherwise never
 * undone, not even by a full sync.) Merge tombstones stand: Ashby no longer has the merged-away id.
 */
function deleteOverruled(db: Db, candidate: Candidate, listedAfter: string | null): boolean {
  const tomb = prepared(db, 'SELECT reason, removed_at AS removedAt FROM candidate_tombstones WHERE candidate_id = ?').get(candidate.id) as
    | { reason: string; removedAt: string }
    | undefined;
  if (!tomb) return true;
  if (tomb.reason !== 'deleted') return false;
  const changedAt = normalizeTimestamp(candidate.updatedAt);
  const contradicted = (listedAfter !== null && tomb.removedAt < listedAfter) || (!!changedAt && tomb.removedAt < changedAt);
  if (contradicted) prepared(db, 'DELETE FROM candidate_tombstones WHERE candidate_id = ?').run(candidate.id);
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
  const existing = prepared(db, 'SELECT updated_at AS updatedAt FROM candidates WHERE id = ?').get(candidate.id) as { updatedAt: string } | undefined;
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    // Still seen by this sync pass: reconciliation must not treat it as deleted.
    prepared(db, 'UPDATE candidates SET mirrored_at = ? WHERE id = ?').run(now, candidate.id);
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }

  prepared(db, UPSERT_CANDIDATE).run(
    candidate.id,
    candidate.name,
    candidate.primaryEmailAddress?.value ?? candidate.emailAddresses[0]?.value ?? null,
    candidate.primaryPhoneNumber?.value ?? candidate.phoneNumbers[0]?.value ?? null,
    candidate.position ?? null,
    candidate.company ?? null,
    candidate.school ?? null,
    candidate.location?.locationSummary ?? null,
    candidate.source?.id ?? null,
    candidate.creditedToUser?.id ?? null,
    candidate.profileUrl ?? null,
    candidate.resumeFileHandle?.id ?? null,
    normalizeTimestamp(candidate.createdAt) ?? updatedAt,
    updatedAt,
    JSON.stringify(candidate),
    now,
  );

  writeCandidateTags(db, candidate);
  writeCandidateFiles(db, candidate, now);
  enqueueCandidate(db, candidate.id, existing ? 'candidate_updated' : 'candidate_created', now);
  return existing ? 'updated' : 'inserted';
}

function writeCandidateTags(db: Db, candidate: Candidate): void {
  prepared(db, 'DELETE FROM candidate_tags WHERE candidate_id = ?').run(candidate.id);
  for (const tag of candidate.tags) {
    // Tags arrive embedded; keep the tag table complete even before candidateTag.list runs.
    prepared(db, 'INSERT INTO tags (id, title, is_archived, raw) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(tag.id, tag.title, tag.isArchived ? 1 : 0, JSON.stringify(tag));
    prepared(db, 'INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(candidate.id, tag.id);
  }
}

interface FileRow {
  id: string;
  candidateId: string;
  kind: string;
  name: string;
  handle: string;
}

/**
 * Files are keyed by Ashby file id. A new file, or one whose handle changed, is (re)queued for
 * download; files no longer on the candidate are dropped. Extraction results survive re-syncs.
 */
function writeCandidateFiles(db: Db, candidate: Candidate, now: string): void {
  const handles = new Map<string, { handle: FileHandle; kind: 'resume' | 'attachment' }>();
  for (const h of candidate.fileHandles) handles.set(h.id, { handle: h, kind: 'attachment' });
  if (candidate.resumeFileHandle) handles.set(candidate.resumeFileHandle.id, { handle: candidate.resumeFileHandle, kind: 'resume' });

  const owned = prepared(db, 'SELECT id FROM files WHERE candidate_id = ?').all(candidate.id) as { id: string }[];
  for (const { id } of owned) if (!handles.has(id)) prepared(db, 'DELETE FROM files WHERE id = ?').run(id);

  for (const { handle, kind } of handles.values()) {
    const existing = prepared(db, 'SELECT id, candidate_id AS candidateId, kind, name, handle FROM files WHERE id = ?').get(handle.id) as FileRow | undefined;
    if (!existing) {
      prepared(db, "INSERT INTO files (id, candidate_id, kind, name, handle, status, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)").run(handle.id, candidate.id, kind, handle.name, handle.handle, now);
    } else if (existing.handle !== handle.handle || existing.candidateId !== candidate.id) {
      // Handles are re-signed by Ashby over time; only a different file content needs a new download,
      // but we cannot tell from the handle, so keep the text and just refresh the handle and owner.
      prepared(db, 'UPDATE files SET handle = ?, candidate_id = ?, kind = ?, name = ?, updated_at = ? WHERE id = ?').run(handle.handle, candidate.id, kind, handle.name, now, handle.id);
    } else if (existing.kind !== kind || existing.name !== handle.name) {
      prepared(db, 'UPDATE files SET kind = ?, name = ? WHERE id = ?').run(kind, handle.name, handle.id);
    }
  }
}
