import { FakeApiError, optionalBoolean, optionalNumber, optionalString, requireString } from './api-error.js';
import type { FakeAdmin, FaultKnobs } from './admin.js';
import type { Collection, Stamped } from './collection.js';
import { arrayPage, listPage } from './pagination.js';
import * as S from './serialize.js';
import type { FakeState } from './state.js';

/*
 * The RPC endpoints (`POST /<category>.<method>`) with their permission scopes (ashby-api.md §1)
 * and pagination modes (§2 table). Handlers return the envelope fields other than `success`.
 */

interface EndpointContext {
  state: FakeState;
  body: Record<string, unknown>;
  faults: FaultKnobs;
  admin: FakeAdmin;
  apiKey: { key: string; scopes: string[] };
  /** A presigned loopback download URL for a file id. */
  fileUrl: (fileId: string) => string;
}

interface EndpointResult {
  results: unknown;
  moreDataAvailable?: boolean;
  nextCursor?: string;
  syncToken?: string;
}

interface Endpoint {
  scope: string;
  handler: (ctx: EndpointContext) => EndpointResult;
}

export const ALL_SCOPES = ['candidatesRead', 'candidatesWrite', 'jobsRead', 'interviewsRead', 'hiringProcessMetadataRead', 'organizationRead', 'apiKeysRead'];

function paged<T extends Stamped>(
  endpoint: string,
  ctx: EndpointContext,
  collection: Collection<T>,
  serialize: (r: T) => unknown,
  filter?: (r: T) => boolean,
  syncCapable = true,
): EndpointResult {
  const page = listPage({ endpoint, collection, body: ctx.body, currentSeq: ctx.state.seq, knobs: ctx.faults, syncCapable, filter });
  return {
    results: page.items.map(serialize),
    moreDataAvailable: page.moreDataAvailable,
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    ...(page.syncToken ? { syncToken: page.syncToken } : {}),
  };
}

function createdAfterFilter(body: Record<string, unknown>): ((r: Stamped) => boolean) | undefined {
  const after = optionalNumber(body, 'createdAfter');
  return after === undefined ? undefined : (r) => r.createdAt > after;
}

function includeArchived(body: Record<string, unknown>): (r: { isArchived: boolean }) => boolean {
  const all = optionalBoolean(body, 'includeArchived') ?? false;
  return (r) => all || !r.isArchived;
}

function found<T>(value: T | undefined, code: string, what: string): T {
  if (value === undefined) throw new FakeApiError(code, `${what} not found`);
  return value;
}

const JOB_STATUSES = ['Draft', 'Open', 'Closed', 'Archived'];

