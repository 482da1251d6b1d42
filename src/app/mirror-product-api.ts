import { audit } from '../audit/audit-log.js';
import { renderBarChartPng } from '../export/chart.js';
import { exportCandidates } from '../export/export-candidates.js';
import type { ExportSelection } from '../export/types.js';
import { readExportFile } from '../export/read-export.js';
import type { CandidatesForJobResult } from '../match/rediscover/index.js';
import { resolveJobId } from '../match/rediscover/resolve-job.js';
import type { SearchInsights as InsightsDetail } from '../retrieval/insights/insights.js';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import type { AppConfig } from '../shared/config.js';
import { AppError } from '../shared/errors.js';
import { appVersion } from '../shared/version.js';
import { readPrimaryContacts } from '../store/contacts.js';
import type { Db } from '../store/db.js';
import { digestDataFromMirror, readLastDigestAt, writeLastDigestAt } from '../store/digest.js';
import { readOpenJobs } from '../store/jobs.js';
import { readAsOf, type Visibility } from '../store/read-model/index.js';
import { readCandidateNamesStartingWith } from '../store/candidate-names.js';
import { getCandidateProfile } from '../views/candidate-profile.js';
import { listJobs } from '../views/jobs.js';
import { getSyncStatus } from '../views/sync-status.js';
import { confirmAddToJob, previewAddToJob, type ApplicationCreator } from '../writes/add-candidate-to-job.js';
import { ConfirmationTokens } from '../writes/confirmation-token.js';
import { RediscoverInput, type FilterValue, type FilterValueDimension, type ExportInsights, type ParsedRequest, type ProductApi } from './product-api.js';
import { toExportInsights } from './export-insights.js';
import { plainNote } from './plain-notes.js';
import { visibilityFor } from './viewer.js';

/** The engines behind the API that the mirror alone cannot answer: search, matching, NL parsing (openProduct wires the real ones). */
export interface ProductEngines {
  search(request: SearchRequestInput, visibility: Visibility): Promise<SearchResponse>;
  insights(request: SearchRequestInput, visibility: Visibility): Promise<InsightsDetail>;
  /**
   * Who an export lists, in rank order, and the insights over exactly them, from one ranking (the
   * relevance floor; everyone reached with `allReached`): one call, so the sheets cannot disagree.
   */
  membersWithInsights(request: SearchRequestInput, visibility: Visibility, opts: { allReached: boolean; maxMembers: number }): Promise<ExportSelection>;
  /** Insights already in the compact shape, when another thread computes them (serve's search pool). */
  compactInsights?(request: SearchRequestInput, visibility: Visibility, dimensions?: string[]): Promise<ExportInsights>;
  filterValues(dimension: FilterValueDimension, visibility: Visibility): Promise<FilterValue[]>;
  /** Rediscovery for a job id (already resolved from a title) or a description. */
  rediscover(input: { jobId?: string; description?: string; limit: number; includeHired: boolean; visibility: Visibility }): Promise<CandidatesForJobResult>;
  /** The outbox seq the search index has reached, and the newest one. */
  indexState(): Promise<{ indexCheckpoint: number; outboxHead: number }>;
  parse(text: string, now: Date): Promise<ParsedRequest>;
}

interface MirrorProductApiOptions {
  db: Db;
  config: Pick<AppConfig, 'dataDir' | 'exportsDir' | 'REDISCOVERY_EXPORT_MAX_ROWS' | 'REDISCOVERY_ALLOW_WRITES' | 'REDISCOVERY_CONFIDENTIAL_ACCESS'>;
  actor: string;
  engines: ProductEngines;
  /** The Ashby client (only needed to confirm add-to-job); absent → a clear error when confirming. */
  ashby?: ApplicationCreator | null;
  now?: () => Date;
  /** Shared across actors and requests so a token issued by one HTTP request can be confirmed by the next. */
  tokens?: ConfirmationTokens;
  /** The running `serve` this process reads next to, or null. */
  reader?: { pid: number } | null;
}

