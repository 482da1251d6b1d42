import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../store/db.js';
import { candidateRowExists, candidateTombstone } from '../../store/mirror-writes/candidates.js';
import { jobPostings, meta } from '../../store/schema.js';
import * as A from '../ashby/types.js';
import { deleteCandidate, mergeCandidate } from '../mirror/remove-candidate.js';
import { writeApplication } from '../mirror/write-application.js';
import { writeJob, writeJobPosting } from '../mirror/write-reference.js';

/** Work an event leaves for later: Ashby payloads are slim, so some records must be re-fetched. */
export type FollowUp =
  | { kind: 'candidate'; candidateId: string }
  | { kind: 'application'; applicationId: string }
  | { kind: 'job'; jobId: string }
  | { kind: 'jobCreated'; jobId: string };

interface ApplyResult {
  status: 'applied' | 'ignored';
  followUps: FollowUp[];
}

const ApplicationData = z.looseObject({ application: A.Application });
const CandidateIdData = z.looseObject({ candidate: z.looseObject({ id: z.string() }) });
const MergeData = z.looseObject({ deletedCandidate: z.looseObject({ id: z.string() }), mergedCandidate: z.looseObject({ id: z.string() }) });
const JobData = z.looseObject({ job: A.Job });
const PostingData = z.looseObject({ jobPosting: A.JobPosting });
const PlanTransitionData = z.looseObject({ jobId: z.string() });

const APPLICATION_ACTIONS = new Set(['applicationSubmit', 'applicationUpdate', 'candidateStageChange', 'candidateHire', 'pushToHRIS']);

/** True when the mirror has the candidate, or a tombstone that decides what happens to its applications. */
export function candidateKnown(db: Db, candidateId: string): boolean {
  return candidateRowExists(db, candidateId) || candidateTombstone(db, candidateId) !== null;
}

/**
 * Apply one stored webhook event to the mirror (synchronously, inside a transaction). Stale payloads
 * lose to newer mirror rows through the same `updatedAt` rule the sync uses. Throws on a payload
 * that does not match its action's documented shape.
 */
export function applyEvent(db: Db, action: string, data: unknown, now: string): ApplyResult {
  const result = db.transaction((): ApplyResult => {
    if (APPLICATION_ACTIONS.has(action)) {
      const { application } = ApplicationData.parse(data);
      // An application whose candidate the mirror has never seen waits for the follow-up fetch of
      // that candidate: stored now, it would be an orphan until the next full sync if the fetch fails.
      if (candidateKnown(db, application.candidate.id)) writeApplication(db, application, now);
      return {
        status: 'applied',
        followUps: [
          { kind: 'candidate', candidateId: application.candidate.id },
          { kind: 'application', applicationId: application.id },
        ],
      };
    }
    switch (action) {
      case 'candidateDelete': {
        const { candidate } = CandidateIdData.parse(data);
        deleteCandidate(db, candidate.id, now);
        return { status: 'applied', followUps: [] };
      }
      case 'candidateMerge': {
        const { deletedCandidate, mergedCandidate } = MergeData.parse(data);
        mergeCandidate(db, deletedCandidate.id, mergedCandidate.id, now);
        return { status: 'applied', followUps: [{ kind: 'candidate', candidateId: mergedCandidate.id }] };
      }
      case 'jobCreate':
      case 'jobUpdate': {
        const { job } = JobData.parse(data);
        writeJob(db, job, now);
        return { status: 'applied', followUps: action === 'jobCreate' ? [{ kind: 'jobCreated', jobId: job.id }] : [] };
      }
      case 'jobPostingPublish':
      case 'jobPostingUpdate': {
        const { jobPosting } = PostingData.parse(data);
        writeJobPosting(db, jobPosting, now);
        return { status: 'applied', followUps: [] };
      }
      case 'jobPostingUnpublish':
      case 'jobPostingDelete': {
        // jobPosting.list only returns published postings, so the mirror mirrors that.
        const { jobPosting } = z.looseObject({ jobPosting: z.looseObject({ id: z.string() }) }).parse(data);
        db.delete(jobPostings).where(eq(jobPostings.id, jobPosting.id)).run();
        return { status: 'applied', followUps: [] };
      }
      case 'interviewPlanTransition': {
        const { jobId } = PlanTransitionData.parse(data);
        return { status: 'applied', followUps: [{ kind: 'job', jobId }] };
      }
      default:
        // ping, interview schedules, offers, openings, signatures, surveys: acknowledged, not mirrored.
        return { status: 'ignored', followUps: [] };
    }
  });
  if (result.status === 'applied') {
    db.insert(meta).values({ key: 'last_event_at', value: now }).onConflictDoUpdate({ target: meta.key, set: { value: now } }).run();
  }
  return result;
}
