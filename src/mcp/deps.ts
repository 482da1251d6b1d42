import { z } from 'zod';
import type { AuditEntry } from '../audit/audit-log.js';
import type { ExportResult } from '../export/export-candidates.js';
import type { Insights } from '../export/types.js';
import { ApplicationSummary, RankedCandidate, type SearchRequestInput, type SearchResponse } from '../retrieval/query/search-request.js';
import type { CandidateProfileView } from '../views/candidate-profile.js';
import type { JobSummary } from '../views/jobs.js';
import type { SyncStatus } from '../views/sync-status.js';
import type { AddToJobPreview, AddToJobRequest, AddToJobResult } from '../writes/add-candidate-to-job.js';

/*
 * Everything the MCP tools need, as plain functions. The server never touches the database, the
 * index or Ashby directly: the wiring (src/cli, src/mcp/mirror-deps.ts) provides the real
 * implementations and tests provide in-memory fakes.
 */

/** Dimensions with discrete values a filter accepts (list_filter_values). */
export const FILTER_VALUE_DIMENSIONS = [
  'stage',
  'stageReached',
  'job',
  'department',
  'recruiter',
  'source',
  'rejectionReason',
  'applicationStatus',
  'tag',
  'currentTitle',
  'pastTitle',
  'currentCompany',
  'pastCompany',
  'location',
  'skill',
  'school',
  'degree',
] as const;
export type FilterValueDimension = (typeof FILTER_VALUE_DIMENSIONS)[number];

export const FilterValue = z.object({ value: z.string(), count: z.number().int() });
export type FilterValue = z.infer<typeof FilterValue>;

/** Rediscovery results for a job (src/match provides them; the shape is the MCP contract). */
export const JobMatch = RankedCandidate.extend({
  reasons: z.array(z.string()).describe('Why this candidate fits, in recruiter words'),
  applications: z.array(ApplicationSummary).describe('Their applications, as search and the profile show them'),
});
export const CandidatesForJob = z.object({
  job: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
  results: z.array(JobMatch),
  asOf: z.string().nullable(),
});
export type CandidatesForJob = z.infer<typeof CandidatesForJob>;

export interface McpDeps {
  /** Default actor for audit rows; the transports override it with `mcp:stdio` / `mcp:http`. */
  actor: string;
  now(): Date;
  search(req: SearchRequestInput): Promise<SearchResponse>;
  insights(req: SearchRequestInput, dimensions?: string[]): Promise<Insights>;
  filterValues(dimension: FilterValueDimension): Promise<FilterValue[]>;
  getCandidateProfile(candidateId: string, opts: { includeResume: boolean }): Promise<CandidateProfileView | null>;
  /** `job` is an Ashby job id or a job title (resolved as the CLI does). */
  candidatesForJob(input: { job?: string; description?: string; limit: number; includeHired?: boolean }): Promise<CandidatesForJob>;
  listJobs(opts: { query?: string; status?: string[] }): Promise<JobSummary[]>;
  /** Candidates whose name starts with (or has a word starting with) `prefix`, for argument completion. */
  candidateNames(prefix: string, limit: number): Promise<{ id: string; name: string }[]>;
  /** A finished export's bytes, by the file name export_candidates_xlsx returned. */
  readExport(fileName: string): Promise<{ bytes: Buffer; mimeType: string }>;
  syncStatus(): Promise<SyncStatus>;
  exportXlsx(input: { request: SearchRequestInput; actor: string }): Promise<ExportResult>;
  previewAddToJob(request: AddToJobRequest): Promise<AddToJobPreview>;
  confirmAddToJob(request: AddToJobRequest, token: string, actor: string): Promise<AddToJobResult>;
  audit(entry: AuditEntry): void | Promise<void>;
}
