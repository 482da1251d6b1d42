import type { Db } from '../../store/db.js';
import {
  applicationVersion,
  replaceApplicationHistory,
  touchApplication,
  upsertApplicationRow,
  type ApplicationRow,
} from '../../store/mirror-writes/applications.js';
import { candidateTombstone } from '../../store/mirror-writes/candidates.js';
import { recruiterOfTeam } from '../../store/read-model/recruiter.js';
import type { Application, ApplicationHistoryItem } from '../ashby/types.js';
import { enqueueCandidate } from './outbox.js';
import type { WriteOutcome } from './write-candidate.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

/**
 * Upsert one application (inside a transaction), with its stage history when the payload carries it.
 * Stale copies are ignored. An application whose candidate was deleted is dropped; one whose
 * candidate was merged away is re-pointed at the surviving candidate.
 */
export function writeApplication(db: Db, app: Application, now: string): WriteOutcome {
  let candidateId = app.candidate.id;
  const tomb = candidateTombstone(db, candidateId);
  if (tomb?.reason === 'merged' && tomb.mergedIntoId) candidateId = tomb.mergedIntoId;
  else if (tomb) return 'tombstoned';

  const updatedAt = normalizeTimestamp(app.updatedAt) ?? now;
  const existing = applicationVersion(db, app.id);
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    touchApplication(db, app.id, now);
    if (app.applicationHistory && existing.updatedAt === updatedAt) writeHistory(db, app.id, app.applicationHistory, updatedAt);
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }

  upsertApplicationRow(db, applicationRow(app, candidateId, updatedAt, now));
  if (app.applicationHistory) writeHistory(db, app.id, app.applicationHistory, updatedAt);

  enqueueCandidate(db, candidateId, 'application_changed', now);
  if (existing && existing.candidateId !== candidateId) enqueueCandidate(db, existing.candidateId, 'application_moved', now);
  return existing ? 'updated' : 'inserted';
}

/** The mirror row of an Ashby application (re-pointed at `candidateId`): the columns we query, and the whole record as `raw`. */
function applicationRow(app: Application, candidateId: string, updatedAt: string, now: string): ApplicationRow {
  const stage = app.currentInterviewStage ?? null;
  return {
    id: app.id,
    candidateId,
    jobId: app.job?.id ?? null,
    status: app.status,
    currentStageId: stage?.id ?? null,
    currentStageTitle: stage?.title ?? null,
    currentStageType: stage?.type ?? null,
    sourceId: app.source?.id ?? null,
    archiveReasonId: app.archiveReason?.id ?? null,
    archivedAt: normalizeTimestamp(app.archivedAt),
    creditedToUserId: app.creditedToUser?.id ?? null,
    // The read model's rule (never the credited-to user), stored for users who query the mirror with SQL.
    recruiterUserId: recruiterOfTeam(app.hiringTeam)?.userId ?? null,
    createdAt: normalizeTimestamp(app.createdAt) ?? updatedAt,
    updatedAt,
    raw: app,
    mirroredAt: now,
  };
}

/** Replace an application's stage history; `forUpdatedAt` records which version of the application it matches. */
export function writeHistory(db: Db, applicationId: string, items: ApplicationHistoryItem[], forUpdatedAt: string): void {
  const rows = items.map((item) => ({
    id: item.id,
    applicationId,
    stageId: item.stageId ?? null,
    title: item.title,
    stageNumber: item.stageNumber,
    enteredStageAt: normalizeTimestamp(item.enteredStageAt) ?? item.enteredStageAt,
    leftStageAt: normalizeTimestamp(item.leftStageAt),
    raw: item,
  }));
  replaceApplicationHistory(db, applicationId, rows, forUpdatedAt);
}
