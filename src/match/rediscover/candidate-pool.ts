import type { Db } from '../../store/db.js';
import type { CandidateFacts, TitleRef } from './score.js';
import type { JobSpec } from './job-requirements.js';

/*
 * The candidates worth scoring for a job. Small accounts score everyone; large ones first narrow to
 * candidates who share the job's occupation or at least one of its skills (one SQL pass over the
 * stored profiles), most shared first, capped.
 */

export interface PoolCandidate extends CandidateFacts {
  currentTitle: string | null;
  currentCompany: string | null;
  location: string | null;
  profileUrl: string | null;
  /** Titles, skills and summary: what the encoder reads for semantic similarity. */
  semanticText: string;
}

interface Row {
  id: string;
  name: string;
  profileUrl: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  location: string | null;
  yearsExperience: number | null;
  profile: string;
  resumeHead: string | null;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const objects = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : []);

/** Ids of the candidates to score, excluding `exclude`; everyone when the account has at most `cap` profiles. */
export function selectPoolIds(db: Db, job: JobSpec, exclude: Set<string>, cap: number): string[] {
  const c = db.$client;
  const total = (c.prepare('SELECT COUNT(*) AS n FROM candidate_profiles').get() as { n: number }).n;
  const live = `p.candidate_id IN (SELECT id FROM candidates) AND p.candidate_id NOT IN (SELECT candidate_id FROM candidate_tombstones)`;
  if (total <= cap + exclude.size) {
    const rows = c.prepare(`SELECT p.candidate_id AS id FROM candidate_profiles p WHERE ${live} ORDER BY p.candidate_id`).all() as { id: string }[];
    return rows.map((r) => r.id).filter((id) => !exclude.has(id));
  }
  const rows = c
    .prepare(
      `SELECT id FROM (
         SELECT p.candidate_id AS id,
                (p.occupation_code IS NOT NULL AND p.occupation_code = @occupation) * 3
                + (SELECT COUNT(*) FROM json_each(p.profile, '$.skills') s
                    WHERE json_extract(s.value, '$.value') IN (SELECT value FROM json_each(@skills))) AS hits
           FROM candidate_profiles p WHERE ${live})
        WHERE hits > 0 ORDER BY hits DESC, id LIMIT @limit`,
    )
    .all({ occupation: job.occupationCode, skills: JSON.stringify(job.skills), limit: cap + exclude.size }) as { id: string }[];
  return rows.map((r) => r.id).filter((id) => !exclude.has(id)).slice(0, cap);
}

function titleRef(title: unknown, canonicalTitle: unknown, occupationCode: unknown): TitleRef | null {
  const ref = { title: str(title), canonicalTitle: str(canonicalTitle), occupationCode: str(occupationCode) };
  return ref.title || ref.canonicalTitle ? ref : null;
}

/** The encoder's text for a candidate: top titles, top skills and a summary line (~60 words: its window is 128 tokens). */
export function semanticTextOf(titles: string[], skills: string[], summary: string | null, fallback: string | null): string {
  const firstSentence = summary ? (summary.split(/(?<=[.!?])\s/)[0] ?? summary) : null;
  const parts = [[...new Set(titles)].slice(0, 3).join(', '), skills.slice(0, 12).join(', '), firstSentence].filter(Boolean);
  const text = parts.length ? parts.join('. ') : (fallback ?? '');
  return text.split(/\s+/).filter(Boolean).slice(0, 60).join(' ');
}

/** Load the scoring facts of the given candidates from their stored profiles. */
export function loadPool(db: Db, ids: string[]): PoolCandidate[] {
  if (ids.length === 0) return [];
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.name, c.profile_url AS profileUrl, p.current_title AS currentTitle, p.current_company AS currentCompany,
              p.location, p.years_experience AS yearsExperience, p.profile,
              (SELECT substr(f.text, 1, 600) FROM files f WHERE f.candidate_id = c.id AND +f.status = 'ok' AND f.text IS NOT NULL
                ORDER BY f.kind = 'resume' DESC, f.updated_at DESC LIMIT 1) AS resumeHead
         FROM candidate_profiles p JOIN candidates c ON c.id = p.candidate_id
        WHERE p.candidate_id IN (SELECT value FROM json_each(@ids))
        ORDER BY c.id`,
    )
    .all({ ids: JSON.stringify(ids) }) as Row[];
  return rows.map(toPoolCandidate);
}

function toPoolCandidate(row: Row): PoolCandidate {
  let profile: Obj = {};
  try {
    profile = JSON.parse(row.profile) as Obj;
  } catch {
    // A malformed profile scores on its columns alone.
  }
  const current = titleRef(row.currentTitle, profile.canonicalTitle, profile.occupationCode);
  const work = objects(profile.work);
  const past = work
    .map((w) => titleRef(w.title, w.canonicalTitle, w.occupationCode))
    .filter((ref): ref is TitleRef => !!ref && ref.title !== current?.title);
  const skills = objects(profile.skills).map((s) => str(s.value)).filter((s): s is string => !!s);
  const titles = [current?.title, ...past.map((p) => p.title)].filter((t): t is string => !!t);
  return {
    candidateId: row.id,
    name: row.name,
    current,
    past,
    skills,
    yearsExperience: row.yearsExperience,
    currentTitle: row.currentTitle,
    currentCompany: row.currentCompany,
    location: row.location,
    profileUrl: row.profileUrl,
    semanticText: semanticTextOf(titles, skills, str(profile.summary) ?? str(profile.headline), row.resumeHead),
  };
}
