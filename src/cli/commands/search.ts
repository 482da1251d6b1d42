import type { Command } from 'commander';
import { openContext } from '../../app/context.js';
import type { SearchFilters, SearchRequestInput, SearchResponse } from '../../retrieval/query/search-request.js';
import { openRetrievalService } from '../../retrieval/service.js';
import { visibilityFor } from '../../app/viewer.js';
import { loadConfig } from '../../shared/config.js';
import { AppError } from '../../shared/errors.js';

/** Repeatable option: `--stage Onsite --stage Offer`. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface FilterOptions {
  boolean?: string;
  stage?: string[];
  stageReached?: string[];
  job?: string[];
  department?: string[];
  recruiter?: string[];
  source?: string[];
  rejectionReason?: string[];
  tag?: string[];
  status?: string[];
  location?: string[];
  skill?: string[];
  title?: string[];
  company?: string[];
  school?: string[];
  updatedAfter?: string;
  updatedBefore?: string;
  minYears?: string;
  mode?: string;
}

/** Add the shared filter flags (used by `search` and `insights`). */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--boolean <query>', 'Boolean keyword query: AND, OR, NOT/-term, "phrases", (groups), title:/company:/skill:/school:')
    .option('--stage <stage>', 'current interview stage (repeatable)', collect)
    .option('--stage-reached <stage>', 'stage ever reached (repeatable)', collect)
    .option('--job <job>', 'job title or id (repeatable)', collect)
    .option('--department <name>', 'department (repeatable)', collect)
    .option('--recruiter <name>', 'recruiter name, email or id (repeatable)', collect)
    .option('--source <source>', 'source (repeatable)', collect)
    .option('--rejection-reason <reason>', 'archive reason (repeatable)', collect)
    .option('--tag <tag>', 'candidate tag (repeatable)', collect)
    .option('--status <status>', 'application status: Active, Archived, Hired, Lead (repeatable)', collect)
    .option('--title <title>', 'current or past title (repeatable)', collect)
    .option('--company <company>', 'current or past company (repeatable)', collect)
    .option('--location <place>', 'city, region or country (repeatable)', collect)
    .option('--skill <skill>', 'skill (repeatable)', collect)
    .option('--school <school>', 'school (repeatable)', collect)
    .option('--min-years <n>', 'minimum years of experience')
    .option('--updated-after <date>', 'last activity on or after this date (YYYY-MM-DD)')
    .option('--updated-before <date>', 'last activity before this date (YYYY-MM-DD)');
}

const STATUSES = ['Active', 'Archived', 'Hired', 'Lead'] as const;

/** Build the SearchRequest filters from CLI flags. */
export function filtersFromOptions(o: FilterOptions): SearchFilters {
  const status = o.status?.map((s) => {
    const match = STATUSES.find((x) => x.toLowerCase() === s.toLowerCase());
    if (!match) throw new AppError('invalid_input', `--status must be one of ${STATUSES.join(', ')}; got "${s}"`);
    return match;
  });
  const minYears = o.minYears === undefined ? undefined : Number(o.minYears);
  if (minYears !== undefined && !(minYears >= 0)) throw new AppError('invalid_input', `--min-years must be a number ≥ 0; got "${o.minYears}"`);
  const f: SearchFilters = {
    stage: o.stage, stageReached: o.stageReached, job: o.job, department: o.department, recruiter: o.recruiter, source: o.source,
    rejectionReason: o.rejectionReason, tag: o.tag, applicationStatus: status, pastTitle: o.title, pastCompany: o.company,
    location: o.location, skill: o.skill, school: o.school,
    yearsExperience: minYears === undefined ? undefined : { min: minYears },
    updated: o.updatedAfter || o.updatedBefore ? { after: o.updatedAfter, before: o.updatedBefore } : undefined,
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as SearchFilters;
}

/** A readable table of results for a terminal. */
export function formatSearchTable(res: SearchResponse): string {
  const lines = [`${res.total} candidate(s) · mode ${res.mode} · data as of ${res.asOf ?? 'unknown'}`];
  res.results.forEach((r, i) => {
    const role = [r.currentTitle, r.currentCompany].filter(Boolean).join(' @ ');
    lines.push(`${String(i + 1).padStart(3)}. ${r.name}${role ? ` — ${role}` : ''}  [${r.candidateId}] score ${r.score.toFixed(3)}`);
    if (r.why.snippet) lines.push(`     ${r.why.snippet}`);
    lines.push(`     ${r.why.summary}`);
  });
  if (res.nextCursor) lines.push(`more results: --cursor ${res.nextCursor}`);
  return `${lines.join('\n')}\n`;
}

/** `rediscovery search "<text>" [filters] [--limit N] [--mode M] [--json]`. */
export function registerSearchCommand(program: Command): void {
  addFilterOptions(program.command('search').description('Search candidates: free text, Boolean keywords and exact filters').argument('[text]', 'free text (meaning + keywords)'))
    .option('--mode <mode>', 'hybrid | keyword | vector', 'hybrid')
    .option('--limit <n>', 'results per page', '20')
    .option('--cursor <cursor>', 'next page cursor from a previous search')
    .option('--json', 'print the full JSON response')
    .action(async (text: string | undefined, o: FilterOptions & { limit: string; cursor?: string; json?: boolean }) => {
      const config = loadConfig();
      const ctx = openContext(config, null);
      try {
        const service = await openRetrievalService(ctx.db, config);
        try {
          const req: SearchRequestInput = {
            text, boolean: o.boolean, filters: filtersFromOptions(o), mode: o.mode as SearchRequestInput['mode'], limit: Number(o.limit), cursor: o.cursor,
          };
          const res = await service.search(req, visibilityFor(config.REDISCOVERY_CONFIDENTIAL_ACCESS, 'cli'));
          process.stdout.write(o.json ? `${JSON.stringify(res, null, 2)}\n` : formatSearchTable(res));
        } finally {
          await service.close();
        }
      } finally {
        ctx.close();
      }
    });
}
