import type { Db } from '../../store/db.js';
import { readProfilesWithResumeText } from '../../store/profiles.js';
import { parseStoredProfile } from '../../store/read-model/index.js';
import { candidateSkillsInText } from '../profile/skills.js';

/*
 * What ranking reads beyond the pool's summary facts: each candidate's full resume text (for the
 * lexical and semantic signals and for skill evidence) and their career with dates (so each past
 * title weighs by how long and how recently it was held).
 */

export interface CareerEntry {
  title: string | null;
  canonicalTitle: string | null;
  occupationCode: string | null;
  company: string | null;
  /** YYYY-MM */
  start: string | null;
  end: string | null;
  current: boolean;
  /** An academic-assistant role held while studying (`WorkEntry.studentJob`): left out of the dated total. */
  studentJob?: boolean;
}

export interface ResumeFacts {
  text: string | null;
  career: CareerEntry[];
  /** Years in the current role as the profile measured it against the resume's date, null when unknown. */
  yearsInRole: number | null;
  /** Years in role is a lower bound (`CandidateProfile.yearsInRoleAtLeast`): the current role's length is not said. */
  yearsInRoleAtLeast?: boolean;
  /** The profile's dated total is a lower bound (`CandidateProfile.yearsExperienceAtLeast`). */
  yearsAtLeast?: boolean;
  /** Lower-cased canonical skills evidenced in the profile's list or anywhere in the resume text. */
  skills: Set<string>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

const skillCache = new Map<string, string[]>();
function resumeSkills(text: string): string[] {
  let found = skillCache.get(text);
  if (!found) {
    found = candidateSkillsInText(text);
    if (skillCache.size > 20_000) skillCache.clear();
    skillCache.set(text, found);
  }
  return found;
}

/** Full resume text (the newest parsed resume file, else any parsed file) and dated career of each candidate. */
export function loadResumeFacts(db: Db, ids: string[]): Map<string, ResumeFacts> {
  const out = new Map<string, ResumeFacts>();
  if (ids.length === 0) return out;
  const rows = readProfilesWithResumeText(db, ids);
  for (const row of rows) {
    // The one parser of the profile column (a malformed profile reads as none and still has its resume text).
    const profile = parseStoredProfile(row.profile);
    const career = (profile?.work ?? []).map((w) => ({
      title: str(w.title),
      canonicalTitle: str(w.canonicalTitle),
      occupationCode: str(w.occupationCode),
      company: str(w.company),
      start: str(w.start),
      end: str(w.end),
      current: w.current === true,
      ...(w.studentJob === true ? { studentJob: true } : {}),
    }));
    const listed = (profile?.skills ?? []).map((s) => str(s.value)).filter((s): s is string => !!s);
    const skills = new Set([...listed, ...(row.text ? resumeSkills(row.text) : [])].map((s) => s.toLowerCase()));
    const yearsInRole = typeof profile?.yearsInRole === 'number' ? profile.yearsInRole : null;
    const yearsAtLeast = profile?.yearsExperienceAtLeast === true;
    const yearsInRoleAtLeast = profile?.yearsInRoleAtLeast === true;
    out.set(row.id, { text: row.text, career, yearsInRole, skills, ...(yearsAtLeast ? { yearsAtLeast } : {}), ...(yearsInRoleAtLeast ? { yearsInRoleAtLeast } : {}) });
  }
  return out;
}
