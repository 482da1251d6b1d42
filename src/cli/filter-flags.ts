import { Option, type Command } from 'commander';
import { AppError } from '../shared/errors.js';
import { SearchFilters, type ExcludeFilters, type SearchFilters as Filters } from '../retrieval/query/search-request.js';

/*
 * Every filter of the query language as a CLI flag, from one table: each value filter has a flag and
 * a `--not-` twin that fills `filters.exclude`; ranges have -after/-before or --min-/--max- flags.
 * filter-flags.test.ts compares this table with the SearchFilters schema, so a filter added to the
 * schema without a flag fails the build.
 */

/** Repeatable option: `--stage Onsite --stage Offer`. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ValueFlag {
  /** The filter key in SearchFilters (and in filters.exclude). */
  key: keyof ExcludeFilters;
  /** Kebab-case flag name without dashes (`stage-reached`). */
  flag: string;
  arg: string;
  help: string;
  notHelp: string;
  /** Accepted values, matched case-insensitively (enum filters). */
  choices?: readonly string[];
}

const STATUSES = ['Active', 'Archived', 'Hired', 'Lead'] as const;
const DEGREES = ['high school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate/diploma'] as const;

export const VALUE_FLAGS: ValueFlag[] = [
  { key: 'stage', flag: 'stage', arg: 'stage', help: 'current interview stage', notHelp: 'currently in this stage' },
  { key: 'stageReached', flag: 'stage-reached', arg: 'stage', help: 'stage ever reached', notHelp: 'who ever reached this stage' },
  { key: 'job', flag: 'job', arg: 'job', help: 'job title or id applied to', notHelp: 'who applied to this job' },
  { key: 'department', flag: 'department', arg: 'name', help: 'department of a job applied to', notHelp: 'with applications in this department' },
  { key: 'recruiter', flag: 'recruiter', arg: 'name', help: 'recruiter name, email or id', notHelp: 'with this recruiter' },
  { key: 'source', flag: 'source', arg: 'source', help: 'source', notHelp: 'from this source' },
  { key: 'rejectionReason', flag: 'rejection-reason', arg: 'reason', help: 'archive (rejection) reason', notHelp: 'archived for this reason' },
  { key: 'applicationStatus', flag: 'status', arg: 'status', help: `application status: ${STATUSES.join(', ')}`, notHelp: 'with an application in this status', choices: STATUSES },
  { key: 'tag', flag: 'tag', arg: 'tag', help: 'candidate tag', notHelp: 'with this tag' },
  { key: 'currentTitle', flag: 'current-title', arg: 'title', help: 'current title', notHelp: 'whose current title is this' },
  { key: 'pastTitle', flag: 'title', arg: 'title', help: 'current or past title', notHelp: 'who ever held this title' },
  { key: 'currentCompany', flag: 'current-company', arg: 'company', help: 'current company', notHelp: 'now at this company' },
  { key: 'pastCompany', flag: 'company', arg: 'company', help: 'current or past company', notHelp: 'who ever worked at this company' },
  { key: 'location', flag: 'location', arg: 'place', help: 'city, region or country', notHelp: 'in this city, region or country' },
  { key: 'skill', flag: 'skill', arg: 'skill', help: 'skill (synonyms normalised: k8s → Kubernetes)', notHelp: 'with this skill' },
  { key: 'school', flag: 'school', arg: 'school', help: 'school', notHelp: 'from this school' },
  { key: 'degree', flag: 'degree', arg: 'degree', help: `degree: ${DEGREES.join(', ')}`, notHelp: 'with this degree', choices: DEGREES },
];

/** Range filters and their flags. */
export const RANGE_FLAGS = {
  updated: ['updated-after', 'updated-before'],
  applied: ['applied-after', 'applied-before'],
  yearsExperience: ['min-years', 'max-years'],
} as const satisfies Partial<Record<keyof Filters, readonly [string, string]>>;

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const notFlag = (flag: string) => `not-${flag}`;

