import { audit } from '../audit/audit-log.js';
import { exportCandidates } from '../export/export-candidates.js';
import { readExportFile } from '../export/read-export.js';
import { resolveJobId } from '../match/rediscover/resolve-job.js';
import { candidateNamesStartingWith } from '../views/candidate-names.js';
import { listJobs } from '../views/jobs.js';
import type { AppConfig } from '../shared/config.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import { getCandidateProfile } from '../views/candidate-profile.js';
import { getSyncStatus } from '../views/sync-status.js';
import { confirmAddToJob, previewAddToJob, type ApplicationCreator } from '../writes/add-candidate-to-job.js';
import { ConfirmationTokens } from '../writes/confirmation-token.js';
import type { CandidatesForJob, McpDeps } from './deps.js';
import { appVersion } from './server.js';

/** What the mirror-backed deps cannot provide themselves: the search engine, matching and the Ashby client. */
export interface MirrorDepsOptions {
  db: Db;
  config: Pick<AppConfig, 'exportsDir' | 'REDISCOVERY_EXPORT_MAX_ROWS' | 'REDISCOVERY_ALLOW_WRITES'>;
  search: McpDeps['search'];
  insights: McpDeps['insights'];
  filterValues: McpDeps['filterValues'];
  /** Rediscovery for a job id (already resolved from a title) or a description. */
  candidatesForJob(input: { jobId?: string; description?: string; limit: number; includeHired?: boolean }): Promise<CandidatesForJob>;
  /** The Ashby client (only needed for add_candidate_to_job); absent → a clear error when confirming. */
  ashby?: ApplicationCreator;
  actor?: string;
  /** What the actor may see (confidential jobs): the product layer decides it from the actor. */
  visibility: Visibility;
  now?: () => Date;
  /** Shared across requests so a token issued by one HTTP request can be confirmed by the next. */
  tokens?: ConfirmationTokens;
  /** The outbox seq the search index has reached (what sync status counts as still waiting). */
  indexCheckpoint: () => number;
}

/** McpDeps over the SQLite mirror: views, export, audit and writes are real; search and matching are injected. */
export function createMirrorDeps(o: MirrorDepsOptions): McpDeps {
  const now = o.now ?? (() => new Date());
  const tokens = o.tokens ?? new ConfirmationTokens();
  const writesEnabled = o.config.REDISCOVERY_ALLOW_WRITES;
  return {
    actor: o.actor ?? 'mcp',
    now,
    search: o.search,
    insights: o.insights,
    filterValues: o.filterValues,
    candidatesForJob: async ({ job, description, limit, includeHired }) => o.candidatesForJob({ jobId: job === undefined ? undefined : resolveJobId(o.db, job, o.visibility), description, limit, includeHired }),
    listJobs: async (opts) => listJobs(o.db, { ...opts, confidential: o.visibility.confidential }),
    candidateNames: async (prefix, limit) => candidateNamesStartingWith(o.db, prefix, limit),
    readExport: (fileName) => readExportFile(o.config.exportsDir, fileName),
    getCandidateProfile: async (id, opts) => getCandidateProfile(o.db, id, { ...opts, visibility: o.visibility }),
    syncStatus: async () => getSyncStatus(o.db, now(), o.indexCheckpoint()),
    exportXlsx: ({ request, actor }) =>
      exportCandidates(
        {
          db: o.db,
          visibility: o.visibility,
          search: o.search,
          insights: (req) => o.insights(req),
          maxRows: o.config.REDISCOVERY_EXPORT_MAX_ROWS,
          exportsDir: o.config.exportsDir,
          appVersion: appVersion(),
          now,
        },
        { request, actor },
      ),
    previewAddToJob: async (request) => previewAddToJob(o.db, request, { tokens, now: now(), writesEnabled }),
    confirmAddToJob: async (request, token, actor) => {
      const client: ApplicationCreator = o.ashby ?? {
        applicationCreate: async () => {
          throw new AppError('ashby_auth_missing', 'No Ashby API key is configured on this server: set ASHBY_API_KEY (with the candidatesWrite permission).');
        },
      };
      return confirmAddToJob({ request, token, client, db: o.db, actor, tokens, now: now(), writesEnabled });
    },
    audit: (entry) => audit(o.db, entry),
  };
}
