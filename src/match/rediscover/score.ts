import { isGenericSkill, mayNameSkill, membersOfGenericSkill, namesSkillOrPractitioner } from '../../vocabulary/skills.js';
import { impliedSkillSource } from '../../vocabulary/implied-skills.js';
import { namedOnlyInSkillsList } from './listed-only.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { isStudentRole, isVolunteerRole, statedYears, statedYearsScope } from '../profile/years.js';
import { heldFor, heldWhen, MIN_MONTHS_TO_COUNT, timedCareer, UNANCHORED_YEARS_IN_ROLE, type TimedRole } from './career.js';
import type { JobSpec } from './job-requirements.js';
import { jobTitleHead, occupationTitleOf } from './job-requirements.js';
import type { LexicalScore } from './lexical.js';
import { REACH_LEVELS, type PastProcess, type Reach } from './past-processes.js';
import type { CareerEntry, ResumeFacts } from './resume-facts.js';
import { genericHeads, occupationNamesTitle, similarTitleWords, titleWordsHeadLast } from './title-identity.js';
import { TITLE_GRADE_WORDS } from '../../vocabulary/title-stopwords.js';

/*
 * The rediscovery score of one candidate for one job, and the reasons in recruiter words.
 *
 * score = Σ weight·component / Σ weight over the components that apply:
 *   lexical    BM25 of the full resume text against the job's key terms, over the pool's best, 0–1
 *   semantic   encoder similarity of the whole resume (chunked) to the job, scaled within the pool, 0–1
 *   title      the career's titles against the job's occupation and title words, each role weighed by
 *              how long and how recently it was held, 0–1
 *   skills     share of the job's required hard skills evidenced on the resume (preferred ones add a little), 0–1
 *   seniority  years of experience against the minimum years asked, 0–1
 *   pipeline   how far they got before and why they left, −1–1 (no history is 0)
 * Lexical comes first on purpose: it is what a keyword search finds, so structure and the encoder can
 * only reorder on top of it, never fall below it. Missing components are left out rather than scored 0.
 */

const WEIGHTS = { lexical: 0.45, semantic: 0.25, title: 0.2, skills: 0.1, seniority: 0.03, pipeline: 0.15 } as const;
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
  /** Whether `current` is known to be held now (Ashby's position or a resume role dated to "Current"), not a headline. */
  currentConfirmed?: boolean;
  past: TitleRef[];
  skills: string[];
  yearsExperience: number | null;
}

