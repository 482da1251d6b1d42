import { JOB_FAMILIES } from '../../sync/fake/vocabulary.js';

/*
 * search_candidates arguments as recruiters would send them, never the same twice: titles, skill
 * lists, descriptive requests and Boolean queries over the synthetic account's vocabulary, about half
 * with filters whose values the product itself listed (list_filter_values), so no request is refused
 * for an unknown value and none is served from a cache of an earlier one.
 */

export type SearchArgs = Record<string, unknown>;

/** Filter values as the product lists them, per dimension (stage, source, …). */
type SoakFilters = Partial<Record<'stage' | 'stageReached' | 'source' | 'department', string[]>>;

const SENIORITY = ['', 'senior', 'junior', 'lead', 'principal', 'staff', 'experienced', 'head of', 'associate'];
const VERBS = ['managed', 'led', 'built', 'shipped', 'improved', 'designed', 'scaled', 'owned', 'ran', 'migrated'];
const OBJECTS = ['teams', 'platforms', 'pipelines', 'programs', 'budgets', 'products', 'services', 'accounts'];
const CONTEXTS = ['at a startup', 'for enterprise clients', 'in fintech', 'in healthcare', 'across regions', 'in a fast paced environment', 'with stakeholders', 'remotely'];

function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

/** A generator of distinct requests; `next()` never returns one it returned before. */
export function requestStream(values: SoakFilters, seed = 17): { next(): SearchArgs } {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const titles = JOB_FAMILIES.flatMap((f) => f.titles);
  const skills = [...new Set(JOB_FAMILIES.flatMap((f) => f.skills))];
  const seen = new Set<string>();
  const quote = (s: string) => (s.includes(' ') || /[^A-Za-z0-9]/.test(s) ? `"${s}"` : s);
  const kinds: (() => SearchArgs)[] = [
    () => ({ text: `${pick(SENIORITY)} ${pick(titles)}${r() < 0.6 ? ` ${pick(skills)}` : ''}`.trim() }),
    () => ({ text: Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(skills)).join(r() < 0.5 ? ', ' : ' ') }),
    () => ({ text: `someone who ${pick(VERBS)} ${pick(skills)} ${pick(OBJECTS)} ${pick(CONTEXTS)}${r() < 0.5 ? ` and knows ${pick(skills)}` : ''}` }),
    () => ({ text: `${pick(SENIORITY)} ${pick(titles)}`.trim(), boolean: `${quote(pick(skills))} AND (${quote(pick(skills))} OR ${quote(pick(skills))})` }),
  ];
  const filters = (): Record<string, unknown> | undefined => {
    if (r() < 0.5) return undefined;
    const f: Record<string, unknown> = {};
    const dims = (Object.keys(values) as (keyof SoakFilters)[]).filter((d) => values[d]?.length);
    const dim = dims.length ? pick(dims) : undefined;
    if (dim) f[dim] = [pick(values[dim]!)];
    if (r() < 0.3) f.yearsExperience = { min: 1 + Math.floor(r() * 8) };
    if (r() < 0.2 && values.source?.length) f.exclude = { source: [pick(values.source)] };
    return Object.keys(f).length ? f : undefined;
  };
  let i = 0;
  return {
    next() {
      for (let attempt = 0; attempt < 1000; attempt++) {
        const args: SearchArgs = { ...kinds[i++ % kinds.length]!(), limit: 10 };
        const f = filters();
        if (f) args.filters = f;
        const key = JSON.stringify(args);
        if (seen.has(key)) continue;
        seen.add(key);
        return args;
      }
      throw new Error(`the soak's request vocabulary ran out after ${seen.size} distinct requests`);
    },
  };
}
