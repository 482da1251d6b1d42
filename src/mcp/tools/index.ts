import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ProductApi } from '../../app/product-api.js';
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
export function registerTools(server: McpServer, api: ProductApi): void {
  registerSearchCandidates(server, api);
  registerGetCandidateProfile(server, api);
  registerListFilterValues(server, api);
  registerListJobs(server, api);
  registerGetInsights(server, api);
  registerExportCandidatesXlsx(server, api);
  registerFindCandidatesForJob(server, api);
  registerGetSyncStatus(server, api);
  registerAddCandidateToJob(server, api);
}
