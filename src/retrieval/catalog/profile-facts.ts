/*
 * Pull filterable facts out of a stored CandidateProfile JSON without a full zod parse: the catalog
 * loads 100k of these at start-up, and a malformed profile must degrade to "no facts", not fail.
 */

export interface ProfileFacts {
  currentTitle: string | null;
  titles: string[];
  currentCompany: string | null;
  companies: string[];
  location: string | null;
  skills: string[];
  schools: string[];
  degrees: string[];
  majors: string[];
  summary: string | null;
  headline: string | null;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : []);
const factValue = (v: unknown): string | null => (v && typeof v === 'object' ? str((v as Obj).value) : null);

function uniq(values: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

export function profileFacts(profile: Obj | null | undefined): ProfileFacts {
  const p = profile ?? {};
  const work = arr(p.work);
  const education = arr(p.education);
  const currentTitle = factValue(p.currentTitle) ?? str(p.canonicalTitle);
  const currentCompany = factValue(p.currentCompany);
  return {
    currentTitle,
    titles: uniq([currentTitle, str(p.canonicalTitle), ...work.flatMap((w) => [str(w.title), str(w.canonicalTitle)])]),
    currentCompany,
    companies: uniq([currentCompany, ...work.map((w) => str(w.company))]),
    location: factValue(p.location),
    skills: uniq(arr(p.skills).map((s) => str(s.value))),
    schools: uniq(education.map((e) => str(e.school))),
    degrees: uniq([...education.map((e) => str(e.degreeLevel)), str(p.highestDegree) === 'none' ? null : str(p.highestDegree)]),
    majors: uniq(education.map((e) => str(e.major))),
    summary: str(p.summary),
    headline: str(p.headline),
  };
}
