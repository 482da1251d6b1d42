import type { Prng } from './prng.js';
import type { OrgContext } from './seed-org.js';
import type { FakeApplicationRecord, ApplicationStatus, FakeCandidateRecord, FakeState, HistoryEntry, InterviewStageRecord, JobRecord } from './state.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const EARLY_REASONS = ['Lacks Skills/Qualifications', 'Lacks Skills/Qualifications', 'Location', 'Unresponsive', 'Overqualified', 'Position Filled', 'Withdrew'];
const LATE_REASONS = ['Lacks Skills/Qualifications', 'Culture', 'Timing', 'Withdrew', 'Position Filled', 'Compensation', 'Accepted Another Offer'];
const OFFER_REASONS = ['Compensation', 'Accepted Another Offer', 'Timing', 'Withdrew', 'Location'];

function pickJob(rng: Prng, ctx: OrgContext, family: string): JobRecord {
  const own = ctx.jobsByFamily.get(family) ?? [];
  if (own.length > 0 && rng.chance(0.85)) return rng.pick(own);
  return rng.pick(ctx.applicableJobs);
}

interface PlanShape {
  lead: InterviewStageRecord;
  pipeline: InterviewStageRecord[];
  offer: InterviewStageRecord;
  hired: InterviewStageRecord;
  archived: InterviewStageRecord;
}

// Seeding 200,000 applications: look each plan's stage structure up once, not per application.
const planShapes = new WeakMap<FakeState, Map<string, PlanShape>>();

function planShape(state: FakeState, planId: string): PlanShape {
  let byPlan = planShapes.get(state);
  if (!byPlan) planShapes.set(state, (byPlan = new Map()));
  let shape = byPlan.get(planId);
  if (!shape) {
    const stages = state.stagesOf(planId);
    shape = {
      lead: stages.find((s) => s.type === 'Lead')!,
      pipeline: stages.filter((s) => s.type === 'PreInterviewScreen' || s.type === 'Active'),
      offer: stages.find((s) => s.type === 'Offer')!,
      hired: stages.find((s) => s.type === 'Hired')!,
      archived: stages.find((s) => s.type === 'Archived')!,
    };
    byPlan.set(planId, shape);
  }
  return shape;
}

interface Outcome {
  status: ApplicationStatus;
  path: InterviewStageRecord[];
  reachedOffer: boolean;
}

/** Decide where an application ended up and the stages it passed through, consistent with its age. */
function planOutcome(rng: Prng, shape: PlanShape, ageDays: number, outbound: boolean): Outcome {
  const { lead, pipeline, offer, hired, archived } = shape;
  const start: InterviewStageRecord[] = outbound ? [lead] : [];
  if (outbound && rng.chance(0.15)) return { status: 'Lead', path: [lead], reachedOffer: false };

  let reached = 0;
  while (reached < pipeline.length - 1 && rng.chance(0.55)) reached++;
  const through = [...start, ...pipeline.slice(0, reached + 1)];
  const resolvedChance = ageDays > 120 ? 0.92 : (ageDays / 120) * 0.5;
  if (!rng.chance(resolvedChance)) {
    const atOffer = reached === pipeline.length - 1 && rng.chance(0.3);
    return { status: 'Active', path: atOffer ? [...through, offer] : through, reachedOffer: atOffer };
  }
  if (rng.chance(0.05)) return { status: 'Hired', path: [...start, ...pipeline, offer, hired], reachedOffer: true };
  const declinedOffer = reached === pipeline.length - 1 && rng.chance(0.3);
  const path = declinedOffer ? [...through, offer, archived] : [...through, archived];
  return { status: 'Archived', path, reachedOffer: declinedOffer };
}

