import { randomUUID } from 'node:crypto';
import { FakeApiError, optionalString, requireString } from './api-error.js';
import type { PagingKnobs } from './pagination.js';
import * as S from './serialize.js';
import type { FakeApplicationRecord, FakeCandidateRecord, FakeState, InterviewStageRecord, JobPostingRecord, JobRecord, JobStatus } from './state.js';
import { candidateRecord } from './state.js';
import type { WebhookConfig, WebhookEmitter } from './webhooks.js';

/*
 * Admin operations: what a recruiter would do in Ashby's UI, callable by tests and the demo. Each
 * change bumps updatedAt and the change sequence (so incremental lists see it) and emits the
 * webhooks Ashby documents for it, companion events included. Candidate create/update have no
 * Ashby webhook, so they are seen only through candidate.list.
 */

type FaultKind = '500' | '502' | '503' | '429' | 'drop';

/** Mutable knobs for fault injection and pagination errors. */
export interface FaultKnobs extends PagingKnobs {
  /** Share of API requests answered with a random fault from `faultKinds`. */
  faultRate: number;
  faultKinds: FaultKind[];
  /** Delay before every API answer. */
  latencyMs: number;
  /** Per-key requests per minute before 429 rate_limit_exceeded. */
  rateLimitPerMinute: number;
  /** Retry-After sent with injected 429s (seconds; fractions allowed so tests stay fast). */
  retryAfterSeconds: number;
}

export function defaultFaults(): FaultKnobs {
  return {
    faultRate: 0,
    faultKinds: ['500', '502', '503', '429', 'drop'],
    latencyMs: 0,
    rateLimitPerMinute: 1000,
    retryAfterSeconds: 1,
    tokenGeneration: 0,
    cursorGeneration: 0,
    syncTokenError: null,
    cursorError: null,
    incrementalPageCap: null,
  };
}

type Body = Record<string, unknown>;
type Json = Record<string, unknown>;

export interface StateSnapshot {
  candidates: Array<{ id: string; updatedAt: string }>;
  applications: Array<{ id: string; updatedAt: string; candidateId: string }>;
  jobs: Array<{ id: string; updatedAt: string }>;
  jobPostings: Array<{ id: string; updatedAt: string }>;
  users: Array<{ id: string; updatedAt: string }>;
  files: Array<{ id: string; candidateId: string }>;
}

interface AdminDeps {
  state: FakeState;
  webhooks: WebhookEmitter;
  faults: FaultKnobs;
  apiKeys: Map<string, string[]>;
}

function need<T>(value: T | undefined, code: string, what: string): T {
  if (value === undefined) throw new FakeApiError(code, `${what} not found`);
  return value;
}

