/**
 * Which Ashby API key permission each endpoint needs (ashby-api.md §1, from the OAS descriptions),
 * so a permission error can tell the user exactly which toggle to enable on the key.
 */

/** The read permissions the mirror needs; shown when a key is missing or refused. */
export const REQUIRED_READ_SCOPES = [
  'candidatesRead',
  'jobsRead',
  'interviewsRead',
  'hiringProcessMetadataRead',
  'organizationRead',
] as const;

const CATEGORY_SCOPE: Record<string, string> = {
  candidate: 'candidates',
  application: 'candidates',
  file: 'candidates',
  job: 'jobs',
  jobPosting: 'jobs',
  jobInterviewPlan: 'jobs',
  interviewStage: 'interviews',
  interviewPlan: 'interviews',
  interview: 'interviews',
  interviewSchedule: 'interviews',
  interviewEvent: 'interviews',
  interviewerPool: 'interviews',
  source: 'hiringProcessMetadata',
  archiveReason: 'hiringProcessMetadata',
  candidateTag: 'hiringProcessMetadata',
  customField: 'hiringProcessMetadata',
  closeReason: 'hiringProcessMetadata',
  user: 'organization',
  department: 'organization',
  location: 'organization',
  hiringTeamRole: 'organization',
  brand: 'organization',
  webhook: 'apiKeys',
  apiKey: 'apiKeys',
};

const READ_VERBS = /^(list|info|search)/;

/**
 * The permission an endpoint needs, e.g. `candidate.list` → `candidatesRead`.
 * Write scopes (`…Write`) for create/update endpoints are inferred by symmetry; Ashby documents only the read ones.
 */
export function scopeForMethod(method: string): string | undefined {
  const [category, verb = ''] = method.split('.');
  const base = CATEGORY_SCOPE[category];
  if (!base) return undefined;
  return `${base}${READ_VERBS.test(verb) ? 'Read' : 'Write'}`;
}
