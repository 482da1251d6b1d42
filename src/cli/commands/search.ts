import type { Command } from 'commander';
import { openCliApi } from '../cli-api.js';
import type { ExcludeFilters, SearchFilters, SearchRequestInput, SearchResponse } from '../../retrieval/query/search-request.js';
import { readerNotice } from '../reader-notice.js';
import { AppError } from '../../shared/errors.js';
import { modeOption, wholeNumber } from '../options.js';

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
  notStage?: string[];
  notStageReached?: string[];
  notJob?: string[];
  notDepartment?: string[];
  notRecruiter?: string[];
  notSource?: string[];
  notRejectionReason?: string[];
  notTag?: string[];
  notStatus?: string[];
  notTitle?: string[];
  notCompany?: string[];
  notLocation?: string[];
  notSkill?: string[];
  notSchool?: string[];
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
    .option('--not-stage <stage>', 'drop candidates currently in this stage (repeatable)', collect)
    .option('--not-stage-reached <stage>', 'drop candidates who ever reached this stage (repeatable)', collect)
    .option('--not-job <job>', 'drop candidates who applied to this job (repeatable)', collect)
    .option('--not-department <name>', 'drop candidates with applications in this department (repeatable)', collect)
    .option('--not-recruiter <name>', 'drop candidates with this recruiter (repeatable)', collect)
    .option('--not-source <source>', 'drop candidates from this source (repeatable)', collect)
    .option('--not-rejection-reason <reason>', 'drop candidates archived for this reason (repeatable)', collect)
    .option('--not-tag <tag>', 'drop candidates with this tag (repeatable)', collect)
    .option('--not-status <status>', 'drop candidates with an application in this status (repeatable)', collect)
    .option('--not-title <title>', 'drop candidates who ever held this title (repeatable)', collect)
    .option('--not-company <company>', 'drop candidates who ever worked at this company (repeatable)', collect)
    .option('--not-location <place>', 'drop candidates in this city, region or country (repeatable)', collect)
    .option('--not-skill <skill>', 'drop candidates with this skill (repeatable)', collect)
    .option('--not-school <school>', 'drop candidates from this school (repeatable)', collect)
    .option('--min-years <n>', 'minimum years of experience')
    .option('--updated-after <date>', 'last activity on or after this date (YYYY-MM-DD)')
    .option('--updated-before <date>', 'last activity before this date (YYYY-MM-DD)');
}

const STATUSES = ['Active', 'Archived', 'Hired', 'Lead'] as const;

function statuses(flag: string, values: string[] | undefined) {
  return values?.map((s) => {
    const match = STATUSES.find((x) => x.toLowerCase() === s.toLowerCase());
    if (!match) throw new AppError('invalid_input', `${flag} must be one of ${STATUSES.join(', ')}; got "${s}"`);
    return match;
  });
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** `--not-<key>` flags → `filters.exclude` (same keys and values as the positive flags). */
function excludeFromOptions(o: FilterOptions): ExcludeFilters | undefined {
  const exclude = defined<ExcludeFilters>({
    stage: o.notStage, stageReached: o.notStageReached, job: o.notJob, department: o.notDepartment, recruiter: o.notRecruiter,
    source: o.notSource, rejectionReason: o.notRejectionReason, tag: o.notTag, applicationStatus: statuses('--not-status', o.notStatus),
    pastTitle: o.notTitle, pastCompany: o.notCompany, location: o.notLocation, skill: o.notSkill, school: o.notSchool,
  });
  return Object.keys(exclude).length ? exclude : undefined;
}

/** Build the SearchRequest filters from CLI flags. */
export function filtersFromOptions(o: FilterOptions): SearchFilters {
  const status = statuses('--status', o.status);
  const minYears = o.minYears === undefined ? undefined : Number(o.minYears);
  if (minYears !== undefined && !(minYears >= 0)) throw new AppError('invalid_input', `--min-years must be a number ≥ 0; got "${o.minYears}"`);
  const f: SearchFilters = {
    stage: o.stage, stageReached: o.stageReached, job: o.job, department: o.department, recruiter: o.recruiter, source: o.source,
    rejectionReason: o.rejectionReason, tag: o.tag, applicationStatus: status, pastTitle: o.title, pastCompany: o.company,
    location: o.location, skill: o.skill, school: o.school,
    yearsExperience: minYears === undefined ? undefined : { min: minYears },
    updated: o.updatedAfter || o.updatedBefore ? { after: o.updatedAfter, before: o.updatedBefore } : undefined,
    exclude: excludeFromOptions(o),
  };
  return defined(f);
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
    .addOption(modeOption())
    .option('--limit <n>', 'results per page (1-500)', wholeNumber(1, 500), 20)
    .option('--cursor <cursor>', 'next page cursor from a previous search')
    .option('--json', 'print the full JSON response')
    .action(async (text: string | undefined, o: FilterOptions & { limit: number; cursor?: string; json?: boolean }) => {
      const req: SearchRequestInput = {
        text, boolean: o.boolean, filters: filtersFromOptions(o), mode: o.mode as SearchRequestInput['mode'], limit: o.limit, cursor: o.cursor,
      };
      const cli = await openCliApi();
      try {
        const res = await cli.api.search(req);
        const notice = await readerNotice(cli.api);
        if (notice) process.stderr.write(`${notice}\n`);
        process.stdout.write(o.json ? `${JSON.stringify(res, null, 2)}\n` : formatSearchTable(res));
      } finally {
        await cli.close();
      }
    });
}
