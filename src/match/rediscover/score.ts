import { normalizeTitle } from '../normalize/titles.js';
import type { JobSpec } from './job-requirements.js';
import { occupationTitleOf } from './job-requirements.js';
import { REACH_LEVELS, type PastProcess, type Reach } from './past-processes.js';

/*
 * The rediscovery score of one candidate for one job, and the reasons in recruiter words.
 *
 * score = Σ weight·component / Σ weight over the components that apply:
 *   title      0.25  occupation and title similarity (same O*NET code, shared title words), 0–1
 *   skills     0.25  share of the job's skills the candidate has (saturates at 10), 0–1 — applies when the job names skills
 *   semantic   0.25  encoder similarity of the profile text to the description, scaled within the pool, 0–1 — applies when computed
 *   seniority  0.10  years of experience against the years asked for, 0–1 — applies when the job states years
 *   pipeline   0.15  how far they got before and why they left, −1–1 (no history is 0)
 * Missing components are left out rather than scored 0, so a description without skills or years
 * ranks on what it does say. Pipeline may go below 0: a skills rejection for a similar role counts against.
 */

export const WEIGHTS = { title: 0.25, skills: 0.25, semantic: 0.25, seniority: 0.1, pipeline: 0.15 } as const;
type Component = keyof typeof WEIGHTS;
export type Weights = Record<Component, number>;

export interface TitleRef {
  title: string | null;
  canonicalTitle: string | null;
  occupationCode: string | null;
}

/** What scoring reads about a candidate (from `candidate_profiles`). */
export interface CandidateFacts {
  candidateId: string;
  name: string;
  current: TitleRef | null;
  past: TitleRef[];
  skills: string[];
  yearsExperience: number | null;
}

export interface MatchSignals {
  title: number;
  skills: number | null;
  semantic: number | null;
  seniority: number | null;
  pipeline: number;
  sameOccupation: boolean;
  matchedSkills: string[];
  yearsExperience: number | null;
  furthestStage: Reach | null;
}

