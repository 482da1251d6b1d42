import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../audit/audit-log.js';
import { AppError, hasCode } from '../shared/errors.js';
import { ID_MAX_CHARS, VALUE_MAX_CHARS } from '../shared/input-limits.js';
import type { Db } from '../store/db.js';
import * as s from '../store/schema.js';
import type { ConfirmationTokens, TokenParams } from './confirmation-token.js';

/*
 * Put a rediscovered candidate into a job in Ashby: a preview (who, which job, which stage, any
 * existing application) with a confirmation token, then the confirmed `application.create`.
 * The mirror is not written here: the new application arrives through the webhook or next sync,
 * so the mirror only ever holds what Ashby says.
 */

export const AddToJobRequest = z.object({
  candidateId: z.string().min(1).max(ID_MAX_CHARS),
  jobId: z.string().min(1).max(ID_MAX_CHARS),
  stage: z.string().min(1).max(VALUE_MAX_CHARS).optional().describe('Interview stage title or id; default: the first stage of the job\'s plan'),
  source: z.string().min(1).max(VALUE_MAX_CHARS).optional().describe('Source title or id to credit, e.g. "Rediscovered"'),
});
export type AddToJobRequest = z.infer<typeof AddToJobRequest>;

export const AddToJobPreview = z.object({
  candidate: z.object({ id: z.string(), name: z.string() }),
  job: z.object({ id: z.string(), title: z.string(), status: z.string() }),
  stage: z.object({ id: z.string(), title: z.string() }).nullable().describe('null: Ashby\'s default first stage'),
  source: z.object({ id: z.string(), title: z.string() }).nullable(),
  existingApplication: z.object({ applicationId: z.string(), stage: z.string().nullable(), status: z.string() }).nullable(),
  writesEnabled: z.boolean(),
  confirmationToken: z.string(),
  expiresAt: z.string(),
  summary: z.string(),
});
export type AddToJobPreview = z.infer<typeof AddToJobPreview>;

export const AddToJobResult = z.object({
  created: z.literal(true),
  applicationId: z.string().nullable(),
  candidateId: z.string(),
  jobId: z.string(),
  summary: z.string(),
});
export type AddToJobResult = z.infer<typeof AddToJobResult>;

/** The slice of the Ashby client a write needs (AshbyClient satisfies it). */
export interface ApplicationCreator {
  applicationCreate(input: { candidateId: string; jobId: string; interviewStageId?: string; sourceId?: string; creditedToUserId?: string }): Promise<unknown>;
}

const requestParams = (r: AddToJobRequest): TokenParams => ({ candidateId: r.candidateId, jobId: r.jobId, stage: r.stage ?? null, source: r.source ?? null });
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function resolveStage(db: Db, job: typeof s.jobs.$inferSelect, stage: string | undefined): { id: string; title: string } | null {
  const stages = job.defaultInterviewPlanId
    ? db.select().from(s.interviewStages).where(eq(s.interviewStages.interviewPlanId, job.defaultInterviewPlanId)).orderBy(asc(s.interviewStages.orderInPlan)).all()
    : [];
  if (!stage) return stages[0] ? { id: stages[0].id, title: stages[0].title } : null;
  const hit = stages.find((st) => st.id === stage || same(st.title, stage));
  if (hit) return { id: hit.id, title: hit.title };
  const valid = stages.map((st) => `"${st.title}"`).join(', ');
  throw new AppError(
    'stage_unknown',
    stages.length
      ? `Unknown stage "${stage}" for job "${job.title}". Valid stages: ${valid}.`
      : `Job "${job.title}" has no interview plan in the mirror, so a stage cannot be chosen; omit stage to use Ashby's default.`,
    { details: { validStages: stages.map((st) => st.title) } },
  );
}

function resolveSource(db: Db, source: string | undefined): { id: string; title: string } | null {
  if (!source) return null;
  const all = db.select().from(s.sources).where(eq(s.sources.isArchived, false)).all();
  const hit = all.find((x) => x.id === source || same(x.title, source));
  if (hit) return { id: hit.id, title: hit.title };
  throw new AppError('invalid_input', `Unknown source "${source}". Valid sources: ${all.map((x) => `"${x.title}"`).join(', ') || '(none mirrored)'}.`, {
    details: { validSources: all.map((x) => x.title) },
  });
}

