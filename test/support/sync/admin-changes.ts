import type { FakeAshby } from '../../../src/sync/fake/index.js';

/** What `makeAdminChanges` did, so tests can check each kind of change reached the mirror. */
export interface AdminChanges {
  createdCandidateId: string;
  updatedCandidateId: string;
  movedApplicationId: string;
  archivedApplicationId: string;
  deletedCandidateId: string;
  merged: { survivorId: string; removedId: string };
  newApplicationId: string;
}

/**
 * One of every change a recruiter makes in Ashby, on distinct candidates picked deterministically
 * (by creation order) so the changes never step on each other.
 */
export function makeAdminChanges(fake: FakeAshby): AdminChanges {
  const { state, admin } = fake;
  const withApps = state.candidates.all().filter((c) => c.applicationIds.length > 0);
  const pick = (i: number) => withApps[i]!;

  const created = admin.createCandidate({ name: 'Ada Created', email: 'ada.created@example.com', resumeText: 'Ada Created\nStaff engineer, Rust and Go.' }) as { id: string };
  const updatedCandidateId = pick(0).id;
  admin.updateCandidate({ candidateId: updatedCandidateId, position: 'Principal Engineer' });

  const movable = state.applications.get(pick(1).applicationIds[0]!)!;
  const nextStage = state.stagesOf(movable.interviewPlanId).find((s) => s.id !== movable.currentStageId && !['Archived', 'Hired'].includes(s.type))!;
  admin.moveApplicationStage({ applicationId: movable.id, interviewStageId: nextStage.id });

  const archivable = state.applications.get(pick(2).applicationIds[0]!)!;
  const reason = state.archiveReasons.all().find((r) => !r.isArchived)!;
  admin.archiveApplication({ applicationId: archivable.id, archiveReasonId: reason.id });

  const deletedCandidateId = pick(3).id;
  admin.deleteCandidate({ candidateId: deletedCandidateId });

  const survivorId = pick(4).id;
  const removedId = pick(5).id;
  admin.mergeCandidates({ survivorId, removedId });

  const job = state.jobs.all().find((j) => j.status === 'Open')!;
  const app = admin.createApplication({ candidateId: created.id, jobId: job.id }) as { id: string };

  return {
    createdCandidateId: created.id,
    updatedCandidateId,
    movedApplicationId: movable.id,
    archivedApplicationId: archivable.id,
    deletedCandidateId,
    merged: { survivorId, removedId },
    newApplicationId: app.id,
  };
}
