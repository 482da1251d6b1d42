import type { Db } from '../../store/db.js';
import { countProfiles, readLiveProfileIds, readProfileIdsSharing } from '../../store/profiles.js';
import { isCurrentlyHired, PUBLIC_VISIBILITY, readCandidates, visibleRecord, type CandidateRecord, type Visibility } from '../../store/read-model/index.js';
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
  /** The applications the viewer may see, as the read model tells them (job, stage, status, recruiter). */
  applications: PoolApplication[];
}

export interface PoolApplication {
  applicationId: string;
  job: string | null;
  stage: string | null;
  status: string;
  recruiter: string | null;
  updatedAt: string;
}

/** Who the pool is for: confidential jobs (hidden by default) and hired people (left out by default). */
interface PoolOptions {
  visibility?: Visibility;
  /** Keep candidates who are currently hired (employees); default false. */
  includeHired?: boolean;
}

const str = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Ids of the candidates to score, excluding `exclude`; everyone when the account has at most `cap` profiles. */
export function selectPoolIds(db: Db, job: JobSpec, exclude: Set<string>, cap: number): string[] {
  if (countProfiles(db) <= cap + exclude.size) return readLiveProfileIds(db).filter((id) => !exclude.has(id));
  return readProfileIdsSharing(db, job, cap + exclude.size)
    .filter((id) => !exclude.has(id))
    .slice(0, cap);
}

function titleRef(title: string | null, canonicalTitle: string | null, occupationCode: string | null): TitleRef | null {
  const ref = { title: str(title), canonicalTitle: str(canonicalTitle), occupationCode: str(occupationCode) };
  return ref.title || ref.canonicalTitle ? ref : null;
}

/** The encoder's text for a candidate: top titles, top skills and a summary line (~60 words: its window is 128 tokens). */
function semanticTextOf(titles: string[], skills: string[], summary: string | null, fallback: string | null): string {
  const firstSentence = summary ? (summary.split(/(?<=[.!?])\s/)[0] ?? summary) : null;
  const parts = [[...new Set(titles)].slice(0, 3).join(', '), skills.slice(0, 12).join(', '), firstSentence].filter(Boolean);
  const text = parts.length ? parts.join('. ') : (fallback ?? '');
  return text.split(/\s+/).filter(Boolean).slice(0, 60).join(' ');
}

/**
 * Load the scoring facts of the given candidates from the read model. Candidates without a profile,
 * those the viewer may not see (only confidential applications) and, unless asked, those currently
 * hired are left out; confidential applications are dropped from the rest.
 */
export function loadPool(db: Db, ids: string[], opts: PoolOptions = {}): PoolCandidate[] {
  if (ids.length === 0) return [];
  const visibility = opts.visibility ?? PUBLIC_VISIBILITY;
  const out: PoolCandidate[] = [];
  for (const record of readCandidates(db, ids, { resumeText: true })) {
    if (!record.profile) continue;
    if (!opts.includeHired && isCurrentlyHired(record.applications)) continue;
    const visible = visibleRecord(record, visibility);
    if (visible) out.push(toPoolCandidate(visible));
  }
  return out;
}

function toPoolCandidate(record: CandidateRecord): PoolCandidate {
  const profile = record.profile!;
  const currentTitle = str(profile.currentTitle?.value);
  const current = titleRef(currentTitle, profile.canonicalTitle, profile.occupationCode);
  const past = profile.work
    .map((w) => titleRef(w.title, w.canonicalTitle, w.occupationCode))
    .filter((ref): ref is TitleRef => !!ref && ref.title !== current?.title);
  const skills = profile.skills.map((s) => str(s.value)).filter((s): s is string => !!s);
  const titles = [current?.title, ...past.map((p) => p.title)].filter((t): t is string => !!t);
  const resumeHead = record.resumeText ? record.resumeText.slice(0, 600) : null;
  return {
    candidateId: record.id,
    name: record.name,
    current,
    // A headline or an undated resume title is not known to be held now; Ashby's position and a role to "Current" are.
    currentConfirmed: profile.currentTitle?.source === 'ashby' || profile.work.some((w) => w.current && w.title === currentTitle),
    past,
    skills,
    yearsExperience: record.yearsExperience,
    currentTitle,
    currentCompany: str(profile.currentCompany?.value),
    location: str(profile.location?.value),
    profileUrl: record.profileUrl,
    semanticText: semanticTextOf(titles, skills, str(profile.summary) ?? str(profile.headline), resumeHead),
    applications: record.applications.map((a) => ({
      applicationId: a.id,
      job: a.jobTitle,
      stage: a.currentStageTitle,
      status: a.status,
      recruiter: a.recruiterName,
      updatedAt: a.updatedAt,
    })),
  };
}