export const ENDPOINTS: Record<string, Endpoint> = {
  'apiKey.info': {
    scope: '',
    handler: (ctx) => ({ results: { title: 'Fake Ashby key', createdAt: S.iso(Date.UTC(2024, 0, 1)), scopes: ctx.apiKey.scopes.slice() } }),
  },

  'candidate.list': {
    scope: 'candidatesRead',
    handler: (ctx) => paged('candidate.list', ctx, ctx.state.candidates, (c) => S.candidate(ctx.state, c), createdAfterFilter(ctx.body)),
  },
  'candidate.info': {
    scope: 'candidatesRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'id', 'candidateId');
      return { results: S.candidate(ctx.state, found(ctx.state.candidates.get(id), 'candidate_not_found', `Candidate ${id}`)) };
    },
  },

  'application.list': {
    scope: 'candidatesRead',
    handler: (ctx) => {
      const created = createdAfterFilter(ctx.body);
      const status = optionalString(ctx.body, 'status');
      const jobId = optionalString(ctx.body, 'jobId');
      return paged('application.list', ctx, ctx.state.applications, (a) => S.application(ctx.state, a), (a) => (!created || created(a)) && (!status || a.status === status) && (!jobId || a.jobId === jobId));
    },
  },
  'application.info': {
    scope: 'candidatesRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'applicationId', 'id');
      return { results: S.applicationInfo(ctx.state, found(ctx.state.applications.get(id), 'application_not_found', `Application ${id}`)) };
    },
  },
  'application.listHistory': {
    scope: 'candidatesRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'applicationId');
      const app = found(ctx.state.applications.get(id), 'application_not_found', `Application ${id}`);
      const page = arrayPage('application.listHistory', S.applicationHistoryItems(ctx.state, app), ctx.body, ctx.faults);
      return { results: page.items, moreDataAvailable: page.moreDataAvailable, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
  },
  'application.create': {
    scope: 'candidatesWrite',
    handler: (ctx) => ({ results: ctx.admin.createApplication(ctx.body) }),
  },

  'job.list': {
    scope: 'jobsRead',
    handler: (ctx) => {
      const raw = ctx.body.status;
      const statuses = raw === undefined || raw === null ? ['Open', 'Closed', 'Archived'] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
      const bad = statuses.find((s) => !JOB_STATUSES.includes(s));
      if (bad) throw new FakeApiError('invalid_input', `Unknown job status ${bad}; accepted: ${JOB_STATUSES.join(', ')}`);
      const created = createdAfterFilter(ctx.body);
      return paged('job.list', ctx, ctx.state.jobs, (j) => S.job(ctx.state, j), (j) => statuses.includes(j.status) && (!created || created(j)));
    },
  },
  'job.info': {
    scope: 'jobsRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'id', 'jobId');
      return { results: S.job(ctx.state, found(ctx.state.jobs.get(id), 'job_not_found', `Job ${id}`)) };
    },
  },
  'jobPosting.list': {
    scope: 'jobsRead',
    // Not paginated: real responses carry only {success, results}.
    handler: (ctx) => {
      const location = optionalString(ctx.body, 'location');
      const department = optionalString(ctx.body, 'department');
      const listedOnly = optionalBoolean(ctx.body, 'listedOnly') ?? false;
      const results = ctx.state.jobPostings
        .all()
        .filter((p) => p.published && (!listedOnly || p.isListed))
        .map((p) => S.jobPosting(ctx.state, p))
        .filter((p) => (!location || p.locationName === location) && (!department || p.departmentName === department || p.teamName === department));
      return { results };
    },
  },
  'jobPosting.info': {
    scope: 'jobsRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'jobPostingId');
      const posting = ctx.state.jobPostings.get(id);
      if (!posting || !posting.published) throw new FakeApiError('job_posting_not_found', `Job posting ${id} not found`);
      return { results: S.jobPostingInfo(ctx.state, posting) };
    },
  },
  'jobInterviewPlan.info': {
    scope: 'jobsRead',
    handler: (ctx) => {
      const job = found(ctx.state.jobs.get(requireString(ctx.body, 'jobId')), 'job_not_found', 'Job');
      const stages = ctx.state.stagesOf(job.defaultInterviewPlanId).map((s) => ({ ...S.interviewStage(s), activities: [] }));
      return { results: { jobId: job.id, interviewPlanId: job.defaultInterviewPlanId, stages } };
    },
  },

  'interviewPlan.list': {
    scope: 'interviewsRead',
    handler: (ctx) => {
      const keep = includeArchived(ctx.body);
      return paged('interviewPlan.list', ctx, ctx.state.interviewPlans, (p) => ({ id: p.id, title: p.title, isArchived: p.isArchived, createdAt: S.iso(p.createdAt), updatedAt: S.iso(p.updatedAt) }), keep);
    },
  },
  'interviewStage.list': {
    scope: 'interviewsRead',
    handler: (ctx) => {
      const planId = requireString(ctx.body, 'interviewPlanId');
      found(ctx.state.interviewPlans.get(planId), 'interview_plan_not_found', `Interview plan ${planId}`);
      return { results: ctx.state.stagesOf(planId).map(S.interviewStage), moreDataAvailable: false };
    },
  },
  'interviewStage.info': {
    scope: 'interviewsRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'interviewStageId');
      return { results: S.interviewStage(found(ctx.state.interviewStages.get(id), 'interview_stage_not_found', `Interview stage ${id}`)) };
    },
  },

  'user.list': {
    scope: 'organizationRead',
    handler: (ctx) => {
      const all = optionalBoolean(ctx.body, 'includeDeactivated') ?? false;
      return paged('user.list', ctx, ctx.state.users, S.user, (u) => all || u.isEnabled);
    },
  },
  'user.info': {
    scope: 'organizationRead',
    handler: (ctx) => {
      const id = requireString(ctx.body, 'userId', 'id');
      return { results: S.user(found(ctx.state.users.get(id), 'user_not_found', `User ${id}`)) };
    },
  },
  'department.list': {
    scope: 'organizationRead',
    handler: (ctx) =>
      paged('department.list', ctx, ctx.state.departments, (d) => ({ id: d.id, name: d.name, externalName: null, isArchived: d.isArchived, parentId: d.parentId, createdAt: S.iso(d.createdAt), updatedAt: S.iso(d.updatedAt), extraData: null }), includeArchived(ctx.body)),
  },
  'location.list': {
    scope: 'organizationRead',
    handler: (ctx) =>
      paged(
        'location.list',
        ctx,
        ctx.state.locations,
        (l) => ({
          id: l.id,
          name: l.name,
          externalName: l.name,
          isArchived: l.isArchived,
          address: { postalAddress: { addressCountry: l.country, addressRegion: l.region, addressLocality: l.locality } },
          isRemote: l.workplaceType === 'Remote',
          workplaceType: l.workplaceType,
          parentLocationId: null,
          type: 'Location',
          extraData: null,
        }),
        includeArchived(ctx.body),
      ),
  },

  'source.list': {
    scope: 'hiringProcessMetadataRead',
    handler: (ctx) => {
      const keep = includeArchived(ctx.body);
      return { results: ctx.state.sources.all().filter(keep).map((s) => S.source(ctx.state, s.id)), moreDataAvailable: false };
    },
  },
  'archiveReason.list': {
    scope: 'hiringProcessMetadataRead',
    handler: (ctx) => {
      const keep = includeArchived(ctx.body);
      return { results: ctx.state.archiveReasons.all().filter(keep).map((r) => ({ id: r.id, text: r.text, reasonType: r.reasonType, isArchived: r.isArchived, customFields: [] })), moreDataAvailable: false };
    },
  },
  'candidateTag.list': {
    scope: 'hiringProcessMetadataRead',
    handler: (ctx) => paged('candidateTag.list', ctx, ctx.state.tags, (t) => ({ id: t.id, title: t.title, isArchived: t.isArchived }), includeArchived(ctx.body)),
  },
  'customField.list': {
    scope: 'hiringProcessMetadataRead',
    handler: (ctx) =>
      paged(
        'customField.list',
        ctx,
        ctx.state.customFields,
        (f) => ({
          id: f.id,
          title: f.title,
          isPrivate: false,
          objectType: f.objectType,
          isArchived: f.isArchived,
          fieldType: f.fieldType,
          isRequired: false,
          ...(f.selectableValues ? { selectableValues: f.selectableValues.map((v) => ({ label: v, value: v, isArchived: false })) } : {}),
        }),
        includeArchived(ctx.body),
      ),
  },

  'file.info': {
    scope: 'candidatesRead',
    handler: (ctx) => {
      const handle = requireString(ctx.body, 'fileHandle');
      const fileId = S.fileIdFromHandle(handle);
      if (!fileId) throw new FakeApiError('invalid_input', 'fileHandle is not a valid file handle (pass resumeFileHandle.handle or fileHandles[].handle)');
      found(ctx.state.files.get(fileId), 'file_not_found', `File ${fileId}`);
      return { results: { url: ctx.fileUrl(fileId) } };
    },
  },
};