/** Check the request against the mirror and describe what a confirmed write would do, with a token to confirm it. */
export function previewAddToJob(
  db: Db,
  request: AddToJobRequest,
  ctx: { tokens: ConfirmationTokens; now: Date; writesEnabled: boolean },
): AddToJobPreview {
  const cand = db.select({ id: s.candidates.id, name: s.candidates.name }).from(s.candidates).where(eq(s.candidates.id, request.candidateId)).get();
  if (!cand) throw new AppError('not_found', `No candidate with id "${request.candidateId}" in the mirror. Use a candidateId from search_candidates.`);
  const job = db.select().from(s.jobs).where(eq(s.jobs.id, request.jobId)).get();
  if (!job) throw new AppError('not_found', `No job with id "${request.jobId}" in the mirror. Use a job id from Ashby (list_filter_values dimension "job" shows titles).`);
  const stage = resolveStage(db, job, request.stage);
  const source = resolveSource(db, request.source);
  const existing = db
    .select()
    .from(s.applications)
    .where(and(eq(s.applications.candidateId, cand.id), eq(s.applications.jobId, job.id)))
    .get();
  const { token, expiresAt } = ctx.tokens.issue(
    { ...requestParams(request), interviewStageId: stage?.id ?? null, sourceId: source?.id ?? null },
    ctx.now,
  );
  const summary = [
    `Add ${cand.name} to "${job.title}" at stage ${stage ? `"${stage.title}"` : "(Ashby's default)"}${source ? ` with source "${source.title}"` : ''}.`,
    existing ? `They already have an application for this job (${existing.status}, stage ${existing.currentStageTitle ?? 'unknown'}).` : 'They have no application for this job yet.',
    ctx.writesEnabled ? 'Call again with confirmationToken to perform it (valid 5 minutes).' : 'Writes are disabled on this server (REDISCOVERY_ALLOW_WRITES is not true).',
  ].join(' ');
  return AddToJobPreview.parse({
    candidate: cand,
    job: { id: job.id, title: job.title, status: job.status },
    stage,
    source,
    existingApplication: existing ? { applicationId: existing.id, stage: existing.currentStageTitle, status: existing.status } : null,
    writesEnabled: ctx.writesEnabled,
    confirmationToken: token,
    expiresAt,
    summary,
  });
}

function applicationIdOf(result: unknown): string | null {
  const r = result as { id?: unknown; results?: { id?: unknown } } | null;
  const id = r?.id ?? r?.results?.id;
  return typeof id === 'string' ? id : null;
}

/** Perform a previewed write: check writes are on, consume the token, call application.create, audit. */
export async function confirmAddToJob(input: {
  request: AddToJobRequest;
  token: string;
  client: ApplicationCreator;
  db: Db;
  actor: string;
  tokens: ConfirmationTokens;
  now: Date;
  writesEnabled: boolean;
}): Promise<AddToJobResult> {
  const { request, db, actor, now } = input;
  const args = { ...request };
  if (!input.writesEnabled) {
    audit(db, { actor, action: 'ashby:application.create', args, outcome: 'refused', detail: 'writes_disabled', at: now });
    throw new AppError('writes_disabled', 'Writes to Ashby are disabled: set REDISCOVERY_ALLOW_WRITES=true on the server (and use an API key with the candidatesWrite permission) to allow adding candidates to jobs.');
  }
  const params = input.tokens.consume(input.token, requestParams(request), now);
  try {
    const result = await input.client.applicationCreate({
      candidateId: request.candidateId,
      jobId: request.jobId,
      ...(params.interviewStageId ? { interviewStageId: params.interviewStageId } : {}),
      ...(params.sourceId ? { sourceId: params.sourceId } : {}),
    });
    const applicationId = applicationIdOf(result);
    audit(db, { actor, action: 'ashby:application.create', args, resultCount: 1, detail: applicationId, at: now });
    return AddToJobResult.parse({
      created: true,
      applicationId,
      candidateId: request.candidateId,
      jobId: request.jobId,
      summary: `Created the application in Ashby${applicationId ? ` (${applicationId})` : ''}. It appears here after the next webhook or sync.`,
    });
  } catch (err) {
    const code = AppError.isInstance(err) ? err.code : 'internal';
    audit(db, { actor, action: 'ashby:application.create', args, outcome: 'error', detail: code, at: now });
    if (hasCode(err, 'ashby_permission_denied') || (err as { ashbyCode?: string })?.ashbyCode === 'missing_endpoint_permission') {
      throw new AppError(
        'ashby_permission_denied',
        'Ashby refused application.create (missing_endpoint_permission): the API key has no write permission. Enable "candidatesWrite" on the key in Ashby Admin → API Keys.',
        { cause: err },
      );
    }
    throw err;
  }
}
