import { expandQueryTerm } from '../vocabulary/skills.js';
import { compileFts } from '../retrieval/query/fts-compile.js';
import { parseBoolean } from '../retrieval/query/boolean-parser.js';
import type { SearchFilters } from '../retrieval/query/search-request.js';
import { freeTextQuery } from '../retrieval/search/free-text-query.js';

/*
 * Recruiter requests for the search benchmark, generated deterministically: job titles, skill lists,
 * descriptive requests and Boolean queries, each optionally with a filter combination. Every request
 * is distinct in what the engine caches (its FTS5 expressions), so running each once measures the
 * cost of a never-seen request: no cached match set and no cached query vector can serve it.
 *
 * The vocabulary is the synthetic corpus's (bench/search.ts seeds it) plus words a recruiter types
 * that the corpus does not hold, as real requests do.
 */

type RequestKind = 'title' | 'skills' | 'descriptive' | 'boolean';

export interface BenchRequest {
  kind: RequestKind;
  text: string;
  boolean?: string;
  /** A filter combination with at most one application-level dimension (see peerFilterDimensions). */
  filters: SearchFilters;
}

export const CORPUS_TITLES = ['Payroll Specialist', 'Backend Engineer', 'Registered Nurse', 'Sales Manager', 'Data Scientist', 'Accountant', 'Teacher', 'Chef', 'Graphic Designer', 'Mechanical Engineer', 'HR Generalist', 'Loan Officer'];
export const CORPUS_SKILLS = ['payroll', 'benefits', 'kubernetes', 'python', 'java', 'react', 'patient care', 'negotiation', 'excel', 'autocad', 'photoshop', 'sql', 'forecasting', 'recruiting', 'lesson planning', 'budgeting', 'menu design', 'crm', 'go', 'aws'];
const CORPUS_STAGES = ['Application Review', 'Phone Screen', 'Onsite', 'Offer', 'Hired'];
const CORPUS_SOURCES = ['Referral', 'LinkedIn', 'Careers Page'];

const SENIORITY = ['', 'senior', 'junior', 'lead', 'principal', 'staff', 'entry level', 'experienced', 'head', 'assistant', 'chief', 'associate'];
const EXTRA_SKILLS = ['terraform', 'docker', 'salesforce', 'quickbooks', 'tableau', 'figma', 'icu', 'pediatrics', 'b2b', 'saas', 'gaap', 'audit', 'curriculum', 'pastry', 'solidworks', 'onboarding', 'underwriting', 'mortgage', 'typescript', 'spark'];
const VERBS = ['managed', 'led', 'built', 'delivered', 'improved', 'designed', 'coordinated', 'supported', 'trained', 'analysed', 'reported', 'reviewed', 'planned', 'ran', 'owned', 'scaled'];
const OBJECTS = ['operations', 'teams', 'projects', 'systems', 'processes', 'budgets', 'customers', 'clients', 'pipelines', 'programs'];
const CONTEXTS = ['across multiple sites', 'for enterprise clients', 'in a hospital', 'at a startup', 'in retail', 'for a fintech', 'in manufacturing', 'in a school district', 'with stakeholders', 'in a fast paced environment'];

const STATUS = ['Active', 'Archived', 'Hired'] as const;

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

/** The FTS5 expressions a request makes the engine run (and cache): its free text and its Boolean query. */
export function cacheKeys(req: Pick<BenchRequest, 'text' | 'boolean'>): string[] {
  const keys: string[] = [];
  const text = freeTextQuery(req.text).expression;
  if (text) keys.push(`t:${text}`);
  if (req.boolean) {
    const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
    keys.push(`b:${compiled.match ?? `NOT ${compiled.exclude}`}`);
  }
  return keys;
}

/**
 * `count` distinct requests (no two share a cached FTS5 expression), mixing the four kinds evenly;
 * about half carry filters. Throws when the vocabulary cannot make that many (it makes thousands).
 */
export function generateRequests(count: number, seed = 7): BenchRequest[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const skills = [...CORPUS_SKILLS, ...EXTRA_SKILLS];
  const seen = new Set<string>();
  const out: BenchRequest[] = [];
  const makers: Record<RequestKind, () => Omit<BenchRequest, 'filters' | 'kind'>> = {
    title: () => ({ text: `${pick(SENIORITY)} ${pick(CORPUS_TITLES)}${r() < 0.5 ? ` ${pick(skills)}` : ''}`.trim() }),
    skills: () => ({ text: Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(skills)).join(r() < 0.5 ? ', ' : ' ') }),
    descriptive: () => ({
      text: `someone who has ${pick(VERBS)} ${pick(skills)} ${pick(OBJECTS)} ${pick(CONTEXTS)}${r() < 0.5 ? ` and knows ${pick(skills)}` : ''}`,
    }),
    boolean: () => {
      const [a, b, c, d] = [pick(skills), pick(skills), pick(skills), pick(skills)];
      const q = (s: string) => (s.includes(' ') ? `"${s}"` : s);
      const shapes = [`${q(a)} AND (${q(b)} OR ${q(c)})`, `(${q(a)} OR ${q(b)}) NOT ${q(c)}`, `${q(a)} AND ${q(b)} NOT ${q(d)}`, `${q(a)} OR ${q(b)} OR ${q(c)}`];
      return { text: `${pick(SENIORITY)} ${pick(CORPUS_TITLES)} ${pick(OBJECTS)}`.trim(), boolean: pick(shapes) };
    },
  };
  const kinds = Object.keys(makers) as RequestKind[];
  for (let attempt = 0; out.length < count; attempt++) {
    if (attempt > count * 200) throw new Error(`the request vocabulary made only ${out.length} distinct requests, ${count} asked`);
    const kind = kinds[attempt % kinds.length];
    const made = makers[kind]();
    const keys = cacheKeys(made);
    if (keys.length === 0 || keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push({ kind, ...made, filters: r() < 0.5 ? randomFilters(r, pick) : {} });
  }
  return out;
}

/** One or two candidate-level dimensions, plus at most one application-level one. */
function randomFilters(r: () => number, pick: <T>(xs: readonly T[]) => T): SearchFilters {
  const f: SearchFilters = {};
  const app = Math.floor(r() * 4);
  if (app === 0) f.stageReached = [pick(CORPUS_STAGES.slice(1))];
  if (app === 1) f.stage = [pick(CORPUS_STAGES)];
  if (app === 2) f.applicationStatus = [pick(STATUS)];
  const person = Math.floor(r() * 4);
  if (person === 0 || app === 3) f.source = r() < 0.5 ? [pick(CORPUS_SOURCES)] : [CORPUS_SOURCES[0], CORPUS_SOURCES[1]];
  if (person === 1) f.currentTitle = [pick(CORPUS_TITLES)];
  if (person === 2) f.skill = [pick(CORPUS_SKILLS)];
  if (person === 3) f.yearsExperience = { min: Math.floor(r() * 10) };
  return f;
}

/** A filter combination for a request that has none (the "+filters" rows always filter). */
export function defaultFilters(i: number): SearchFilters {
  const combos: SearchFilters[] = [
    { stageReached: ['Onsite'], source: ['Referral', 'LinkedIn'] },
    { applicationStatus: ['Archived'], yearsExperience: { min: 5 } },
    { stage: ['Phone Screen'], skill: ['python'] },
    { source: ['Careers Page'] },
  ];
  return combos[i % combos.length]!;
}