/** What every admin operation works on: the fake's state, its webhooks and knobs, and the shared steps. */
function adminContext(deps: AdminDeps) {
  const { state, webhooks } = deps;
  const appJson = (a: FakeApplicationRecord) => S.application(state, a);
  const emitApp = (action: string, a: FakeApplicationRecord) => webhooks.emit(action, { application: appJson(a) });
  const candidateOf = (body: Body, ...names: string[]) => need(state.candidates.get(requireString(body, ...names)), 'candidate_not_found', 'Candidate');
  const applicationOf = (body: Body) => need(state.applications.get(requireString(body, 'applicationId', 'id')), 'application_not_found', 'Application');
  const jobOf = (body: Body) => need(state.jobs.get(requireString(body, 'jobId', 'id')), 'job_not_found', 'Job');

  function moveTo(app: FakeApplicationRecord, stage: InterviewStageRecord, actorId: string | null): void {
    const at = state.tick();
    app.history.push({ stageId: stage.id, at, actorId });
    app.currentStageId = stage.id;
    app.status = stage.type === 'Hired' ? 'Hired' : stage.type === 'Archived' ? 'Archived' : stage.type === 'Lead' ? 'Lead' : 'Active';
    if (stage.type !== 'Archived') {
      app.archiveReasonId = null;
      app.archivedAt = null;
    } else app.archivedAt = at;
    state.touch(app, at);
  }

  function stageFor(app: FakeApplicationRecord, body: Body): InterviewStageRecord {
    const stage = need(state.interviewStages.get(requireString(body, 'interviewStageId', 'stageId')), 'interview_stage_not_found', 'Interview stage');
    if (stage.planId !== app.interviewPlanId) throw new FakeApiError('interview_stage_not_found', `Interview stage ${stage.id} is not in this application's interview plan`);
    return stage;
  }

  function archiveReasonOf(body: Body): string {
    const id = optionalString(body, 'archiveReasonId');
    const text = optionalString(body, 'archiveReason');
    const reason = id ? state.archiveReasons.get(id) : state.archiveReasons.all().find((r) => r.text.toLowerCase() === text?.toLowerCase());
    if (!reason) throw new FakeApiError('archive_reason_not_found', 'Archive reason not found: pass archiveReasonId (see archiveReason.list) or its exact text as archiveReason');
    return reason.id;
  }

  function stampPosting(job: JobRecord): JobPostingRecord {
    const posting: JobPostingRecord = { ...state.stamp(randomUUID()), jobId: job.id, title: job.title, isListed: true, published: false, publishedAt: null, descriptionPlain: `${job.title} at Northstar.` };
    state.jobPostings.add(posting);
    job.jobPostingIds.push(posting.id);
    return posting;
  }

  function postingOf(body: Body): JobPostingRecord {
    const postingId = optionalString(body, 'jobPostingId');
    if (postingId) return need(state.jobPostings.get(postingId), 'job_posting_not_found', 'Job posting');
    const job = jobOf(body);
    const existing = job.jobPostingIds.map((id) => state.jobPostings.get(id)).find((p) => p !== undefined);
    return existing ?? stampPosting(job);
  }

  function setPublished(body: Body, published: boolean): Json {
    const posting = postingOf(body);
    posting.published = published;
    if (published) posting.publishedAt = state.tick();
    state.touch(posting);
    const job = state.jobs.get(posting.jobId);
    if (job) state.touch(job); // jobPostingIds on the job changed
    const data = { jobPosting: S.jobPosting(state, posting) };
    webhooks.emit(published ? 'jobPostingPublish' : 'jobPostingUnpublish', data);
    webhooks.emit('jobPostingUpdate', data);
    return data.jobPosting;
  }

  function applyCandidateFields(c: FakeCandidateRecord, body: Body): void {
    for (const key of ['name', 'position', 'company', 'school'] as const) {
      if (body[key] !== undefined) (c as unknown as Json)[key] = key === 'name' ? requireString(body, 'name') : (optionalString(body, key) ?? null);
    }
    const email = optionalString(body, 'email');
    if (email && !c.emails.includes(email)) c.emails.unshift(email);
    const phone = optionalString(body, 'phone');
    if (phone && !c.phones.includes(phone)) c.phones.unshift(phone);
    if (Array.isArray(body.socialLinks)) c.socialLinks = (body.socialLinks as Json[]).map((l) => ({ type: String(l.type), url: String(l.url) }));
    if (Array.isArray(body.tags)) {
      c.tagIds = (body.tags as unknown[]).map((t) => {
        const tag = state.tags.all().find((x) => x.title === t || x.id === t);
        if (!tag) throw new FakeApiError('invalid_input', `Unknown tag ${String(t)}`);
        return tag.id;
      });
    }
  }

  return { ...deps, appJson, emitApp, candidateOf, applicationOf, jobOf, moveTo, stageFor, archiveReasonOf, postingOf, setPublished, applyCandidateFields };
}

type AdminContext = ReturnType<typeof adminContext>;

/**
 * The admin operations, one entry each: POST /admin/<name> on the fake's HTTP server and
 * `fake.admin.<name>(body)` in tests call the same function with the JSON body.
 */
