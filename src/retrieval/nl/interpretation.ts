import { EXCLUDE_KEYS, FILTER_KEYS, type DateRange, type SearchFilters, type SearchRequestInput } from '../query/search-request.js';

/*
 * How a request was understood, in a recruiter's words (never field names): "reached Onsite · not
 * rejected for Lacks Skills/Qualifications · applied since Mar 2026". Slack, `/rediscover` and MCP all
 * show this same text, and Slack offers one "drop" button per part.
 */

/** One understood filter: where it lives in the request and how to say it. */
interface InterpretedPart {
  /** `filters.<key>`, `filters.exclude.<key>`, `text` or `boolean`: what dropping this part removes. */
  path: string;
  words: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-01" → "Mar 2026"; other days keep the day ("27 May 2026"). */
export function humanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] === '01' ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}

const or = (values: readonly string[]) => values.join(' or ');

function range(r: DateRange, since: string, before: string): string {
  const parts: string[] = [];
  if (r.after) parts.push(`${since} ${humanDate(r.after)}`);
  if (r.before) parts.push(`${before} ${humanDate(r.before)}`);
  return parts.join(' and ');
}

const DEGREE_WORDS: Record<string, string> = {
  'high school': 'high school', associate: "associate's degree", bachelor: "bachelor's degree", master: "master's degree",
  doctorate: 'doctorate', 'certificate/diploma': 'certificate or diploma',
};

/** Positive and negative wording of each value filter. */
const VALUE_WORDS: Record<string, [(v: string) => string, (v: string) => string]> = {
  stage: [(v) => `in ${v} now`, (v) => `not in ${v} now`],
  stageReached: [(v) => `reached ${v}`, (v) => `never reached ${v}`],
  job: [(v) => `applied to ${v}`, (v) => `never applied to ${v}`],
  department: [(v) => `${v} department`, (v) => `not in ${v} department`],
  recruiter: [(v) => `recruiter ${v}`, (v) => `not recruited by ${v}`],
  source: [(v) => `from ${v}`, (v) => `not from ${v}`],
  rejectionReason: [(v) => `rejected for ${v}`, (v) => `not rejected for ${v}`],
  applicationStatus: [(v) => `status ${v}`, (v) => `never ${v}`],
  tag: [(v) => `tagged ${v}`, (v) => `not tagged ${v}`],
  currentTitle: [(v) => `now a ${v}`, (v) => `not now a ${v}`],
  pastTitle: [(v) => `has been a ${v}`, (v) => `never a ${v}`],
  currentCompany: [(v) => `now at ${v}`, (v) => `not now at ${v}`],
  pastCompany: [(v) => `worked at ${v}`, (v) => `never worked at ${v}`],
  location: [(v) => `in ${v}`, (v) => `not in ${v}`],
  skill: [(v) => `skilled in ${v}`, (v) => `not skilled in ${v}`],
  school: [(v) => `studied at ${v}`, (v) => `not from ${v}`],
  degree: [(v) => `has a ${v}`, (v) => `no ${v}`],
};

const FIELD_WORDS: Record<string, string> = {
  stage: 'current stage', stageReached: 'stage', job: 'job', department: 'department', recruiter: 'recruiter', source: 'source', rejectionReason: 'rejection reason',
  applicationStatus: 'status', tag: 'tag', currentTitle: 'current title', pastTitle: 'past title', currentCompany: 'current company', pastCompany: 'past company',
  location: 'location', skill: 'skill', school: 'school', degree: 'degree', updated: 'last activity', applied: 'application date',
};

/** A filter's name in a recruiter's words ("rejection reason", never `rejectionReason`). */
export function fieldWords(key: string): string {
  return FIELD_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** One value filter in a recruiter's words ("worked at Stripe", "not from Agency"). */
export function valuePart(key: string, values: readonly string[], negated: boolean): string {
  const words = VALUE_WORDS[key];
  const shown = key === 'degree' ? values.map((v) => DEGREE_WORDS[v] ?? v) : values;
  if (!words) return `${negated ? 'not ' : ''}${key} ${or(shown)}`;
  // "not from Agency or Job Board" reads as one exclusion of either value, as the filter means.
  return words[negated ? 1 : 0](or(shown));
}

/** Every understood part of a request, in a stable order. */
export function interpretParts(req: SearchRequestInput): InterpretedPart[] {
  const parts: InterpretedPart[] = [];
  if (req.text) parts.push({ path: 'text', words: `"${req.text}"` });
  if (req.boolean) parts.push({ path: 'boolean', words: `matching ${req.boolean}` });
  const filters = (req.filters ?? {}) as SearchFilters;
  // Always the query language's own order, so the same request reads the same from every door.
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || key === 'exclude') continue;
    const path = `filters.${key}`;
    if (key === 'updated') parts.push({ path, words: range(value as DateRange, 'active since', 'no activity since') });
    else if (key === 'applied') parts.push({ path, words: range(value as DateRange, 'applied since', 'applied before') });
    else if (key === 'yearsExperience') {
      const y = value as { min?: number; max?: number };
      const words = y.max === undefined ? `${y.min}+ years` : y.min === undefined ? `at most ${y.max} years` : `${y.min}–${y.max} years`;
      parts.push({ path, words: `${words} of experience` });
    } else if (Array.isArray(value) && value.length) parts.push({ path, words: valuePart(key, value as string[], false) });
  }
  for (const key of EXCLUDE_KEYS) {
    const value = filters.exclude?.[key];
    if (Array.isArray(value) && value.length) parts.push({ path: `filters.exclude.${key}`, words: valuePart(key, value as string[], true) });
  }
  return parts;
}

/** The whole interpretation on one line (or "everyone" when nothing narrows the search). */
export function interpretRequest(req: SearchRequestInput): string {
  const parts = interpretParts(req);
  return parts.length ? parts.map((p) => p.words).join(' · ') : 'everyone';
}

/** The request without one part (a Slack "drop" button): `path` as given by `interpretParts`. */
export function dropPart(req: SearchRequestInput, path: string): SearchRequestInput {
  const next: SearchRequestInput = { ...req, filters: { ...(req.filters ?? {}) } };
  if (path === 'text') delete next.text;
  else if (path === 'boolean') delete next.boolean;
  else if (path.startsWith('filters.exclude.')) {
    const exclude = { ...(next.filters?.exclude ?? {}) } as Record<string, unknown>;
    delete exclude[path.slice('filters.exclude.'.length)];
    if (Object.keys(exclude).length) next.filters!.exclude = exclude;
    else delete next.filters!.exclude;
  } else if (path.startsWith('filters.')) delete (next.filters as Record<string, unknown>)[path.slice('filters.'.length)];
  return next;
}