const noAshbyClient: ApplicationCreator = {
  applicationCreate: async () => {
    throw new AppError('ashby_auth_missing', 'No Ashby API key is configured on this server: set ASHBY_API_KEY (with the candidatesWrite permission).');
  },
};

/** The product API over the SQLite mirror, as `actor` sees it: visibility and audit are decided here, once. */
export function createMirrorProductApi(o: MirrorProductApiOptions): ProductApi {
  const { db, config, actor, engines } = o;
  const now = o.now ?? (() => new Date());
  const tokens = o.tokens ?? new ConfirmationTokens();
  const writesEnabled = config.REDISCOVERY_ALLOW_WRITES;
  const visibility = visibilityFor(config.REDISCOVERY_CONFIDENTIAL_ACCESS, actor);
  const search = (request: SearchRequestInput) => engines.search(request, visibility);
  const insights = async (request: SearchRequestInput, opts: { dimensions?: string[] } = {}) =>
    engines.compactInsights ? engines.compactInsights(request, visibility, opts.dimensions) : toExportInsights(await engines.insights(request, visibility), opts.dimensions);

  return {
    actor,
    now,
    search,
    insights,
    insightsDetail: (request) => engines.insights(request, visibility),
    async insightsChart(shown) {
      const dim = shown.dimensions.find((d) => d.values.length > 0);
      return dim ? renderBarChartPng(dim).png : null;
    },
    async parseRequest(text, at) {
      const parsed = await engines.parse(text, at ?? now());
      // Notes in recruiter words for every door (the parser's own wording is for its evaluations).
      return { ...parsed, notes: parsed.notes.map(plainNote) };
    },

    profile: async (candidateId, opts) => getCandidateProfile(db, candidateId, { ...opts, visibility }),
    candidateNames: async (prefix, limit) => readCandidateNamesStartingWith(db, prefix, limit),
    contacts: async (ids) => readPrimaryContacts(db, ids),

    async rediscover(input) {
      const { job, description, limit, includeHired } = RediscoverInput.parse(input);
      if (!job === !description) throw new AppError('invalid_input', 'Give exactly one of a job (an Ashby job id or title) or a job description text.');
      const jobId = job === undefined ? undefined : resolveJobId(db, job, visibility);
      const result = await engines.rediscover({ jobId, description, limit, includeHired, visibility });
      return { job: { ...result.job, id: result.job.id ?? null, title: result.job.title ?? null }, results: result.results, asOf: readAsOf(db) };
    },
    listJobs: async (input = {}) => listJobs(db, { ...input, confidential: visibility.confidential }),
    openJobs: async () => readOpenJobs(db, visibility),
    filterValues: (dimension) => engines.filterValues(dimension, visibility),

    status: async () => getSyncStatus(db, now(), (await engines.indexState()).indexCheckpoint),
    async readerState() {
      const { indexCheckpoint, outboxHead } = await engines.indexState();
      return { servePid: o.reader?.pid ?? null, dataDir: config.dataDir, indexComplete: !o.reader || indexCheckpoint >= outboxHead };
    },

    exportXlsx: (request, opts = {}) =>
      exportCandidates(
        {
          db, visibility, select: (req, selectOpts) => engines.membersWithInsights(req, visibility, selectOpts),
          maxRows: config.REDISCOVERY_EXPORT_MAX_ROWS, exportsDir: config.exportsDir, appVersion: appVersion(), now,
        },
        { request, actor, allReached: opts.allReached },
      ),
    readExport: (fileName) => readExportFile(config.exportsDir, fileName),

    previewAddToJob: async (request) => previewAddToJob(db, request, { tokens, now: now(), writesEnabled }),
    confirmAddToJob: async (request, token) => confirmAddToJob({ request, token, client: o.ashby ?? noAshbyClient, db, actor, tokens, now: now(), writesEnabled }),

    digest: async (since, until) => digestDataFromMirror(db, since, until, visibility),
    lastDigestAt: async () => readLastDigestAt(db),
    setLastDigestAt: async (at) => writeLastDigestAt(db, at),

    audit: async (entry) => audit(db, { ...entry, actor, at: entry.at ?? now() }),
  };
}
