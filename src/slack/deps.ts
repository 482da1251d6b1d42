import type { AuditEntry } from '../audit/audit-log.js';
import type { Insights } from '../export/types.js';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import type { SyncStatus } from '../views/sync-status.js';
import type { AddToJobPreview, AddToJobRequest, AddToJobResult } from '../writes/add-candidate-to-job.js';
import type { DigestData } from './digest/digest-data.js';

/*
 * Everything the bot needs, as plain functions. The bot never touches the database, the index or
 * Ashby itself: `createSlackDeps` (mirror-deps.ts) wires the real ones, tests pass in-memory fakes.
 */

/** A natural-language request mapped onto the query language (the NL parser's output). */
export interface ParsedRequest {
  request: SearchRequestInput;
  /** Phrases that looked like a filter but name nothing in the account (kept as free text). */
  unmapped: string[];
  /** How the words were read, one line each, shown under the results. */
  notes: string[];
}

export interface CandidateContact {
  email: string | null;
  phone: string | null;
}

export interface SlackDeps {
  now(): Date;
  /** NL → SearchRequest (offline parser, or the LLM with the offline fallback). */
  parse(text: string, now: Date): Promise<ParsedRequest>;
  /** Search as `actor` (`slack:U123`) sees the account: confidential jobs only for those allowed. */
  search(req: SearchRequestInput, actor: string): Promise<SearchResponse>;
  insights(req: SearchRequestInput, actor: string): Promise<Insights>;
  /** The XLSX export of every candidate the request matches (audited by the caller). */
  exportXlsx(input: { request: SearchRequestInput; actor: string }): Promise<{ fileName: string; bytes: Buffer; rowCount: number; total: number }>;
  /** A PNG chart of the insights (one dimension), or null when there is nothing to draw. */
  chartPng(insights: Insights): Promise<Buffer | null>;
  /** Contact details by candidate id, shown only in DMs and ephemeral messages unless configured. */
  contacts(candidateIds: string[]): Promise<Record<string, CandidateContact>>;
  syncStatus(): Promise<SyncStatus>;
  /** Jobs a candidate can be added to (open first), for the "Add to job…" picker. */
  openJobs(): Promise<{ id: string; title: string }[]>;
  previewAddToJob(request: AddToJobRequest): Promise<AddToJobPreview>;
  confirmAddToJob(request: AddToJobRequest, token: string, actor: string): Promise<AddToJobResult>;
  audit(entry: AuditEntry): void | Promise<void>;
  /** What the mirror gained between `since` and `now`, for the digest. */
  digestData(since: Date, now: Date): Promise<DigestData>;
  lastDigestAt(): Promise<Date | null>;
  setLastDigestAt(at: Date): Promise<void>;
}
