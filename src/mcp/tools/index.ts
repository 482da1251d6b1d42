import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { McpDeps } from '../deps.js';
import { registerAddCandidateToJob } from './add-candidate-to-job.js';
import { registerExportCandidatesXlsx } from './export-candidates-xlsx.js';
import { registerFindCandidatesForJob } from './find-candidates-for-job.js';
import { registerGetCandidateProfile } from './get-candidate-profile.js';
import { registerGetInsights } from './get-insights.js';
import { registerGetSyncStatus } from './get-sync-status.js';
import { registerListFilterValues } from './list-filter-values.js';
import { registerListJobs } from './list-jobs.js';
import { registerSearchCandidates } from './search-candidates.js';

/** Register every tool. */
export function registerTools(server: McpServer, deps: McpDeps): void {
  registerSearchCandidates(server, deps);
  registerGetCandidateProfile(server, deps);
  registerListFilterValues(server, deps);
  registerListJobs(server, deps);
  registerGetInsights(server, deps);
  registerExportCandidatesXlsx(server, deps);
  registerFindCandidatesForJob(server, deps);
  registerGetSyncStatus(server, deps);
  registerAddCandidateToJob(server, deps);
}