export type FilterOptions = Record<string, string[] | string | undefined> & { boolean?: string; mode?: string };

/** Add every filter flag (used by `search`, `insights` and `export`). */
export function addFilterOptions(command: Command): Command {
  command.option('--boolean <query>', 'Boolean keyword query: AND, OR, NOT/-term, "phrases", (groups), title:/company:/skill:/school:');
  for (const f of VALUE_FLAGS) command.option(`--${f.flag} <${f.arg}>`, `${f.help} (repeatable)`, collect);
  for (const f of VALUE_FLAGS) command.option(`--${notFlag(f.flag)} <${f.arg}>`, `drop candidates ${f.notHelp} (repeatable)`, collect);
  command
    .addOption(new Option('--min-years <n>', 'minimum years of experience'))
    .addOption(new Option('--max-years <n>', 'maximum years of experience'))
    .option('--updated-after <date>', 'last activity on or after this date (YYYY-MM-DD)')
    .option('--updated-before <date>', 'last activity before this date (YYYY-MM-DD)')
    .option('--applied-after <date>', 'applied on or after this date (YYYY-MM-DD)')
    .option('--applied-before <date>', 'applied before this date (YYYY-MM-DD)');
  return command;
}

function checkedValues(f: ValueFlag, flag: string, values: string[] | undefined): string[] | undefined {
  if (!values || !f.choices) return values;
  return values.map((v) => {
    const match = f.choices!.find((c) => c.toLowerCase() === v.trim().toLowerCase());
    if (!match) throw new AppError('invalid_input', `--${flag} must be one of ${f.choices!.join(', ')}; got "${v}"`);
    return match;
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function date(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const v = String(value).trim();
  if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) throw new AppError('invalid_input', `--${flag} must be a date like 2025-03-01; got "${v}"`);
  return v;
}

function years(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (String(value).trim() === '' || !(n >= 0) || n > 80) throw new AppError('invalid_input', `--${flag} must be a number of years from 0 to 80; got "${value}"`);
  return n;
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function range<T>(after: T | undefined, before: T | undefined, names: readonly [string, string]) {
  if (after === undefined && before === undefined) return undefined;
  const [a, b] = names[0].startsWith('min') ? ['min', 'max'] : ['after', 'before'];
  return defined({ [a]: after, [b]: before });
}

/** Build SearchFilters from parsed flags (validated by the schema the other doors use). */
export function filtersFromOptions(o: FilterOptions): Filters {
  const get = (flag: string) => o[camel(flag)] as string[] | undefined;
  const filters: Record<string, unknown> = {};
  const exclude: Record<string, unknown> = {};
  for (const f of VALUE_FLAGS) {
    const yes = checkedValues(f, f.flag, get(f.flag));
    const no = checkedValues(f, notFlag(f.flag), get(notFlag(f.flag)));
    if (yes) filters[f.key] = yes;
    if (no) exclude[f.key] = no;
  }
  const [ua, ub] = RANGE_FLAGS.updated;
  const [aa, ab] = RANGE_FLAGS.applied;
  const [ymin, ymax] = RANGE_FLAGS.yearsExperience;
  filters.updated = range(date(ua, o[camel(ua)]), date(ub, o[camel(ub)]), RANGE_FLAGS.updated);
  filters.applied = range(date(aa, o[camel(aa)]), date(ab, o[camel(ab)]), RANGE_FLAGS.applied);
  const min = years(ymin, o[camel(ymin)]);
  const max = years(ymax, o[camel(ymax)]);
  if (min !== undefined && max !== undefined && min > max) throw new AppError('invalid_input', `--min-years (${min}) is above --max-years (${max})`);
  filters.yearsExperience = range(min, max, RANGE_FLAGS.yearsExperience);
  if (Object.keys(exclude).length) filters.exclude = exclude;
  return SearchFilters.parse(defined(filters));
}
