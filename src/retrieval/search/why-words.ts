import type { MatchedFilter } from '../facets/filter-types.js';
import { humanDate, valuePart } from '../nl/interpretation.js';

/*
 * "Why it matched" in words a recruiter reads, not filter keys: `reached Onsite`, `not rejected for
 * Lacks Skills`, `applied since Jan 2025` (dates as "Understood as" says them). Every door shows the
 * same sentence (why.summary).
 */

const list = (values: string[]) => (values.length <= 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);

function range(values: string[]): string {
  // describeFilters renders ranges as "after 2025-01-01T…", "before …", "min 3", "max 8".
  return values
    .map((v) => {
      const [k, ...rest] = v.split(' ');
      const x = rest.join(' ');
      const day = humanDate(x.slice(0, 10));
      if (k === 'after') return `since ${day}`;
      if (k === 'before') return `before ${day}`;
      if (k === 'min') return `at least ${x} years`;
      if (k === 'max') return `at most ${x} years`;
      return v;
    })
    .join(', ');
}

const PHRASES: Record<string, (values: string[]) => string> = {
  stage: (v) => `now at ${list(v)}`,
  stageReached: (v) => `reached ${list(v)}`,
  job: (v) => `applied to ${list(v)}`,
  department: (v) => `applied in ${list(v)}`,
  recruiter: (v) => `recruiter ${list(v)}`,
  source: (v) => `source ${list(v)}`,
  rejectionReason: (v) => `rejected for ${list(v)}`,
  applicationStatus: (v) => `status ${list(v)}`,
  tag: (v) => `tagged ${list(v)}`,
  updated: (v) => `active ${range(v)}`,
  applied: (v) => `applied ${range(v)}`,
  currentTitle: (v) => `currently ${list(v)}`,
  pastTitle: (v) => `has been ${list(v)}`,
  currentCompany: (v) => `now at ${list(v)}`,
  pastCompany: (v) => `worked at ${list(v)}`,
  location: (v) => `in ${list(v)}`,
  skill: (v) => `knows ${list(v)}`,
  yearsExperience: (v) => range(v),
  school: (v) => `studied at ${list(v)}`,
  degree: (v) => `${list(v)} degree`,
};

/** One satisfied filter in plain words. */
export function filterInWords(f: MatchedFilter): string {
  // `filters.exclude` keys arrive from describeFilters as "not <key>": worded as "Understood as" words
  // them ("not rejected for Timing", "never applied to …"), so every door says an exclusion alike.
  const negated = /^not (.+)$/.exec(f.filter);
  if (negated) return valuePart(negated[1]!, f.values, true);
  const phrase = PHRASES[f.filter];
  return phrase ? phrase(f.values) : `${f.filter} ${f.values.join('/')}`;
}

/** How an identity lookup (name, e-mail, phone) matched, in words. */
export type IdentityMatchKind = 'name' | 'fuzzy-name' | 'email' | 'phone';
const IDENTITY_WORDS: Record<IdentityMatchKind, string> = {
  name: 'name matches',
  'fuzzy-name': 'name is close to',
  email: 'e-mail matches',
  phone: 'phone matches',
};

/** The one sentence of `why.summary`: who, then the evidence in words. */
export function whySentence(o: {
  title: string | null;
  company: string | null;
  terms: string[];
  similarity: number | null;
  filters: MatchedFilter[];
  identity?: { kind: IdentityMatchKind; query: string } | null;
}): string {
  const who = o.title ? `${o.title}${o.company ? ` at ${o.company}` : ''}` : o.company ? `Works at ${o.company}` : 'Candidate';
  const parts: string[] = [];
  if (o.identity) parts.push(`${IDENTITY_WORDS[o.identity.kind]} "${o.identity.query}"`);
  if (o.terms.length) parts.push(`mentions ${o.terms.slice(0, 4).map((t) => `"${t}"`).join(', ')}`);
  // Words only: a recruiter reads "close in meaning", not a cosine; the number stays in `why.semanticSimilarity` for machines.
  if (o.similarity !== null && !o.identity) parts.push(similarityWords(o.similarity));
  if (o.filters.length) parts.push(o.filters.map(filterInWords).join(', '));
  return parts.length ? `${who}; ${parts.join('; ')}.` : `${who}.`;
}

function similarityWords(s: number): string {
  if (s >= 0.6) return 'close in meaning';
  if (s >= 0.4) return 'related in meaning';
  return 'loosely related';
}
