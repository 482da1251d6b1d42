import type { Db } from '../../src/store/db.js';
import { applicationHistory, applications, archiveReasons, candidates, files, interviewStages, jobPostings, jobs } from '../../src/store/schema.js';

/*
 * Builders for a hand-made mirror in rediscovery tests: stable ids, only the columns rediscovery
 * reads, everything else defaulted.
 */

const T0 = '2024-01-01T00:00:00.000Z';

export const STAGES = [
  { id: 's-screen', title: 'Recruiter Screen', type: 'Active' },
  { id: 's-tech', title: 'Technical Interview', type: 'Active' },
  { id: 's-onsite', title: 'Onsite', type: 'Active' },
  { id: 's-offer', title: 'Offer', type: 'Offer' },
  { id: 's-archived', title: 'Archived', type: 'Archived' },
] as const;
export type StageId = (typeof STAGES)[number]['id'];

export function seedPlan(db: Db): void {
  STAGES.forEach((s, i) => db.insert(interviewStages).values({ ...s, interviewPlanId: 'plan-eng', orderInPlan: i, raw: {} }).run());
  db.insert(archiveReasons)
    .values([
      { id: 'r-timing', text: 'Timing', reasonType: 'RejectedByCandidate', raw: {} },
      { id: 'r-skills', text: 'Lacks Skills/Qualifications', reasonType: 'RejectedByOrg', raw: {} },
      { id: 'r-filled', text: 'Position Filled', reasonType: 'Other', raw: {} },
    ])
    .run();
}

export function addJob(db: Db, id: string, title: string, description?: string, status = 'Open'): void {
  db.insert(jobs).values({ id, title, status, updatedAt: T0, raw: {}, mirroredAt: T0 }).run();
  if (description !== undefined) {
    db.insert(jobPostings).values({ id: `${id}-posting`, jobId: id, title, descriptionPlain: description, updatedAt: T0, raw: {}, mirroredAt: T0 }).run();
  }
}

export function addCandidate(db: Db, id: string, name: string, fields: { position?: string; resume?: string } = {}): void {
  db.insert(candidates).values({ id, name, position: fields.position ?? null, createdAt: T0, updatedAt: T0, raw: { id, name }, mirroredAt: T0 }).run();
  if (fields.resume) {
    db.insert(files).values({ id: `${id}-resume`, candidateId: id, kind: 'resume', name: 'resume.pdf', handle: 'h', status: 'ok', text: fields.resume, extractedAt: T0, updatedAt: T0 }).run();
  }
}

/** An application that went through `through` (in order) and ended with `status`, archived for `reasonId` on `at`. */
export function addApplication(
  db: Db,
  app: { id: string; candidateId: string; jobId: string; status: string; through: StageId[]; reasonId?: string; at?: string },
): void {
  const at = app.at ?? T0;
  const last = STAGES.find((s) => s.id === (app.status === 'Archived' ? 's-archived' : app.through[app.through.length - 1]))!;
  db.insert(applications)
    .values({
      id: app.id,
      candidateId: app.candidateId,
      jobId: app.jobId,
      status: app.status,
      currentStageId: last.id,
      currentStageTitle: last.title,
      currentStageType: last.type,
      archiveReasonId: app.reasonId ?? null,
      archivedAt: app.status === 'Archived' ? at : null,
      createdAt: at,
      updatedAt: at,
      raw: {},
      mirroredAt: at,
    })
    .run();
  app.through.forEach((stageId, i) => {
    const stage = STAGES.find((s) => s.id === stageId)!;
    db.insert(applicationHistory).values({ id: `${app.id}-h${i}`, applicationId: app.id, stageId, title: stage.title, stageNumber: i, enteredStageAt: at, raw: {} }).run();
  });
}
