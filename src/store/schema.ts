import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CandidateProfile } from './read-model/profile.js';

/*
 * The mirror schema. Every Ashby record keeps its raw JSON (`raw`) beside the columns we query, so a
 * new query never needs a re-sync. Timestamps are ISO-8601 UTC strings with milliseconds, exactly as
 * Ashby sends them: they sort and compare correctly as text, and read well in `sqlite3`.
 *
 * Users may query this file read-only; the README documents the tables.
 */

const raw = () => text('raw', { mode: 'json' }).$type<Record<string, unknown>>().notNull();

export const candidates = sqliteTable(
  'candidates',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    primaryEmail: text('primary_email'),
    primaryPhone: text('primary_phone'),
    position: text('position'),
    company: text('company'),
    school: text('school'),
    locationSummary: text('location_summary'),
    sourceId: text('source_id'),
    creditedToUserId: text('credited_to_user_id'),
    profileUrl: text('profile_url'),
    resumeFileId: text('resume_file_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    raw: raw(),
    mirroredAt: text('mirrored_at').notNull(),
  },
  (t) => [index('candidates_updated_at_idx').on(t.updatedAt), index('candidates_primary_email_idx').on(t.primaryEmail)],
);

export const candidateTags = sqliteTable(
  'candidate_tags',
  {
    candidateId: text('candidate_id').notNull(),
    tagId: text('tag_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.tagId] }), index('candidate_tags_tag_idx').on(t.tagId)],
);

export const applications = sqliteTable(
  'applications',
  {
    id: text('id').primaryKey(),
    candidateId: text('candidate_id').notNull(),
    jobId: text('job_id'),
    status: text('status').notNull(), // Active | Archived | Hired | Lead
    currentStageId: text('current_stage_id'),
    currentStageTitle: text('current_stage_title'),
    currentStageType: text('current_stage_type'),
    sourceId: text('source_id'),
    archiveReasonId: text('archive_reason_id'),
    archivedAt: text('archived_at'),
    creditedToUserId: text('credited_to_user_id'),
    recruiterUserId: text('recruiter_user_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** True once the stage history below was fetched for this application's `updatedAt`. */
    historyUpdatedAt: text('history_updated_at'),
    raw: raw(),
    mirroredAt: text('mirrored_at').notNull(),
  },
  (t) => [
    index('applications_candidate_idx').on(t.candidateId),
    index('applications_job_idx').on(t.jobId),
    index('applications_updated_at_idx').on(t.updatedAt),
  ],
);

export const applicationHistory = sqliteTable(
  'application_history',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull(),
    stageId: text('stage_id'),
    title: text('title').notNull(),
    stageNumber: integer('stage_number').notNull(),
    enteredStageAt: text('entered_stage_at').notNull(),
    leftStageAt: text('left_stage_at'),
    raw: raw(),
  },
  (t) => [index('application_history_application_idx').on(t.applicationId), index('application_history_stage_idx').on(t.stageId)],
);

export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    status: text('status').notNull(),
    employmentType: text('employment_type'),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(false),
    departmentId: text('department_id'),
    locationId: text('location_id'),
    defaultInterviewPlanId: text('default_interview_plan_id'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at').notNull(),
    openedAt: text('opened_at'),
    closedAt: text('closed_at'),
    raw: raw(),
    mirroredAt: text('mirrored_at').notNull(),
  },
  (t) => [index('jobs_status_idx').on(t.status)],
);

export const jobPostings = sqliteTable(
  'job_postings',
  {
    id: text('id').primaryKey(),
    jobId: text('job_id').notNull(),
    title: text('title').notNull(),
    isListed: integer('is_listed', { mode: 'boolean' }).notNull().default(true),
    publishedDate: text('published_date'),
    departmentName: text('department_name'),
    locationName: text('location_name'),
    descriptionPlain: text('description_plain'),
    updatedAt: text('updated_at'),
    raw: raw(),
    mirroredAt: text('mirrored_at').notNull(),
  },
  (t) => [index('job_postings_job_idx').on(t.jobId)],
);

export const departments = sqliteTable('departments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  parentId: text('parent_id'),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at'),
  raw: raw(),
});

export const locations = sqliteTable('locations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  raw: raw(),
});

export const interviewPlans = sqliteTable('interview_plans', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at'),
  raw: raw(),
});

export const interviewStages = sqliteTable(
  'interview_stages',
  {
    id: text('id').primaryKey(),
    interviewPlanId: text('interview_plan_id').notNull(),
    title: text('title').notNull(),
    type: text('type'),
    orderInPlan: integer('order_in_plan').notNull(),
    raw: raw(),
  },
  (t) => [index('interview_stages_plan_idx').on(t.interviewPlanId)],
);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  firstName: text('first_name'),
  lastName: text('last_name'),
  email: text('email'),
  globalRole: text('global_role'),
  isEnabled: integer('is_enabled', { mode: 'boolean' }).notNull().default(true),
  updatedAt: text('updated_at'),
  raw: raw(),
});

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  sourceType: text('source_type'),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  raw: raw(),
});

