import { z } from 'zod';
import type { AuditEntry } from '../audit/audit-log.js';
import type { ExportResult } from '../export/export-candidates.js';
import { ExportInsights } from '../export/types.js';
import type { SearchInsights as InsightsDetail } from '../retrieval/insights/insights.js';
import { ApplicationSummary, RankedCandidate, type SearchRequestInput, type SearchResponse } from '../retrieval/query/search-request.js';
import type { CandidatesForJobResult } from '../match/rediscover/index.js';
import type { DigestData } from '../store/digest.js';
import { CandidateProfileView } from '../views/candidate-profile.js';
import { JobSummary } from '../views/jobs.js';
import { SyncStatus } from '../views/sync-status.js';
import { AddToJobPreview, AddToJobRequest, AddToJobResult } from '../writes/add-candidate-to-job.js';

/*
 * The product API: everything a door (MCP tools, the Slack bot, the CLI) may ask of the product, as
 * one interface. A door gets it from the composition root as `product.api(actor)`; the actor says who
 * is asking (`mcp:http`, `mcp:stdio`, `slack:U123`, `slack` for a channel audience, `cli`), and the
 * API decides from it what may be seen (confidential jobs) and who the audit log names. No door reads
 * the store, the index or Ashby itself.
 */

export { CandidateProfileView, ExportInsights, JobSummary, SyncStatus, AddToJobPreview, AddToJobRequest, AddToJobResult };
export type { DigestData, ExportResult, InsightsDetail, SearchRequestInput, SearchResponse };

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
export const FilterValueDimension = z.enum(FILTER_VALUE_DIMENSIONS);
export type FilterValueDimension = z.infer<typeof FilterValueDimension>;

export const FilterValue = z.object({ value: z.string(), count: z.number().int() });
export type FilterValue = z.infer<typeof FilterValue>;

/**
 * Rediscovery for a job: an Ashby job id or title (resolved the same way for every door), or a pasted
 * description; exactly one. Doors bound their own input (MCP: 100 results, 20,000 characters; CLI: 500).
 */
export const RediscoverInput = z.object({
  job: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  limit: z.number().int().min(1).default(10),
  includeHired: z.boolean().default(false),
});
export type RediscoverInput = z.input<typeof RediscoverInput>;

/** One rediscovered candidate: a ranked candidate with reasons and applications as search and the profile show them. */
const JobMatch = RankedCandidate.extend({
  reasons: z.array(z.string()).describe('Why this candidate fits, in recruiter words'),
  applications: z.array(ApplicationSummary).describe('Their applications, as search and the profile show them'),
});
/** Rediscovery results: the job as understood, ranked candidates, and the mirror's "as of". */
export const CandidatesForJob = z.object({
  job: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
  results: z.array(JobMatch),
  asOf: z.string().nullable(),
});
export type CandidatesForJob = z.infer<typeof CandidatesForJob>;

/** What rediscovery returns: the contract above, plus how the job was read (occupation, skills, years), which the CLI prints. */
export type Rediscovery = Omit<CandidatesForJobResult, 'job'> & {
  job: CandidatesForJobResult['job'] & { id: string | null; title: string | null };
  asOf: string | null;
};

const ListJobsInput = z.object({
  query: z.string().max(200).optional().describe('Words the title, department or location must contain, e.g. "platform product"'),
  status: z.array(z.enum(['Open', 'Closed', 'Archived', 'Draft'])).min(1).max(4).optional(),
});
type ListJobsInput = z.infer<typeof ListJobsInput>;

/** A natural-language request mapped onto the query language (the NL parser's output). */
export interface ParsedRequest {
  request: SearchRequestInput;
  /** Phrases that looked like a filter but name nothing in the account (kept as free text). */
  unmapped: string[];
  /** How the words were read, one line each. */
  notes: string[];
  /** Which parser read it (the language model, or the offline parser); absent from stand-ins. */
  parser?: 'llm' | 'offline';
}

export interface CandidateContact {
  email: string | null;
  phone: string | null;
}

/** Whether this process reads next to a running `serve` whose index is still catching up. */
interface ReaderState {
  /** The pid of the `serve` this process reads next to, or null when it owns the data folder. */
  servePid: number | null;
  dataDir: string;
  /** False while serve has mirror changes it has not indexed yet. */
  indexComplete: boolean;
}

/** An audit row as a door describes it; the API adds who (its actor) and, unless given, when. */
export type DoorAuditEntry = Omit<AuditEntry, 'actor'>;

/** The product as one actor sees it. */
export interface ProductApi {
  /** Who is asking: names every audit row and decides what may be seen. */
  readonly actor: string;
  now(): Date;

  search(request: SearchRequestInput): Promise<SearchResponse>;
  /** Distributions over a result set, values with counts and shares; `dimensions` keeps only those. */
  insights(request: SearchRequestInput, opts?: { dimensions?: string[] }): Promise<ExportInsights>;
  /** The same with each dimension's unknown count (the CLI's table). */
  insightsDetail(request: SearchRequestInput): Promise<InsightsDetail>;
  /** A PNG bar chart of the first non-empty dimension, or null when there is nothing to draw. */
  insightsChart(insights: ExportInsights): Promise<Buffer | null>;
  /** Natural language → SearchRequest (the LLM with the account's values when configured, else the offline parser). */
  parseRequest(text: string, now?: Date): Promise<ParsedRequest>;

  profile(candidateId: string, opts: { includeResume: boolean }): Promise<CandidateProfileView | null>;
  /** Candidates whose name starts with (or has a word starting with) `prefix`, for completion. */
  candidateNames(prefix: string, limit: number): Promise<{ id: string; name: string }[]>;
  /** Contact details by candidate id (the door decides where they may be shown). */
  contacts(candidateIds: string[]): Promise<Record<string, CandidateContact>>;

  rediscover(input: RediscoverInput): Promise<Rediscovery>;
  listJobs(input?: ListJobsInput): Promise<JobSummary[]>;
  /** Open jobs by title: what a candidate can be added to. */
  openJobs(): Promise<{ id: string; title: string }[]>;
  filterValues(dimension: FilterValueDimension): Promise<FilterValue[]>;

  /** Sync and index status, with the mirror's "data as of". */
  status(): Promise<SyncStatus>;
  readerState(): Promise<ReaderState>;

  /**
   * The request as an XLSX workbook under the exports folder (audited). With free text, the Candidates
   * sheet lists the people its insights describe (ranked matches above the relevance floor);
   * `allReached` lists everyone the search reached. Filters only: every match.
   */
  exportXlsx(request: SearchRequestInput, opts?: { allReached?: boolean }): Promise<ExportResult>;
  /** A finished export's bytes, by the file name exportXlsx returned. */
  readExport(fileName: string): Promise<{ bytes: Buffer; mimeType: string }>;

  previewAddToJob(request: AddToJobRequest): Promise<AddToJobPreview>;
  confirmAddToJob(request: AddToJobRequest, token: string): Promise<AddToJobResult>;

  /** What the mirror gained over (since, until], as this actor may see it. */
  digest(since: Date, until: Date): Promise<DigestData>;
  lastDigestAt(): Promise<Date | null>;
  setLastDigestAt(at: Date): Promise<void>;

  audit(entry: DoorAuditEntry): Promise<void>;
}

/** The API for each actor: multi-user doors (Slack) ask for one per request. */
export type ProductApiFor = (actor: string) => ProductApi;
