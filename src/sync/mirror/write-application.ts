import type { Db } from '../../store/db.js';
import type { Application, ApplicationHistoryItem } from '../ashby/types.js';
import { recruiterOfTeam } from '../../store/read-model/recruiter.js';
import { enqueueCandidate } from './outbox.js';
import { prepared } from './statements.js';
import type { WriteOutcome } from './write-candidate.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

const APPLICATION_COLUMNS = [
  'id', 'candidate_id', 'job_id', 'status', 'current_stage_id', 'current_stage_title', 'current_stage_type', 'source_id',
  'archive_reason_id', 'archived_at', 'credited_to_user_id', 'recruiter_user_id', 'created_at', 'updated_at', 'raw', 'mirrored_at',
] as const;
// history_updated_at starts empty and is left alone on update: it says which version the stored history matches.
const UPSERT_APPLICATION = `INSERT INTO applications (${APPLICATION_COLUMNS.join(', ')}) VALUES (${APPLICATION_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT(id) DO UPDATE SET ${APPLICATION_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * Upsert one application (inside a transaction), with its stage history when the payload carries it.
 * Stale copies are ignored. An application whose candidate was deleted is dropped; one whose
 * candidate was merged away is re-pointed at the surviving candidate.
 */
export function writeApplication(db: Db, app: Application, now: string): WriteOutcome {
  let candidateId = app.candidate.id;
  const tomb = prepared(db, 'SELECT reason, merged_into_id AS mergedIntoId FROM candidate_tombstones WHERE candidate_id = ?').get(candidateId) as
    | { reason: string; mergedIntoId: string | null }
    | undefined;
  if (tomb?.reason === 'merged' && tomb.mergedIntoId) candidateId = tomb.mergedIntoId;
  else if (tomb) return 'tombstoned';

  const updatedAt = normalizeTimestamp(app.updatedAt) ?? now;
  const existing = prepared(db, 'SELECT updated_at AS updatedAt, candidate_id AS candidateId FROM applications WHERE id = ?').get(app.id) as
    | { updatedAt: string; candidateId: string }
    | undefined;
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    prepared(db, 'UPDATE applications SET mirrored_at = ? WHERE id = ?').run(now, app.id);
    if (app.applicationHistory && existing.updatedAt === updatedAt) writeHistory(db, app.id, app.applicationHistory, updatedAt);
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }

  const stage = app.currentInterviewStage ?? null;
  prepared(db, UPSERT_APPLICATION).run(
    app.id,
    candidateId,
    app.job?.id ?? null,
    app.status,
    stage?.id ?? null,
    stage?.title ?? null,
    stage?.type ?? null,
    app.source?.id ?? null,
    app.archiveReason?.id ?? null,
    normalizeTimestamp(app.archivedAt),
    app.creditedToUser?.id ?? null,
    // The read model's rule (never the credited-to user), stored for users who query the mirror with SQL.
    recruiterOfTeam(app.hiringTeam)?.userId ?? null,
    normalizeTimestamp(app.createdAt) ?? updatedAt,
    updatedAt,
    JSON.stringify(app),
    now,
  );
  if (app.applicationHistory) writeHistory(db, app.id, app.applicationHistory, updatedAt);

  enqueueCandidate(db, candidateId, 'application_changed', now);
  if (existing && existing.candidateId !== candidateId) enqueueCandidate(db, existing.candidateId, 'application_moved', now);
  return existing ? 'updated' : 'inserted';
}

/** Replace an application's stage history; `forUpdatedAt` records which version of the application it matches. */
export function writeHistory(db: Db, applicationId: string, items: ApplicationHistoryItem[], forUpdatedAt: string): void {
  prepared(db, 'DELETE FROM application_history WHERE application_id = ?').run(applicationId);
  const insert = prepared(
    db,
    `INSERT INTO application_history (id, application_id, stage_id, title, stage_number, entered_stage_at, left_stage_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET application_id = excluded.application_id, title = excluded.title, stage_number = excluded.stage_number, left_stage_at = excluded.left_stage_at`,
  );
  for (const item of items) {
    const leftStageAt = normalizeTimestamp(item.leftStageAt);
    insert.run(item.id, applicationId, item.stageId ?? null, item.title, item.stageNumber, normalizeTimestamp(item.enteredStageAt) ?? item.enteredStageAt, leftStageAt, JSON.stringify(item));
  }
  prepared(db, 'UPDATE applications SET history_updated_at = ? WHERE id = ?').run(forUpdatedAt, applicationId);
}