export const archiveReasons = sqliteTable('archive_reasons', {
  id: text('id').primaryKey(),
  text: text('text').notNull(),
  reasonType: text('reason_type'),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  raw: raw(),
});

export const tags = sqliteTable('tags', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  raw: raw(),
});

export const customFields = sqliteTable('custom_fields', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  objectType: text('object_type'),
  fieldType: text('field_type'),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  raw: raw(),
});

/** Resumes and attachments: one row per Ashby file id, with extraction status. */
export const files = sqliteTable(
  'files',
  {
    id: text('id').primaryKey(),
    candidateId: text('candidate_id').notNull(),
    kind: text('kind').notNull(), // resume | attachment
    name: text('name').notNull(),
    handle: text('handle').notNull(),
    status: text('status').notNull(), // pending | retry | ok | failed | no_text_layer (an image-only PDF, awaiting OCR)
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    localPath: text('local_path'),
    text: text('text'),
    format: text('format'), // pdf | docx | doc | rtf | odt | text | pdf_ocr, by content (src/sync/files/sniff.ts)
    extractedAt: text('extracted_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('files_candidate_idx').on(t.candidateId), index('files_status_idx').on(t.status)],
);

/** Candidates removed from Ashby (deleted or merged away): later stale copies must not resurrect them. */
export const candidateTombstones = sqliteTable('candidate_tombstones', {
  candidateId: text('candidate_id').primaryKey(),
  reason: text('reason').notNull(), // deleted | merged
  mergedIntoId: text('merged_into_id'),
  removedAt: text('removed_at').notNull(),
});

/** Per-entity sync progress: a crash resumes from `cursor`; incremental sync continues from `syncToken`. */
export const syncState = sqliteTable('sync_state', {
  entity: text('entity').primaryKey(),
  syncToken: text('sync_token'),
  cursor: text('cursor'),
  cursorMode: text('cursor_mode'), // full | incremental: what the stored cursor belongs to
  pageCount: integer('page_count').notNull().default(0),
  /** Start of the full pass in progress: rows not seen since then are gone from Ashby. */
  fullStartedAt: text('full_started_at'),
  lastFullSyncAt: text('last_full_sync_at'),
  lastSuccessAt: text('last_success_at'),
  lastError: text('last_error'),
  updatedAt: text('updated_at').notNull(),
});

/** One row per sync run, for status and digests. */
export const syncRuns = sqliteTable('sync_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  mode: text('mode').notNull(), // full | incremental | reconcile
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  status: text('status').notNull(), // running | ok | failed
  error: text('error'),
  counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
});

/** Webhook events, stored before they are acknowledged and applied asynchronously. */
export const webhookEvents = sqliteTable(
  'webhook_events',
  {
    webhookActionId: text('webhook_action_id').primaryKey(),
    action: text('action').notNull(),
    receivedAt: text('received_at').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(), // pending | applied | ignored | failed
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    appliedAt: text('applied_at'),
  },
  (t) => [index('webhook_events_status_idx').on(t.status)],
);

/** Changed candidate ids for the search indexer, drained in `seq` order; draining is idempotent. */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    candidateId: text('candidate_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('outbox_candidate_idx').on(t.candidateId)],
);

/** Who did what: tool calls, searches, exports, writes to Ashby. Arguments are stored without PII. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(), // e.g. mcp:stdio, slack:U123, cli
    action: text('action').notNull(),
    args: text('args', { mode: 'json' }).$type<Record<string, unknown>>(),
    resultCount: integer('result_count'),
    outcome: text('outcome').notNull().default('ok'),
    detail: text('detail'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/** Small key/value facts about the mirror (as-of time, index model, digest cursor…). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Enrichment: one profile per candidate, derived from Ashby fields and resume text (src/match). */
export const candidateProfiles = sqliteTable('candidate_profiles', {
  candidateId: text('candidate_id').primaryKey(),
  currentTitle: text('current_title'),
  currentCompany: text('current_company'),
  occupationCode: text('occupation_code'),
  location: text('location'),
  yearsExperience: real('years_experience'),
  yearsInRole: real('years_in_role'),
  highestDegree: text('highest_degree'),
  /** Read only through `parseStoredProfile` (read-model/profile.ts): old rows may not fit the type. */
  profile: text('profile', { mode: 'json' }).$type<CandidateProfile>().notNull(),
  sourceUpdatedAt: text('source_updated_at').notNull(),
  extractorVersion: integer('extractor_version').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Pairs of candidate records judged to be the same person (never merged in Ashby automatically). */
export const identityLinks = sqliteTable(
  'identity_links',
  {
    candidateId: text('candidate_id').notNull(),
    otherCandidateId: text('other_candidate_id').notNull(),
    confidence: real('confidence').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.otherCandidateId] }), index('identity_links_other_idx').on(t.otherCandidateId)],
);

/** Stored rediscovery results for a job (computed on `jobCreate`, read by digests). */
export const jobMatches = sqliteTable(
  'job_matches',
  {
    jobId: text('job_id').notNull(),
    candidateId: text('candidate_id').notNull(),
    rank: integer('rank').notNull(),
    score: real('score').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    computedAt: text('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.candidateId] })],
);
