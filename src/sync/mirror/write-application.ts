import { eq } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import { applicationHistory, applications, candidateTombstones } from '../../store/schema.js';
import type { Application, ApplicationHistoryItem } from '../ashby/types.js';
import { enqueueCandidate } from './outbox.js';
import type { WriteOutcome } from './write-candidate.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

/** The hiring-team role that names an application's recruiter (free-text role titles in Ashby). */
const RECRUITER_ROLES = ['recruiter', 'sourcer', 'recruiting coordinator'];

function recruiterOf(app: Application): string | null {
  for (const role of RECRUITER_ROLES) {
    const member = app.hiringTeam.find((m) => m.role.toLowerCase() === role);
    if (member) return member.userId;
  }
  return null;
}

/**
 * Upsert one application (inside a transaction), with its stage history when the payload carries it.
 * Stale copies are ignored. An application whose candidate was deleted is dropped; one whose
 * candidate was merged away is re-pointed at the surviving candidate.
 */
export function writeApplication(db: Db, app: Application, now: string): WriteOutcome {
  let candidateId = app.candidate.id;
  const tomb = db.select().from(candidateTombstones).where(eq(candidateTombstones.candidateId, candidateId)).get();
  if (tomb?.reason === 'merged' && tomb.mergedIntoId) candidateId = tomb.mergedIntoId;
  else if (tomb) return 'tombstoned';

  const updatedAt = normalizeTimestamp(app.updatedAt) ?? now;
  const existing = db
    .select({ updatedAt: applications.updatedAt, candidateId: applications.candidateId })
    .from(applications)
    .where(eq(applications.id, app.id))
    .get();
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    db.update(applications).set({ mirroredAt: now }).where(eq(applications.id, app.id)).run();
    if (app.applicationHistory && existing.updatedAt === updatedAt) writeHistory(db, app.id, app.applicationHistory, updatedAt);
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }

  const stage = app.currentInterviewStage ?? null;
  const row = {
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
    recruiterUserId: recruiterOf(app) ?? app.creditedToUser?.id ?? null,
    createdAt: normalizeTimestamp(app.createdAt) ?? updatedAt,
    updatedAt,
    raw: app as Record<string, unknown>,
    mirroredAt: now,
  };
  db.insert(applications)
    .values({ ...row, historyUpdatedAt: null })
    .onConflictDoUpdate({ target: applications.id, set: row })
    .run();
  if (app.applicationHistory) writeHistory(db, app.id, app.applicationHistory, updatedAt);

  enqueueCandidate(db, candidateId, 'application_changed', now);
  if (existing && existing.candidateId !== candidateId) enqueueCandidate(db, existing.candidateId, 'application_moved', now);
  return existing ? 'updated' : 'inserted';
}

/** Replace an application's stage history; `forUpdatedAt` records which version of the application it matches. */
export function writeHistory(db: Db, applicationId: string, items: ApplicationHistoryItem[], forUpdatedAt: string): void {
  db.delete(applicationHistory).where(eq(applicationHistory.applicationId, applicationId)).run();
  for (const item of items) {
    db.insert(applicationHistory)
      .values({
        id: item.id,
        applicationId,
        stageId: item.stageId ?? null,
        title: item.title,
        stageNumber: item.stageNumber,
        enteredStageAt: normalizeTimestamp(item.enteredStageAt) ?? item.enteredStageAt,
        leftStageAt: normalizeTimestamp(item.leftStageAt),
        raw: item as Record<string, unknown>,
      })
      .onConflictDoUpdate({
        target: applicationHistory.id,
        set: { applicationId, title: item.title, stageNumber: item.stageNumber, leftStageAt: normalizeTimestamp(item.leftStageAt) },
      })
      .run();
  }
  db.update(applications).set({ historyUpdatedAt: forUpdatedAt }).where(eq(applications.id, applicationId)).run();
}