export interface ScoredCandidate {
  candidateId: string;
  score: number;
  reasons: string[];
  signals: MatchSignals;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', 'i', 'ii', 'iii', 'iv', 'senior', 'junior', 'lead', 'sr', 'jr', 'staff', 'principal']);
const tokens = (text: string | null): Set<string> =>
  new Set((text ?? '').toLowerCase().split(/[^a-z0-9+#]+/).filter((t) => t.length > 1 && !STOP.has(t)));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two titles: same O*NET occupation dominates, then the same minor group, then shared title words. */
export function titleSimilarity(job: TitleRef, other: TitleRef): number {
  const words = jaccard(tokens(job.canonicalTitle ?? job.title), tokens(other.canonicalTitle ?? other.title));
  // Same occupation with different words ("Engineering Manager" vs "Sales Development Manager" can share a code) counts less.
  if (job.occupationCode && job.occupationCode === other.occupationCode) return 0.6 + 0.4 * words;
  // "15-125x" codes share a minor group: software developers and QA analysts are related, not the same.
  if (job.occupationCode && other.occupationCode && job.occupationCode.slice(0, 5) === other.occupationCode.slice(0, 5)) return 0.4 + 0.4 * words;
  return 0.9 * words;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;
const years = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} year${n === 1 ? '' : 's'}`;

function titleComponent(job: JobSpec, c: CandidateFacts): { value: number; sameOccupation: boolean; reason: string | null } {
  if (!job.title) return { value: 0, sameOccupation: false, reason: null };
  const jobRef: TitleRef = job;
  const current = c.current ? titleSimilarity(jobRef, c.current) : 0;
  let bestPast = 0;
  let bestPastRef: TitleRef | null = null;
  for (const ref of c.past) {
    const sim = 0.8 * titleSimilarity(jobRef, ref);
    if (sim > bestPast) [bestPast, bestPastRef] = [sim, ref];
  }
  const sameOccupation = !!job.occupationCode && c.current?.occupationCode === job.occupationCode;
  if (current >= bestPast) {
    if (sameOccupation) return { value: current, sameOccupation, reason: `Same occupation: ${job.occupationTitle ?? occupationTitleOf(job.occupationCode)} (${job.occupationCode})` };
    if (current >= 0.4) {
      const related = c.current?.occupationCode && job.occupationCode && c.current.occupationCode.slice(0, 5) === job.occupationCode.slice(0, 5);
      const label = related ? `Related occupation: ${occupationTitleOf(c.current!.occupationCode)}` : 'Similar current title';
      return { value: current, sameOccupation, reason: `${label} (${c.current!.title ?? c.current!.canonicalTitle})` };
    }
    return { value: current, sameOccupation, reason: null };
  }
  const reason = bestPast >= 0.3 ? `Previously ${bestPastRef!.title ?? bestPastRef!.canonicalTitle}` : null;
  return { value: bestPast, sameOccupation, reason };
}

function skillsComponent(job: JobSpec, c: CandidateFacts): { value: number | null; matched: string[]; reason: string | null } {
  if (job.skills.length === 0) return { value: null, matched: [], reason: null };
  const have = new Set(c.skills.map((s) => s.toLowerCase()));
  const matched = job.skills.filter((s) => have.has(s.toLowerCase()));
  const value = Math.min(1, matched.length / Math.min(job.skills.length, 10));
  if (matched.length === 0) return { value, matched, reason: null };
  const shown = matched.slice(0, 5).join(', ') + (matched.length > 5 ? ', …' : '');
  return { value, matched, reason: `${matched.length} of ${job.skills.length} job skills: ${shown}` };
}

function seniorityComponent(job: JobSpec, c: CandidateFacts): { value: number | null; reason: string | null } {
  if (job.yearsRequired === null) return { value: null, reason: null };
  const asked = `role asks ${job.yearsRequired}+`;
  // Unknown experience is a little below neutral: most resumes state it, so its absence says something.
  if (c.yearsExperience === null) return { value: 0.4, reason: null };
  const value = c.yearsExperience >= job.yearsRequired ? 1 : clamp(c.yearsExperience / job.yearsRequired, 0, 1);
  return { value, reason: `${years(Math.round(c.yearsExperience * 10) / 10)} of experience; ${asked}` };
}

const REACH_VALUE: Record<Reach, number> = { applied: 0, screen: 0.1, interview: 0.35, onsite: 0.6, offer: 0.9, hired: 0.5 };

function leavePhrase(process: PastProcess): string {
  const reason = process.archiveReason;
  if (!reason) return '';
  const text = reason.text.toLowerCase();
  switch (reason.kind) {
    case 'candidate':
      if (/^withdr/.test(text)) return ', withdrew';
      if (/accepted another/.test(text)) return ', accepted another offer';
      return `, withdrew for ${text}`;
    case 'circumstance':
      return `, closed: ${text}`;
    default:
      return `, archived: ${text}`;
  }
}

/** One past process's value for this job, with its sentence. */
function processValue(job: JobSpec, process: PastProcess): { value: number; reason: string } {
  let value = REACH_VALUE[process.reach];
  const kind = process.archiveReason?.kind;
  const pastJob = process.jobTitle ? { title: process.jobTitle, ...pick(normalizeTitle(process.jobTitle)) } : null;
  const similarity = pastJob && job.title ? titleSimilarity(job, pastJob) : 0;
  if (kind === 'candidate') value += 0.25;
  else if (kind === 'circumstance') value += 0.15;
  // A skills rejection says most about the same kind of role; for an unrelated one it says little.
  else if (kind === 'skills') value -= 0.2 + 0.5 * similarity;
  else if (kind === 'culture') value -= 0.3;
  else if (kind === 'unresponsive') value -= 0.15;
  else if (kind === 'org') value -= 0.1;
  const stage = process.reach === 'hired' ? 'Hired' : process.reachedStage && process.reach !== 'applied' ? `Reached ${process.reachedStage}` : 'Applied';
  const forJob = process.jobTitle ? ` for ${process.jobTitle}` : '';
  const when = process.year ? ` in ${process.year}` : '';
  return { value: clamp(value, -1, 1), reason: `${stage}${forJob}${when}${leavePhrase(process)}` };
}

const pick = (t: { canonicalTitle: string; occupationCode: string | null }) => ({ canonicalTitle: t.canonicalTitle, occupationCode: t.occupationCode });

function pipelineComponent(job: JobSpec, processes: PastProcess[]): { value: number; furthest: Reach | null; reasons: string[] } {
  if (processes.length === 0) return { value: 0, furthest: null, reasons: [] };
  const scored = processes.map((p) => ({ p, ...processValue(job, p) }));
  const best = scored.reduce((a, b) => (b.value > a.value ? b : a));
  const worst = scored.reduce((a, b) => (b.value < a.value ? b : a));
  const value = clamp(Math.max(0, best.value) + Math.min(0, worst.value), -1, 1);
  const furthest = processes.reduce<Reach>((r, p) => (REACH_LEVELS.indexOf(p.reach) > REACH_LEVELS.indexOf(r) ? p.reach : r), 'applied');
  const reasons: string[] = [];
  if (best.value > 0) reasons.push(best.reason);
  if (worst.value < 0 && !reasons.includes(worst.reason)) reasons.push(worst.reason);
  return { value, furthest, reasons };
}

/** Semantic similarity as scoring reads it: the raw cosine and its 0–1 value relative to the other candidates. */
export interface SemanticScore {
  cosine: number;
  value: number;
}

/**
 * Cosines of one encoder sit in a narrow band whose level depends on the job text (USE-Lite: 0.5–0.8
 * for most resume/job pairs), so an absolute cut means little. Scale each job's cosines from the
 * pool's median (0) to its best (1): the component then says "closer than most candidates".
 */
export function relativeSemantic(cosines: Map<string, number>): Map<string, SemanticScore> {
  const sorted = [...cosines.values()].sort((a, b) => a - b);
  const out = new Map<string, SemanticScore>();
  if (sorted.length === 0) return out;
  const median = sorted[Math.floor(sorted.length / 2)];
  const best = sorted[sorted.length - 1];
  for (const [id, cosine] of cosines) out.set(id, { cosine, value: best > median ? clamp((cosine - median) / (best - median), 0, 1) : 0.5 });
  return out;
}

/** Score one candidate for a job; `semanticScore` is null when the semantic similarity was not computed. */
export function scoreCandidate(
  job: JobSpec,
  c: CandidateFacts,
  processes: PastProcess[],
  semanticScore: SemanticScore | null,
  weights: Weights = WEIGHTS,
): ScoredCandidate {
  const title = titleComponent(job, c);
  const skills = skillsComponent(job, c);
  const seniority = seniorityComponent(job, c);
  const pipeline = pipelineComponent(job, processes);
  const semantic = semanticScore?.value ?? null;
  const values: Record<Component, number | null> = { title: title.value, skills: skills.value, semantic, seniority: seniority.value, pipeline: pipeline.value };
  let total = 0;
  let weightSum = 0;
  for (const key of Object.keys(weights) as Component[]) {
    const v = values[key];
    if (v === null) continue;
    total += weights[key] * v;
    weightSum += weights[key];
  }
  // Reasons in the order of what they contributed, strongest first.
  const reasons: [number, string][] = [];
  if (title.reason) reasons.push([WEIGHTS.title * title.value, title.reason]);
  if (skills.reason) reasons.push([WEIGHTS.skills * (skills.value ?? 0), skills.reason]);
  if (seniority.reason) reasons.push([WEIGHTS.seniority * (seniority.value ?? 0), seniority.reason]);
  pipeline.reasons.forEach((r, i) => reasons.push([i === 0 && pipeline.value > 0 ? WEIGHTS.pipeline * pipeline.value + 0.05 : -1, r]));
  if (semanticScore && semanticScore.value >= 0.75) {
    reasons.push([WEIGHTS.semantic * semanticScore.value, `Resume among the closest to the description (similarity ${semanticScore.cosine.toFixed(2)})`]);
  }
  return {
    candidateId: c.candidateId,
    score: round(weightSum > 0 ? total / weightSum : 0),
    reasons: reasons.sort((a, b) => b[0] - a[0]).map(([, r]) => r),
    signals: {
      title: round(title.value),
      skills: skills.value === null ? null : round(skills.value),
      semantic: semantic === null ? null : round(semantic),
      seniority: seniority.value === null ? null : round(seniority.value),
      pipeline: round(pipeline.value),
      sameOccupation: title.sameOccupation,
      matchedSkills: skills.matched,
      yearsExperience: c.yearsExperience,
      furthestStage: pipeline.furthest,
    },
  };
}