const OPERATIONS = {
  createCandidate(ctx: AdminContext, body: Body): Json {
    const { state, applyCandidateFields } = ctx;
    const name = requireString(body, 'name');
    const c = candidateRecord(state.stamp(randomUUID()), {
      name,
      sourceId: optionalString(body, 'sourceId') ?? null,
      creditedToUserId: optionalString(body, 'creditedToUserId') ?? null,
    });
    applyCandidateFields(c, body);
    const resumeText = optionalString(body, 'resumeText');
    if (resumeText) {
      const file = { ...state.stamp(randomUUID(), c.createdAt), candidateId: c.id, name: 'resume.pdf', type: 'ResumeFile' as const, render: { kind: 'text-resume' as const, text: resumeText } };
      state.files.add(file);
      c.fileIds.push(file.id);
      c.resumeFileId = file.id;
    }
    state.candidates.add(c);
    return S.candidate(state, c);
  },

  updateCandidate(ctx: AdminContext, body: Body): Json {
    const { state, candidateOf, applyCandidateFields } = ctx;
    const c = candidateOf(body, 'candidateId', 'id');
    applyCandidateFields(c, body);
    state.touch(c);
    return S.candidate(state, c);
  },

  deleteCandidate(ctx: AdminContext, body: Body): Json {
    const { state, webhooks, candidateOf } = ctx;
    const c = candidateOf(body, 'candidateId', 'id');
    state.deleteCandidate(c.id);
    webhooks.emit('candidateDelete', { candidate: { id: c.id } });
    return { id: c.id };
  },

  /** Merge `removedId` into `survivorId`; Ashby's payload names them deletedCandidate and mergedCandidate. */
  mergeCandidates(ctx: AdminContext, body: Body): Json {
    const { state, webhooks, candidateOf } = ctx;
    const survivor = candidateOf(body, 'survivorId', 'mergedCandidateId');
    const removed = candidateOf(body, 'removedId', 'deletedCandidateId');
    if (survivor.id === removed.id) throw new FakeApiError('invalid_input', 'Cannot merge a candidate into itself');
    state.mergeCandidates(survivor.id, removed.id);
    webhooks.emit('candidateMerge', { deletedCandidate: { id: removed.id }, mergedCandidate: { id: survivor.id } });
    return S.candidate(state, survivor);
  },

  createApplication(ctx: AdminContext, body: Body): Json {
    const { state, appJson, emitApp, candidateOf, jobOf } = ctx;
    const c = candidateOf(body, 'candidateId');
    const job = jobOf(body);
    const planId = optionalString(body, 'interviewPlanId') ?? job.defaultInterviewPlanId;
    if (!state.interviewPlans.has(planId)) throw new FakeApiError('invalid_input', `Interview plan ${planId} not found`);
    const stageId = optionalString(body, 'interviewStageId');
    const stage = stageId ? state.interviewStages.get(stageId) : state.stagesOf(planId).find((s) => s.type === 'PreInterviewScreen') ?? state.stagesOf(planId)[0];
    if (!stage || stage.planId !== planId) throw new FakeApiError('interview_stage_not_found', 'Interview stage not found in the interview plan');
    const sourceId = optionalString(body, 'sourceId') ?? null;
    if (sourceId && !state.sources.has(sourceId)) throw new FakeApiError('invalid_input', `Source ${sourceId} not found`);
    const creditedToUserId = optionalString(body, 'creditedToUserId') ?? null;
    if (creditedToUserId && !state.users.has(creditedToUserId)) throw new FakeApiError('invalid_input', `User ${creditedToUserId} not found`);
    const stamp = state.stamp(randomUUID());
    const app: FakeApplicationRecord = {
      ...stamp,
      candidateId: c.id,
      jobId: job.id,
      interviewPlanId: planId,
      currentStageId: stage.id,
      status: stage.type === 'Lead' ? 'Lead' : stage.type === 'Hired' ? 'Hired' : stage.type === 'Archived' ? 'Archived' : 'Active',
      sourceId,
      creditedToUserId,
      recruiterId: job.hiringTeam.find((m) => m.role === 'Recruiter')?.userId ?? null,
      hiringManagerId: job.hiringTeam.find((m) => m.role === 'Hiring Manager')?.userId ?? null,
      archiveReasonId: null,
      archivedAt: null,
      appliedViaJobPostingId: null,
      history: [{ stageId: stage.id, at: stamp.createdAt, actorId: creditedToUserId }],
      customFields: [],
    };
    state.applications.add(app);
    c.applicationIds.push(app.id);
    state.touch(c);
    emitApp('applicationSubmit', app);
    return appJson(app);
  },

  updateApplication(ctx: AdminContext, body: Body): Json {
    const { state, appJson, emitApp, applicationOf } = ctx;
    const app = applicationOf(body);
    const sourceId = optionalString(body, 'sourceId');
    if (sourceId !== undefined) app.sourceId = need(state.sources.get(sourceId), 'invalid_input', 'Source').id;
    const creditedToUserId = optionalString(body, 'creditedToUserId');
    if (creditedToUserId !== undefined) app.creditedToUserId = need(state.users.get(creditedToUserId), 'invalid_input', 'User').id;
    state.touch(app);
    emitApp('applicationUpdate', app);
    return appJson(app);
  },

  moveApplicationStage(ctx: AdminContext, body: Body): Json {
    const { appJson, emitApp, applicationOf, moveTo, stageFor } = ctx;
    const app = applicationOf(body);
    const stage = stageFor(app, body);
    if (stage.type === 'Archived') return OPERATIONS.archiveApplication(ctx, body);
    if (stage.type === 'Hired') return OPERATIONS.hireApplication(ctx, body);
    moveTo(app, stage, optionalString(body, 'actorId') ?? null);
    emitApp('candidateStageChange', app);
    emitApp('applicationUpdate', app);
    return appJson(app);
  },

  archiveApplication(ctx: AdminContext, body: Body): Json {
    const { state, appJson, emitApp, applicationOf, moveTo, archiveReasonOf } = ctx;
    const app = applicationOf(body);
    const reasonId = archiveReasonOf(body);
    const stage = need(state.stageOfType(app.interviewPlanId, 'Archived'), 'interview_stage_not_found', 'Archived stage');
    moveTo(app, stage, optionalString(body, 'actorId') ?? null);
    app.archiveReasonId = reasonId;
    emitApp('candidateStageChange', app);
    emitApp('applicationUpdate', app);
    return appJson(app);
  },

  hireApplication(ctx: AdminContext, body: Body): Json {
    const { state, appJson, emitApp, applicationOf, moveTo } = ctx;
    const app = applicationOf(body);
    const stage = need(state.stageOfType(app.interviewPlanId, 'Hired'), 'interview_stage_not_found', 'Hired stage');
    moveTo(app, stage, optionalString(body, 'actorId') ?? null);
    emitApp('candidateHire', app);
    emitApp('candidateStageChange', app);
    emitApp('applicationUpdate', app);
    return appJson(app);
  },

  createJob(ctx: AdminContext, body: Body): Json {
    const { state, webhooks } = ctx;
    const title = requireString(body, 'title');
    const byName = <T extends { id: string; name: string }>(items: T[], key: string) => {
      const v = optionalString(body, key);
      return v ? (items.find((x) => x.id === v || x.name === v)?.id ?? null) : null;
    };
    const planId = optionalString(body, 'interviewPlanId') ?? state.interviewPlans.all()[0]?.id;
    if (!planId || !state.interviewPlans.has(planId)) throw new FakeApiError('invalid_input', 'Interview plan not found');
    const status = (optionalString(body, 'status') ?? 'Open') as JobStatus;
    const stamp = state.stamp(randomUUID());
    const recruiter = state.users.all().find((u) => u.isRecruiter && u.isEnabled);
    const job: JobRecord = {
      ...stamp,
      title,
      status,
      employmentType: optionalString(body, 'employmentType') ?? 'FullTime',
      locationId: byName(state.locations.all(), 'location') ?? byName(state.locations.all(), 'locationId'),
      departmentId: byName(state.departments.all(), 'department') ?? byName(state.departments.all(), 'departmentId'),
      defaultInterviewPlanId: planId,
      interviewPlanIds: [planId],
      jobPostingIds: [],
      hiringTeam: recruiter ? [{ userId: recruiter.id, role: 'Recruiter' }] : [],
      authorId: recruiter?.id ?? null,
      confidential: body.confidential === true,
      openedAt: status === 'Draft' ? null : stamp.createdAt,
      closedAt: null,
      customFields: [],
      family: optionalString(body, 'family') ?? 'backend',
    };
    state.jobs.add(job);
    webhooks.emit('jobCreate', { job: S.job(state, job) });
    return S.job(state, job);
  },

  updateJob(ctx: AdminContext, body: Body): Json {
    const { state, webhooks, jobOf } = ctx;
    const job = jobOf(body);
    const title = optionalString(body, 'title');
    if (title) job.title = title;
    const status = optionalString(body, 'status') as JobStatus | undefined;
    if (status) {
      if (!['Draft', 'Open', 'Closed', 'Archived'].includes(status)) throw new FakeApiError('invalid_input', 'status must be Draft, Open, Closed or Archived');
      const at = state.tick();
      if (status === 'Open' && job.openedAt === null) job.openedAt = at;
      job.closedAt = status === 'Closed' || status === 'Archived' ? at : null;
      job.status = status;
    }
    state.touch(job);
    webhooks.emit('jobUpdate', { job: S.job(state, job) });
    return S.job(state, job);
  },

  publishPosting(ctx: AdminContext, body: Body): Json {
    const { setPublished } = ctx;
    return setPublished(body, true);
  },

  unpublishPosting(ctx: AdminContext, body: Body): Json {
    const { setPublished } = ctx;
    return setPublished(body, false);
  },

  /** Point webhooks at a URL (a ping is sent), or pass {url: null} to stop. */
  configureWebhook(ctx: AdminContext, body: Body): Json {
    const { webhooks } = ctx;
    if (body.url === null || body.url === undefined) {
      webhooks.configure(null);
      return { configured: false };
    }
    const config: WebhookConfig = {
      url: requireString(body, 'url'),
      secret: requireString(body, 'secret'),
      retryBaseMs: typeof body.retryBaseMs === 'number' ? body.retryBaseMs : undefined,
      maxAttempts: typeof body.maxAttempts === 'number' ? body.maxAttempts : undefined,
      timeoutMs: typeof body.timeoutMs === 'number' ? body.timeoutMs : undefined,
      actions: Array.isArray(body.actions) ? body.actions.map(String) : undefined,
    };
    const ping = webhooks.configure(config);
    return { configured: true, pingWebhookActionId: ping?.webhookActionId ?? null };
  },

  /** Delivery attempts from index `since` on (a load test reads them from another process), and what is still in flight. */
  webhookDeliveries(ctx: AdminContext, body: Body): Json {
    const { webhooks } = ctx;
    const since = typeof body.since === 'number' && body.since >= 0 ? Math.floor(body.since) : 0;
    return { emitted: webhooks.events.length, inFlight: webhooks.pendingDeliveries(), next: webhooks.deliveries.length, attempts: webhooks.deliveries.slice(since) };
  },

  /** Send an already-emitted event again with the same webhookActionId. */
  redeliverWebhook(ctx: AdminContext, body: Body): Json {
    const { webhooks } = ctx;
    const id = requireString(body, 'webhookActionId');
    try {
      webhooks.redeliver(id);
    } catch {
      throw new FakeApiError('invalid_input', `No webhook event ${id}`);
    }
    return { webhookActionId: id };
  },

  setFaults(ctx: AdminContext, body: Body): FaultKnobs {
    const { faults } = ctx;
    const known = new Set(Object.keys(defaultFaults()));
    for (const [key, value] of Object.entries(body)) {
      if (!known.has(key)) throw new FakeApiError('invalid_input', `Unknown fault knob ${key}; known: ${[...known].join(', ')}`);
      (faults as unknown as Json)[key] = value;
    }
    return { ...faults };
  },

  expireSyncTokens(ctx: AdminContext): Json {
    const { faults } = ctx;
    faults.tokenGeneration++;
    return { tokenGeneration: faults.tokenGeneration };
  },

  expireCursors(ctx: AdminContext): Json {
    const { faults } = ctx;
    faults.cursorGeneration++;
    return { cursorGeneration: faults.cursorGeneration };
  },

  /** Add (or replace) an API key with the given scopes. */
  addApiKey(ctx: AdminContext, body: Body): Json {
    const { apiKeys } = ctx;
    const key = requireString(body, 'key');
    const scopes = Array.isArray(body.scopes) ? body.scopes.map(String) : [];
    apiKeys.set(key, scopes);
    return { key, scopes };
  },

  snapshot(ctx: AdminContext): StateSnapshot {
    const { state } = ctx;
    const iso = (ms: number) => new Date(ms).toISOString();
    const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      candidates: byId(state.candidates.all().map((c) => ({ id: c.id, updatedAt: iso(c.updatedAt) }))),
      applications: byId(state.applications.all().map((a) => ({ id: a.id, updatedAt: iso(a.updatedAt), candidateId: a.candidateId }))),
      jobs: byId(state.jobs.all().map((j) => ({ id: j.id, updatedAt: iso(j.updatedAt) }))),
      jobPostings: byId(state.jobPostings.all().filter((p) => p.published).map((p) => ({ id: p.id, updatedAt: iso(p.updatedAt) }))),
      users: byId(state.users.all().map((u) => ({ id: u.id, updatedAt: iso(u.updatedAt) }))),
      files: byId(state.files.all().map((f) => ({ id: f.id, candidateId: f.candidateId }))),
    };
  },
};

type AdminOp = keyof typeof OPERATIONS;
export type FakeAdmin = { [K in AdminOp]: (body?: Body) => ReturnType<(typeof OPERATIONS)[K]> };

/** Admin operations reachable as POST /admin/<op>, in table order. */
export const ADMIN_OPS = Object.keys(OPERATIONS) as AdminOp[];

/** The admin API bound to one fake: every operation takes a JSON-shaped body so the HTTP route can call it as is. */
export function createAdmin(deps: AdminDeps): FakeAdmin {
  const ctx = adminContext(deps);
  const bound = Object.entries(OPERATIONS).map(([name, op]) => [name, (body: Body = {}) => (op as (c: AdminContext, b: Body) => unknown)(ctx, body)]);
  return Object.fromEntries(bound) as FakeAdmin;
}

