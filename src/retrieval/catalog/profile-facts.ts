import type { CandidateProfile } from '../../store/read-model/index.js';

/*
 * The filterable and indexable facts of a stored profile (already parsed by the read model): trimmed,
 * blanks dropped, each list deduplicated case-insensitively keeping the first spelling.
 */

interface ProfileFacts {
  currentTitle: string | null;
  titles: string[];
  currentCompany: string | null;
  companies: string[];
  location: string | null;
  skills: string[];
  schools: string[];
  degrees: string[];
  majors: string[];
  certifications: string[];
  languages: string[];
  groups: string[];
  interests: string[];
  honors: string[];
  summary: string | null;
  headline: string | null;
}

const str = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function uniq(values: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

export function profileFacts(p: CandidateProfile | null | undefined): ProfileFacts {
  if (!p) {
    return { currentTitle: null, titles: [], currentCompany: null, companies: [], location: null, skills: [], schools: [], degrees: [], majors: [], certifications: [], languages: [], groups: [], interests: [], honors: [], summary: null, headline: null };
  }
  const currentTitle = str(p.currentTitle?.value) ?? str(p.canonicalTitle);
  const currentCompany = str(p.currentCompany?.value);
  return {
    currentTitle,
    titles: uniq([currentTitle, str(p.canonicalTitle), ...p.work.flatMap((w) => [str(w.title), str(w.canonicalTitle)])]),
    currentCompany,
    companies: uniq([currentCompany, ...p.work.map((w) => str(w.company))]),
    location: str(p.location?.value),
    skills: uniq(p.skills.map((s) => str(s.value))),
    schools: uniq(p.education.map((e) => str(e.school))),
    degrees: uniq([...p.education.map((e) => str(e.degreeLevel)), p.highestDegree === 'none' ? null : str(p.highestDegree)]),
    majors: uniq(p.education.map((e) => str(e.major))),
    certifications: uniq((p.certifications ?? []).map((c) => str(c.value))),
    languages: uniq((p.languages ?? []).map((l) => str(l.value))),
    groups: uniq((p.groups ?? []).map((g) => str(g.value))),
    interests: uniq((p.interests ?? []).map((i) => str(i.value))),
    honors: uniq((p.honors ?? []).map((h) => str(h.value))),
    summary: str(p.summary),
    headline: str(p.headline),
  };
}