export interface MatchSignals {
  lexical: number | null;
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

interface ScoredCandidate {
  candidateId: string;
  score: number;
  reasons: string[];
  signals: MatchSignals;
}

/**
 * What the title-overlap score leaves out: joining words, "at" and grades, as title identity does, but
 * not "or", "all", "other", "except" (title-identity.ts drops those as O*NET phrasing). Kept as it was:
 * the rediscovery figures in the README were measured with this list.
 */
const OVERLAP_IGNORED_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', ...TITLE_GRADE_WORDS]);
const tokens = (text: string | null): Set<string> =>
  new Set((text ?? '').toLowerCase().split(/[^a-z0-9+#]+/).filter((t) => t.length > 1 && !OVERLAP_IGNORED_WORDS.has(t)));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two titles: same O*NET occupation dominates, then the same minor group, then shared title words. */
function titleSimilarity(job: TitleRef, other: TitleRef): number {
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

/**
 * A title that reduces to one generic head word ("Senior Director" → director, "Manager", "Engineer") does not
 * say which occupation: O*NET's exact title "Director" belongs to producers and directors, which a tech senior
 * director is not (round d, G846).
 */
function bareGenericTitle(title: string): boolean {
  const words = titleWordsHeadLast(title);
  return words.length === 1 && genericHeads().has(words[0]);
}

/** Whether a role's own title maps to its occupation confidently (an O*NET title, not a word-overlap guess). */
function roleMappedExactly(role: TitleRef): boolean {
  if (!role.title || bareGenericTitle(role.title)) return false;
  const mapped = normalizeTitle(role.title);
  return mapped.match === 'exact' && !mapped.ambiguous;
}

/** A title's words as title identity reads them (head last, head synonyms), as a set; not search's `contentWords`. */
const titleWordSet = (text: string | null): Set<string> => new Set(text ? titleWordsHeadLast(text.replace(/[,/]/g, ' ')) : []);

/**
 * Whether an occupation may be named beside these titles: its O*NET title must share a content word with one
 * of them. "Interaction Designer" is an O*NET alternate title of special effects artists and animators, and a
 * reason naming that occupation for an interaction designer read as false (round d, G846).
 */
function occupationFits(code: string | null, titles: (string | null)[]): boolean {
  const occupation = titleWordSet(occupationTitleOf(code));
  return titles.some((t) => [...titleWordSet(t)].some((w) => occupation.has(w)));
}

/**
 * The same title words on both sides, seniority and level aside ("Lead Interaction Designer" for "Interaction
 * Designer"); synonyms are not the same words ("Software Developer" is not the same title as "Software Engineer").
 */
function sameTitleWords(jobTitle: string | null, roleTitle: string | null): boolean {
  if (!jobTitle || !roleTitle) return false;
  const a = titleWordsHeadLast(jobTitle, true);
  const b = titleWordsHeadLast(roleTitle, true);
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}

type SimilarityKind = 'title' | 'same' | 'related' | 'words' | null;

/**
 * A role's title against the job: occupation, adjacency, title words. The occupation is trusted only as far
 * as both mappings are: "same occupation" needs the job's title and the role's title to be O*NET titles;
 * a guessed mapping on either side still scores but its reason speaks only of the title words (issue 12:
 * "Information Designer" guessed as video game designers was stated as fact). The same title words are
 * said as such ("Same title as the job"), and an occupation is named only when its title fits the titles.
 */
function roleSimilarity(job: JobSpec, role: TitleRef): { value: number; kind: SimilarityKind } {
  const sim = roleSimilarityByCode(job, role);
  const jobTitle = job.title ? jobTitleHead(job.title) : job.canonicalTitle;
  if (sim.kind && sameTitleWords(jobTitle, role.title)) return { ...sim, kind: 'title' };
  if (sim.kind === 'same' && (!occupationFits(job.occupationCode, [job.title, role.title]) || !namesBoth(occupationTitleOf(job.occupationCode), jobTitle, role.title))) {
    return { ...sim, kind: sim.byWords };
  }
  // "Related" is related to the job's occupation: said only when that one may be named of the job too.
  const related = sim.kind === 'related' && namesBoth(occupationTitleOf(job.occupationCode), jobTitle) && namesBoth(occupationTitleOf(role.occupationCode), role.title);
  if (sim.kind === 'related' && (!occupationFits(role.occupationCode, [job.title, role.title]) || !related)) {
    return { ...sim, kind: sim.byWords };
  }
  return sim;
}

/** Whether the occupation's name may be said of every one of these titles ("Marketing Managers" is not said of a Product Manager). */
const namesBoth = (occupation: string | null, ...titles: (string | null)[]): boolean => titles.every((t) => !t || occupationNamesTitle(t, occupation));

function roleSimilarityByCode(job: JobSpec, role: TitleRef): { value: number; kind: SimilarityKind; byWords: 'words' | null } {
  const jobTitle = job.canonicalTitle ?? job.title;
  const roleTitle = role.canonicalTitle ?? role.title;
  const words = jaccard(tokens(jobTitle), tokens(roleTitle));
  const exact = job.occupationMatch === 'exact' && !(job.title && bareGenericTitle(jobTitleHead(job.title)));
  const code = role.occupationCode;
  // Shared words score either way; "Similar title" is said only when the titles name the same kind of role.
  const byWords = words >= 0.3 && !!jobTitle && !!roleTitle && similarTitleWords(jobTitle, roleTitle) ? ('words' as const) : null;
  const confident = exact && !job.occupationAmbiguous && roleMappedExactly(role);
  const out = (value: number, kind: SimilarityKind) => ({ value, kind, byWords });
  // "11-3031.00" and "11-3031.01" (financial managers, treasurers and controllers) are one SOC occupation.
  const sameCode = !!job.occupationCode && !!code && job.occupationCode.slice(0, 7) === code.slice(0, 7);
  if (sameCode && exact) return out(0.6 + 0.4 * words, confident ? 'same' : byWords);
  // A guessed job occupation: sharing it says less, and the reason only speaks of the title words.
  if (sameCode) return out(0.4 + 0.5 * words, byWords);
  if (code && job.relatedOccupations.includes(code)) return out((exact ? 0.35 : 0.25) + 0.4 * words, confident ? 'related' : byWords);
  // Same SOC broad occupation ("11-303x"): a sibling, weaker than O*NET's own related list.
  if (job.occupationCode && code && job.occupationCode.slice(0, 6) === code.slice(0, 6)) return out(0.25 + 0.4 * words, byWords);
  return out(0.8 * words, byWords);
}

interface TitleOutcome {
  value: number;
  sameOccupation: boolean;
  reason: string | null;
}

/** Roles from the dated career when there is one, else the profile's current and past titles undated. */
function rolesOf(c: CandidateFacts, resume: ResumeFacts | null): TimedRole[] {
  const timed = resume && resume.career.some((r) => r.title) ? timedCareer(resume.career, resume.yearsInRole, resume.yearsInRoleAtLeast) : [];
  if (timed.length) return timed;
  const undated = (ref: TitleRef, current: boolean): TimedRole => ({ ...ref, company: null, start: null, end: null, current, months: null, yearsAgo: null, weight: current ? 0.6 : 0.4, latest: false });
  // A title read from the resume's headline is what they call themselves, not a role known to be held now.
  const currentWeight = c.currentConfirmed === false ? { ...undated(c.current!, false), weight: 0.6 } : null;
  return [...(c.current ? [currentWeight ?? undated(c.current, true)] : []), ...c.past.map((p) => undated(p, false))];
}

function titleComponent(job: JobSpec, c: CandidateFacts, resume: ResumeFacts | null): TitleOutcome {
  if (!job.title) return { value: 0, sameOccupation: false, reason: null };
  let best: { role: TimedRole; sim: ReturnType<typeof roleSimilarity>; value: number } | null = null;
  for (const role of rolesOf(c, resume)) {
    if (!role.title && !role.canonicalTitle) continue;
    const sim = roleSimilarity(job, role);
    // Held long and recently counts fully; a short or old role counts for less than half.
    const value = sim.value * (0.4 + 0.6 * role.weight);
    if (!best || value > best.value) best = { role, sim, value };
  }
  if (!best) return { value: 0, sameOccupation: false, reason: null };
  const { role, sim } = best;
  const sameOccupation = (sim.kind === 'same' || sim.kind === 'title') && role.current;
  const hasCurrentRole = rolesOf(c, resume).some((r) => r.current);
  return { value: best.value, sameOccupation, reason: titleReason(job, role, sim.kind, hasCurrentRole) };
}

function titleReason(job: JobSpec, role: TimedRole, kind: ReturnType<typeof roleSimilarity>['kind'], hasCurrentRole: boolean): string | null {
  if (!kind) return null;
  const title = role.title ?? role.canonicalTitle;
  // A length measured to a date the resume may be later than is only a lower bound: "(since 2012)" stays true
  // (round h, G338: "4 years, since 2012" ran the role to a 2017 degree on a resume written in 2015).
  const held = role.lengthAtLeast || role.lengthUnknown ? null : heldFor(role.months);
  const when = heldWhen(role);
  // Said as the experience sentence says it (round k, G298; see UNANCHORED_YEARS_IN_ROLE).
  const unknown = role.lengthUnknown ? 'its length unknown: the resume has no later date' : null;
  const span = [held, when, unknown].filter(Boolean).join(', ');
  const detail = `${title}${span ? ` (${span})` : ''}`;
  // The resume's latest role ("since 2012", or ended when the resume was written) is not "previously";
  // a role that ended is never the latest while another one is current.
  const undated = role.start === null && role.end === null && !role.current;
  const latest = role.current || (role.latest && !hasCurrentRole);
  if (undated) {
    if (kind === 'title') return `Same title as the job: title on the resume ${detail}`;
    if (kind === 'same') return `Same occupation as the job (${occupationTitleOf(job.occupationCode)}): title on the resume ${detail}`;
    if (kind === 'related') return `Related occupation (${occupationTitleOf(role.occupationCode)}): title on the resume ${detail}`;
    return `Similar title on the resume: ${detail}`;
  }
  if (!latest) {
    // "Previously X" only for a role held long enough to count; a short stint is not a career.
    if (role.months === null || role.months < MIN_MONTHS_TO_COUNT) return null;
    if (kind === 'title') return `Previously the same title as the job: ${detail}`;
    if (kind === 'same') return `Previously in the job's occupation (${occupationTitleOf(job.occupationCode)}): ${detail}`;
    if (kind === 'related') return `Previously in a related occupation (${occupationTitleOf(role.occupationCode)}): ${detail}`;
    return `Previously a similar title: ${detail}`;
  }
  const now = role.current ? 'current role' : 'latest role';
  if (kind === 'title') return `Same title as the job: ${now} ${detail}`;
  if (kind === 'same') return `Same occupation as the job (${occupationTitleOf(job.occupationCode)}): ${now} ${detail}`;
  if (kind === 'related') return `Related occupation (${occupationTitleOf(role.occupationCode)}): ${now} ${detail}`;
  return `Similar title: ${now} ${detail}`;
}

/*
 * A title that joins two fields before one head names a person of each: "User Experience and User Interaction
 * Designer" is a user experience designer, "Graphic and Web Designer" a graphic designer (round j, G853: a UX team
 * lead's title was not read as UX Design). The head must be a person noun (designer, manager, analyst…).
 */
const COORDINATED_TITLE = /^(.*?[A-Za-z])\s*(?:\band\b|&|\/)\s*(?:[A-Za-z][\w-]*\s+){0,3}([A-Z][a-z]*(?:er|or|ist|ant|ian|ect|ive)s?)$/;

function distributedTitles(title: string): string[] {
  const m = COORDINATED_TITLE.exec(title.replace(/\s*\([^()]*\)\s*$/, '').trim());
  return m && !m[1].toLowerCase().endsWith(m[2].toLowerCase()) ? [`${m[1]} ${m[2]}`] : [];
}

/** The titles a candidate held and the resume's opening lines (headline, summary): where they say what they are. */
function selfDescription(c: CandidateFacts, resume: ResumeFacts | null): string {
  const titles = [c.current?.title, ...c.past.map((p) => p.title), ...(resume?.career.map((r) => r.title) ?? [])].filter((t): t is string => !!t);
  const opening = (resume?.text ?? '').split('\n').filter((l) => l.trim()).slice(0, 5);
  return [...titles, ...titles.flatMap(distributedTitles), ...opening].join('\n');
}

const listOf = (names: string[], max = 5) => names.slice(0, max).join(', ') + (names.length > max ? ', …' : '');

function skillsComponent(job: JobSpec, c: CandidateFacts, resume: ResumeFacts | null): { value: number | null; matched: string[]; reason: string | null } {
  if (job.requiredSkills.length === 0 && job.preferredSkills.length === 0) return { value: null, matched: [], reason: null };
  const have = resume?.skills ?? new Set(c.skills.map((s) => s.toLowerCase()));
  // A generic skill ("Database software") is met by a specific one of its O*NET class (MS Access, Oracle, SQL).
  // Holding the title is having the skill: a Financial Analyst has Financial Analysis, a self-described
  // data analyst Data Analysis (fresh reasons check: both were told the skill was "not on resume").
  const self = selfDescription(c, resume);
  const has = (s: string) =>
    have.has(s.toLowerCase()) || membersOfGenericSkill(s, have).length > 0 || (!!self && namesSkillOrPractitioner(s, self)) || !!impliedSkillSource(s, have, resume?.text);
  // A skill shown only by its library says where: "JavaScript (via jQuery)" (round e, G864), "Machine Learning (via scikit-learn)" (round h),
  // "Data Science (via data mining)" (round i, from the resume's words).
  const named = (s: string) => {
    const via = have.has(s.toLowerCase()) ? null : impliedSkillSource(s, have, resume?.text);
    return via ? `${s} (via ${via})` : s;
  };
  const required = job.requiredSkills.filter(has);
  const preferred = job.preferredSkills.filter(has);
  // "Not on resume" only when no name of the skill appears at all ("supply chain" is not a gap for Supply Chain Management).
  // A class of software ("Software development tools") is credited through its members but never called missing
  // (see isGenericSkill: the vocabulary knows too few products to say none is there).
  // Nor when the resume may show it in other words ("Negotiated contracts" for Contract Negotiation, "predictive
  // modelling" for Forecasting; round n, 3 of 4 false reasons): the line then names only what it found.
  // Nor when it names the skill in a derivation of its name ("building statistic model" for Statistics, round w).
  const missing = job.requiredSkills.filter(
    (s) =>
      !has(s) &&
      !isGenericSkill(s) &&
      !(resume?.text && mayNameSkill(s, resume.text)),
  );
  const requiredShare = job.requiredSkills.length ? required.length / Math.min(job.requiredSkills.length, 8) : 0;
  const preferredShare = job.preferredSkills.length ? preferred.length / Math.min(job.preferredSkills.length, 8) : 0;
  const value = Math.min(1, job.requiredSkills.length ? 0.8 * requiredShare + 0.2 * preferredShare : preferredShare);
  const matched = [...required, ...preferred];
  // Reasons name only skills the posting asks for in words (see JobSpec.askedSkills).
  // A skill asked only as one of alternatives ("advertising sales or business development") is named when held,
  // apart from the required ones, and never counted or called missing (see context-mentions.ts).
  const alternatives = new Set(job.alternativeSkills ?? []);
  const asked = (job.askedSkills ?? job.requiredSkills).filter((s) => !alternatives.has(s));
  // A practice or credential named only in a skills list is said to be listed, not held (listed-only.ts).
  const onlyListed = (s: string) =>
    !(!!self && namesSkillOrPractitioner(s, self)) && !impliedSkillSource(s, have, resume?.text) && namedOnlyInSkillsList(s, resume?.text);
  const requiredAsked = required.filter((s) => asked.includes(s));
  const listedRequired = requiredAsked.filter(onlyListed);
  const said = requiredAsked.filter((s) => !listedRequired.includes(s)).map(named);
  const unsaid = missing.filter((s) => asked.includes(s));
  const alternativesAll = required.filter((s) => alternatives.has(s));
  const alternativesListed = alternativesAll.filter(onlyListed);
  const alternativesHeld = alternativesAll.filter((s) => !alternativesListed.includes(s)).map(named);
  const preferredListed = preferred.filter(onlyListed);
  const preferredShown = preferred.filter((s) => !preferredListed.includes(s));
  const preferredNamed = preferredShown.map(named);
  const listed = [...listedRequired, ...alternativesListed, ...preferredListed];
  if (said.length + preferredShown.length + alternativesHeld.length + listed.length === 0) return { value, matched, reason: null };
  const parts: string[] = [];
  // "Has 0 of 1 required skills" denies a skill the resume describes in other words ("closed new business"
  // for Business Development, round b): with none named and some only described, say only the preferred ones.
  const describedOnly = asked.length > 0 && said.length === 0 && unsaid.length < asked.length;
  if (describedOnly) {
    if (alternativesHeld.length) parts.push(`Has one of the backgrounds asked: ${listOf(alternativesHeld, 3)}`);
    if (preferredShown.length) parts.push(`Has ${preferredShown.length} of ${job.preferredSkills.length} preferred skills: ${listOf(preferredNamed, 3)}`);
  } else if (asked.length) {
    parts.push(`Has ${said.length} of ${asked.length} required skills${said.length ? `: ${listOf(said)}` : ''}`);
    if (alternativesHeld.length) parts.push(`one of the backgrounds asked: ${listOf(alternativesHeld, 3)}`);
    if (preferredShown.length) parts.push(`preferred: ${listOf(preferredNamed, 3)}`);
  } else if (alternativesHeld.length) {
    parts.push(`Has one of the backgrounds asked: ${listOf(alternativesHeld, 3)}`);
    if (preferredShown.length) parts.push(`preferred: ${listOf(preferredNamed, 3)}`);
  } else if (preferredShown.length) {
    parts.push(`Has ${preferredShown.length} of ${job.preferredSkills.length} preferred skills: ${listOf(preferredNamed, 3)}`);
  }
  // Named, not credited: the list is the resume's claim, and the reader can check it (round j: "CPA", "Negotiation").
  if (listed.length) parts.push(`${parts.length ? 'skills list names' : 'Skills list names'}: ${listOf(listed, 3)}`);
  // The count names what it counts: "Has 0 of 1 required skills" alone cannot be checked (round k, G356), so the
  // skills not on the resume are named whenever the count is said (or a required skill is said to be listed).
  if (unsaid.length && (!describedOnly || listedRequired.length)) parts.push(`not on resume: ${listOf(unsaid, 3)}`);
  return { value, matched, reason: parts.join('; ') };
}

function seniorityComponent(job: JobSpec, c: CandidateFacts, resume: ResumeFacts | null): { value: number | null; reason: string | null } {
  if (job.yearsRequired === null) return { value: null, reason: null };
  const prefers = job.yearsPreferred !== null && job.yearsPreferred > job.yearsRequired ? ` (prefers ${job.yearsPreferred})` : '';
  const asked = `the role asks at least ${job.yearsRequired}${prefers}`;
  // Unknown experience is a little below neutral: most resumes state it, so its absence says something.
  if (c.yearsExperience === null) return { value: 0.4, reason: null };
  const value = c.yearsExperience >= job.yearsRequired ? 1 : clamp(c.yearsExperience / job.yearsRequired, 0, 1);
  // The profile adds up the resume's dated roles, or takes the total the candidate states when it is larger; say which.
  const stated = resume?.text ? statedYears(resume.text) : null;
  const byDates = !!resume?.career.some((r) => r.start);
  // The dated total leaves out internships and student jobs on purpose (`years.ts`); when the resume has any,
  // say so, or "0.1 years by the dates" reads as a misreading of a resume dated over a year (round c, G932).
  const leftOut = byDates ? leftOutWording(resume!.career) : '';
  const source = stated !== null && Math.abs(stated - c.yearsExperience) < 0.05 ? ' as the resume states' : byDates ? `${leftOut} by the dates on the resume` : '';
  // A current role that starts at the resume's latest date has an unknown length (the resume's date is
  // unknown): the dates then support a lower bound, not a total (fresh reasons check: "2.9 years" for a
  // career running 2009 to "Current" since 2012).
  // Only a current role the total counts makes it a lower bound (round p, G847: "At least 8.2 years" from a current
  // volunteer role the total leaves out).
  const openEnded = !!resume?.career.some((r) => r.current && r.start && !leftOutOfTotal(r)) && (resume?.yearsInRole ?? 0) < UNANCHORED_YEARS_IN_ROLE && source.endsWith(' by the dates on the resume');
  const total = years(Math.round(c.yearsExperience * 10) / 10);
  // A lower bound below the years asked reads as "too junior" even when the dated career spans more than
  // asked (round b: "at least 2.3 years" for roles dated from 1998 and a current one since 2009): then say
  // the span and that the current role's length is unknown, not the bound alone.
  const span = openEnded && c.yearsExperience < job.yearsRequired ? careerSpan(resume!.career) : null;
  if (span && span.years >= job.yearsRequired) {
    return {
      value,
      // A resume that anticipates a later year has later dates than its latest past one (`yearsInRoleAtLeast`).
      reason: `Roles dated from ${span.firstStart}, the current one since ${span.currentStart} (its length unknown${resume?.yearsInRoleAtLeast ? '' : ': the resume has no later date'}); the other dated roles${leftOut} add up to ${total}; ${asked}`,
    };
  }
  // Roles dated by employer outside the work history make the dated total a lower bound too (rounds f and g,
  // G125 and G49: a career dated in an accomplishments section and a work history).
  const lowerBound = openEnded || (!!resume?.yearsAtLeast && source.endsWith(' by the dates on the resume'));
  const other = source === ' as the resume states' && resume?.text ? statementOfOtherWork(resume.text, job) : null;
  const quoted = other ? `, in a statement about other work ("${other}")` : '';
  return { value, reason: `${lowerBound ? 'At least ' : ''}${total} of experience${source}${quoted}; ${asked}` };
}

const SCOPE_FILLER = new Set(['experience', 'years', 'with', 'more', 'than', 'then', 'over', 'environments', 'environment', 'high-pressure', 'fast-paced', 'various', 'industry', 'field', 'including', 'line']);
const fieldWords = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !SCOPE_FILLER.has(w)).map((w) => w.slice(0, 5));

/*
 * The stated figure's sentence when it names the years as spent at work the posting does not name (round q, G1195:
 * a line cook's "more then 10 years" shown bare as the experience for an event-security role): the figure is still
 * the resume's, so the reason quotes what it is about rather than present it as the career in the posting's field.
 */
function statementOfOtherWork(text: string, job: JobSpec): string | null {
  const stated = statedYearsScope(text);
  if (!stated) return null;
  const posting = new Set(fieldWords([job.title, job.occupationTitle, ...job.askedSkills, job.description].filter(Boolean).join(' ')));
  return fieldWords(stated.scope).some((w) => posting.has(w)) ? null : stated.sentence;
}

/*
 * Which kinds of dated role the total leaves out, in words: a volunteer role is left out too, and
 * "outside internships and student jobs" would hide it (round e, G1107: a 2009–2015 "Volunteer HR" role).
 */
function leftOutWording(career: CareerEntry[]): string {
  const left = career.filter((r) => r.start && leftOutOfTotal(r));
  const volunteer = left.some((r) => isVolunteerRole(r.title));
  const student = left.some((r) => !isVolunteerRole(r.title));
  if (volunteer && student) return ' outside internships, student jobs and volunteer roles';
  if (volunteer) return ' outside volunteer roles';
  return student ? ' outside internships and student jobs' : '';
}

/** Whether the dated total leaves this role out: an internship, student or volunteer title, or an academic-assistant role held while studying. */
function leftOutOfTotal(role: CareerEntry): boolean {
  return isStudentRole(role.title) || role.studentJob === true;
}

/** The first professional role's start year and the current role's start year, when both are dated. */
function careerSpan(career: CareerEntry[]): { firstStart: string; currentStart: string; years: number } | null {
  const months = (ym: string) => Number(ym.slice(0, 4)) * 12 + (Number(ym.slice(5, 7)) || 1) - 1;
  const starts = career.filter((r) => r.start && !leftOutOfTotal(r)).map((r) => r.start!).sort();
  const current = career.find((r) => r.current && r.start && !leftOutOfTotal(r));
  if (!starts.length || !current) return null;
  return { firstStart: starts[0].slice(0, 4), currentStart: current.start!.slice(0, 4), years: (months(current.start!) - months(starts[0])) / 12 };
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
  // How far someone got for an unrelated job says little about this one: positive history counts by similarity.
  if (value > 0 && pastJob && job.title) value *= 0.3 + 0.7 * similarity;
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
interface SemanticScore {
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

/** What ranking read beyond the profile: the full resume and its BM25 against the job. */
interface ResumeEvidence {
  resume: ResumeFacts | null;
  lexical: LexicalScore | null;
}

/** Score one candidate for a job; `semanticScore` is null when the semantic similarity was not computed. */
export function scoreCandidate(
  job: JobSpec,
  c: CandidateFacts,
  processes: PastProcess[],
  semanticScore: SemanticScore | null,
  weights: Weights = WEIGHTS,
  evidence: ResumeEvidence = { resume: null, lexical: null },
): ScoredCandidate {
  const title = titleComponent(job, c, evidence.resume);
  const skills = skillsComponent(job, c, evidence.resume);
  const seniority = seniorityComponent(job, c, evidence.resume);
  const pipeline = pipelineComponent(job, processes);
  const semantic = semanticScore?.value ?? null;
  const lexical = evidence.lexical?.value ?? null;
  const values: Record<Component, number | null> = { lexical, title: title.value, skills: skills.value, semantic, seniority: seniority.value, pipeline: pipeline.value };
  let total = 0;
  let weightSum = 0;
  for (const key of Object.keys(weights) as Component[]) {
    const v = values[key];
    if (v === null) continue;
    total += weights[key] * v;
    weightSum += weights[key];
  }
  // Reasons in the order a recruiter acts on them: an earlier process (which job, how far, why it ended),
  // the career, the skills asked for, the resume's words, experience, then the encoder's view.
  const reasons: [number, string][] = [];
  pipeline.reasons.forEach((r, i) => reasons.push([i === 0 && pipeline.value > 0 ? 10 : 0, r]));
  if (title.reason) reasons.push([5, title.reason]);
  if (skills.reason) reasons.push([4, skills.reason]);
  if (evidence.lexical && evidence.lexical.value >= 0.5 && evidence.lexical.topTerms.length) {
    reasons.push([3, `Resume uses the posting's key words: ${evidence.lexical.topTerms.slice(0, 4).join(', ')}`]);
  }
  if (seniority.reason) reasons.push([2, seniority.reason]);
  if (semanticScore && semanticScore.value >= 0.75) {
    reasons.push([1, `A resume passage reads close to the posting (encoder similarity ${semanticScore.cosine.toFixed(2)}, among the closest in the pool)`]);
  }
  return {
    candidateId: c.candidateId,
    score: round(weightSum > 0 ? total / weightSum : 0),
    reasons: reasons.sort((a, b) => b[0] - a[0]).map(([, r]) => r),
    signals: {
      lexical: lexical === null ? null : round(lexical),
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
