/*
 * How people name a job when they do not have its exact title: "the platform PM role", "platform
 * product manager", "senior SWE payments". Shared by list_jobs and by every door that takes a job
 * title (find_candidates_for_job, `rediscovery rediscover --job`), so the two never disagree.
 */

/** Words that say "a job" without saying which (left out of the match). */
const NOT_WHICH_JOB = new Set(['the', 'a', 'an', 'our', 'my', 'role', 'roles', 'job', 'jobs', 'position', 'positions', 'opening', 'openings', 'req', 'for', 'of', 'in', 'on', 'at', 'team', '-', '–', '—', '&', 'and']);

/** Recruiter shorthand for job titles (each stands for the words on the right, in that order). */
const ABBREVIATIONS: Record<string, string[]> = {
  pm: ['product', 'manager'],
  tpm: ['technical', 'product', 'manager'],
  pmm: ['product', 'marketing', 'manager'],
  swe: ['software', 'engineer'],
  sre: ['site', 'reliability', 'engineer'],
  sdr: ['sales', 'development', 'representative'],
  ae: ['account', 'executive'],
  tam: ['technical', 'account', 'manager'],
  csm: ['customer', 'success', 'manager'],
  em: ['engineering', 'manager'],
  ml: ['machine', 'learning'],
  mle: ['machine', 'learning', 'engineer'],
  fe: ['frontend'],
  be: ['backend'],
  rn: ['registered', 'nurse'],
  np: ['nurse', 'practitioner'],
  sr: ['senior'],
  jr: ['junior'],
};

/** One query word: the ways it can be found in a job (each a run of consecutive words). */
type JobQueryTerm = string[][];

/** The words of a request for a job, filler left out, shorthand also read as the words it stands for. */
export function jobQueryTerms(query: string): JobQueryTerm[] {
  return query
    .toLowerCase()
    .split(/[\s,/()]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '').replace(/['’]s$/, ''))
    .filter((w) => w && !NOT_WHICH_JOB.has(w))
    .map((w) => (ABBREVIATIONS[w] ? [[w], ABBREVIATIONS[w]] : [[w]]));
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);

/**
 * Does a job (its title, department, location) answer every query term? A query word matches a
 * job word it starts ("plat" → Platform, "engineer" → Engineering); shorthand matches as itself
 * ("SRE" in a title) or as its words in a row ("PM" → "Product Manager", not "Product Marketing
 * Manager"). A query of filler words only matches every job.
 */
export function matchesJobQuery(terms: JobQueryTerm[], fields: (string | null)[]): boolean {
  const words = wordsOf(fields.filter(Boolean).join(' '));
  const runAt = (run: string[], i: number) => run.every((w, k) => words[i + k]?.startsWith(w) ?? false);
  const has = (run: string[]) => words.some((_, i) => runAt(run, i));
  return terms.every((alternatives) => alternatives.some(has));
}
