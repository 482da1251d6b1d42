import type { InferInsertModel } from 'drizzle-orm';
import type { Db } from '../db.js';
import { candidates, candidateTombstones } from '../schema.js';
import { columnList, everyKey, prepared, upsertSql } from './prepared.js';

/** A candidate as the sync writes it: every column of `candidates`. */
export type CandidateRow = Required<InferInsertModel<typeof candidates>>;

const CANDIDATE_COLUMNS = columnList(candidates, everyKey<CandidateRow>()([
  'id', 'name', 'primaryEmail', 'primaryPhone', 'position', 'company', 'school', 'locationSummary', 'sourceId',
  'creditedToUserId', 'profileUrl', 'resumeFileId', 'createdAt', 'updatedAt', 'raw', 'mirroredAt',
]));
const UPSERT_CANDIDATE = upsertSql('candidates', CANDIDATE_COLUMNS.names);

/** Insert the candidate, or replace every column of the stored one. */
export function upsertCandidateRow(db: Db, row: CandidateRow): void {
  prepared(db, UPSERT_CANDIDATE).run(...CANDIDATE_COLUMNS.values(row));
}

/** The stored candidate's `updatedAt`, or null when the mirror does not have it. */
export function candidateUpdatedAt(db: Db, id: string): string | null {
  const row = prepared(db, 'SELECT updated_at AS updatedAt FROM candidates WHERE id = ?').get(id) as Pick<CandidateRow, 'updatedAt'> | undefined;
  return row?.updatedAt ?? null;
}

/** Mark the candidate as seen by a sync pass at `now`, without changing its data. */
export function touchCandidate(db: Db, id: string, now: string): void {
  prepared(db, 'UPDATE candidates SET mirrored_at = ? WHERE id = ?').run(now, id);
}

/** True when the mirror has a row for the candidate. */
export function candidateRowExists(db: Db, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM candidates WHERE id = ?').get(id) !== undefined;
}

type CandidateTombstone = Pick<InferInsertModel<typeof candidateTombstones>, 'reason' | 'removedAt'> & { mergedIntoId: string | null };

/** The tombstone of a deleted or merged-away candidate, or null. */
export function candidateTombstone(db: Db, candidateId: string): CandidateTombstone | null {
  const row = prepared(db, 'SELECT reason, merged_into_id AS mergedIntoId, removed_at AS removedAt FROM candidate_tombstones WHERE candidate_id = ?').get(candidateId) as
    | CandidateTombstone
    | undefined;
  return row ?? null;
}

/** Drop the candidate's tombstone (Ashby contradicted the delete). */
export function dropCandidateTombstone(db: Db, candidateId: string): void {
  prepared(db, 'DELETE FROM candidate_tombstones WHERE candidate_id = ?').run(candidateId);
}