/** Spread stage entries after `createdAt`, squeezed to end before `anchorMs`. */
function timeline(rng: Prng, count: number, createdAt: number, anchorMs: number): number[] {
  const gaps = [0];
  for (let i = 1; i < count; i++) gaps.push(rng.int(1, 14) * DAY + rng.int(0, 23) * HOUR);
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = Math.max(count * 60_000, anchorMs - createdAt - HOUR);
  const scale = total > room ? room / total : 1;
  let t = createdAt;
  return gaps.map((g) => (t += Math.max(60_000, Math.floor(g * scale)) * (g === 0 ? 0 : 1)));
}

/** Seed one application of `candidate` created at `createdAt`, with a history consistent with its stage. */
export function seedApplication(state: FakeState, rng: Prng, ctx: OrgContext, candidate: FakeCandidateRecord, family: string, createdAt: number): FakeApplicationRecord {
  const job = pickJob(rng, ctx, family);
  const source = rng.weighted(ctx.sources, ctx.sourceWeights);
  const sourceType = ctx.sourceTypeTitle.get(source.sourceTypeId);
  const outcome = planOutcome(rng, planShape(state, job.defaultInterviewPlanId), (ctx.anchorMs - createdAt) / DAY, sourceType === 'Outbound');
  const jobRecruiter = job.hiringTeam.find((m) => m.role === 'Recruiter')?.userId ?? null;
  const recruiterId = rng.chance(0.85) ? jobRecruiter : rng.pick(ctx.recruiters).id;
  const hiringManagerId = job.hiringTeam.find((m) => m.role === 'Hiring Manager')?.userId ?? null;
  const times = timeline(rng, outcome.path.length, createdAt, ctx.anchorMs);
  const history: HistoryEntry[] = outcome.path.map((stage, i) => ({ stageId: stage.id, at: times[i], actorId: i === 0 ? null : recruiterId }));
  const last = history[history.length - 1];

  let archiveReasonId: string | null = null;
  if (outcome.status === 'Archived' && !rng.chance(0.02)) {
    const reached = outcome.path.length;
    const pool = outcome.reachedOffer ? OFFER_REASONS : reached >= 4 ? LATE_REASONS : EARLY_REASONS;
    archiveReasonId = ctx.archiveReasons.get(rng.pick(pool))?.id ?? null;
  }
  const credited = sourceType === 'Outbound' || sourceType === 'Referral' || sourceType === 'Agency';
  const posting = job.jobPostingIds[0] ?? null;
  const customFields = sourceType === 'Referral' && rng.chance(0.5)
    ? [{ fieldId: ctx.customFields.get('Referral Notes')!.id, value: 'Referred by a former colleague; strong recommendation.' }]
    : [];
  const stamp = state.stamp(rng.uuid(), createdAt);
  // Explicit fields, no object spread: spread-built records each got their own hidden class in V8,
  // which tripled the memory of a 100,000-candidate account.
  const app: FakeApplicationRecord = {
    id: stamp.id,
    ord: stamp.ord,
    seq: stamp.seq,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
    candidateId: candidate.id,
    jobId: job.id,
    interviewPlanId: job.defaultInterviewPlanId,
    currentStageId: last.stageId,
    status: outcome.status,
    sourceId: source.id,
    creditedToUserId: credited ? (recruiterId ?? rng.pick(ctx.recruiters).id) : null,
    recruiterId,
    hiringManagerId,
    archiveReasonId,
    archivedAt: outcome.status === 'Archived' ? last.at : null,
    appliedViaJobPostingId: !credited && posting ? posting : null,
    history,
    customFields,
  };
  app.updatedAt = Math.min(ctx.anchorMs, last.at + rng.int(0, 59) * 60_000);
  state.observeTimestamp(app.updatedAt);
  state.applications.add(app);
  candidate.applicationIds.push(app.id);
  return app;
}

/** How many applications a candidate has: mean about 1.9, so 100k candidates give about 190k applications. */
export function applicationCount(rng: Prng): number {
  return rng.weighted([1, 2, 3, 4, 5], [45, 30, 15, 7, 3]);
}
