import { normalizeTitle } from '../../vocabulary/titles.js';
import { cleanText } from '../../vocabulary/text.js';
import { normalizeEmail } from '../identity/normalize-email.js';
import { normalizePhone } from '../identity/normalize-phone.js';
import { contactsFromText, socialFromUrl } from './contacts.js';
import { anticipatedYear, findDateRange, joinSplitRanges, latestDateIn, monthIndex, yearsInNames, type YearMonth } from './dates.js';
import { datedBlocks } from './dated-blocks.js';
import { datedEmployers } from './dated-employers.js';
import { degreeLevelOf, higherDegree, parseEducation } from './education.js';
import { isKaggleLayout, kaggleCurrentTitle, kaggleHeadlines, parseKaggleCompanies } from './kaggle.js';
import { extractGroups } from './groups.js';
import { extractHonors, looksLikeAward } from './honors.js';
import { extractInterests } from './interests.js';
import { extractLanguages } from './languages.js';
import { dedupeValues } from './list-items.js';
import { dedupeTitle, tidyRole } from './role-title.js';
import { linesOf, splitSections, type Section } from './sections.js';
import { extractSkills, longestSkillMonths } from './skills.js';
import type { CandidateProfile, DegreeLevel, EducationEntry, Fact, WorkEntry } from './types.js';
import { looksLikeTitle, parseExperience, toWorkEntries, type RawJob } from './work.js';
import { isStudentRole, mergedMonths, mergedYears, statedYears } from './years.js';
import { firstDegreeYear, heldWhileStudying } from './study-roles.js';
import { academicStudentJob } from './academic-roles.js';

/*
 * One candidate's profile from their Ashby fields and resume text. Pure and allocation-light: it runs
 * over every candidate on each sync. Ashby fields win over resume facts where both exist.
 */

type ContactLike = string | { value: string };

export interface ProfileInput {
  candidate: {
    name: string;
    position?: string | null;
    company?: string | null;
    school?: string | null;
    location?: string | { locationSummary?: string | null } | null;
    emailAddresses?: ContactLike[] | null;
    phoneNumbers?: ContactLike[] | null;
    socialLinks?: { type?: string | null; url: string }[] | null;
    tags?: (string | { title: string })[] | null;
  };
  resumeText: string | null;
  now: Date;
  /**
   * When `now` is the resume's own latest date (a corpus without a date of writing, `resumeDating`), the latest
   * it may have been written: the end of a year it anticipates ("2015 (anticipated)"). Open-ended roles still
   * run to `now`, but their length and the dated total are then lower bounds.
   */
  nowUpTo?: Date | null;
}

const valueOf = (c: ContactLike): string => (typeof c === 'string' ? c : c.value);
const fact = (value: string, source: Fact['source'], confidence: number): Fact => ({ value, source, confidence });

function headlineOf(sections: Section[], name: string): string | null {
  const header = sections[0].kind === 'header' ? sections[0].lines : [];
  const folded = name.trim().toLowerCase();
  for (const line of header) {
    const text = line.trim();
    if (!text || text.toLowerCase() === folded || /@|\d{3}[\s.-]\d{3,4}|https?:|linkedin|github/i.test(text)) continue;
    return text.length <= 90 ? text : null;
  }
  return null;
}

function recencyKey(job: RawJob): number {
  if (job.current) return Number.MAX_SAFE_INTEGER;
  const when = job.end ?? job.start;
  return when ? monthIndex(when) : -1;
}

/*
 * Roles dated outside the experience section: under an "Accomplishments:" sub-heading that split it, or in a
 * highlights block ("Vertis Inc. (Atlanta Ga.): Account Executive (August 1998 to September 2003)"). The
 * fresh reasons check found two careers read as 6 and 2 years for 24 and 15. Only a line that holds both the
 * title and the range counts there, so a dated sentence of a summary is no role.
 */
// Headings that split one role's text from the next, and blocks where a resume may list its roles first.
const SUB_HEADINGS = /^(?:(?:key|core|selected|major)\s+)?(?:accomplishments|achievements)\b/i;
// Accomplishments became a section kind of its own (honors are read from it), so both forms count.
const holdsRoles = (s: Section): boolean =>
  s.kind === 'summary' || s.kind === 'skills' || s.kind === 'accomplishments' || (s.kind === 'other' && SUB_HEADINGS.test(s.heading ?? ''));
// The employment layouts: LiveCareer's anonymised "Company Name City , State", or "Employer (Place): Title".
const EMPLOYMENT_LINE = /\bCompany Name\b|^[A-Z][^()]{1,60}\(.{2,60}?\)\s*:?\s+[A-Z]/;

/** "Acme (Atlanta Ga.) Director of Client" then "Development (January 2005 to October 2008)": a title wrapped onto the range's line. */
function joinWrappedTitles(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (EMPLOYMENT_LINE.test(line) && !/\bCompany Name\b/.test(line) && !findDateRange(line) && findDateRange(next) && !EMPLOYMENT_LINE.test(next)) {
      out.push(`${line} ${next}`);
      i += 1;
    } else out.push(lines[i]);
  }
  return out;
}

function rolesElsewhere(sections: Section[], known: RawJob[]): RawJob[] {
  const key = (j: RawJob) => `${j.start?.year}-${j.start?.month}/${j.end?.year}-${j.end?.month}/${j.current}`;
  const seen = new Set(known.map(key));
  // Ranges split over two lines are joined before the employment lines are picked out.
  const lines = joinWrappedTitles(joinSplitRanges(sections.filter(holdsRoles).flatMap((s) => s.lines))).filter((l) => EMPLOYMENT_LINE.test(l.trim()));
  return parseExperience(lines).filter((j) => {
    if (!j.titleOnLine || j.startOnly || seen.has(key(j))) return false;
    seen.add(key(j));
    return true;
  });
}

/** A role with only a start that is the career's latest is held since then (an end was never written). */
function isOngoing(job: RawJob, jobs: RawJob[]): boolean {
  if (!job.startOnly || !job.start) return false;
  const at = monthIndex(job.start);
  return jobs.every((other) => other === job || (!other.current && monthIndex(other.end ?? other.start ?? job.start!) <= at));
}

function workFrom(sections: Section[], kaggle: boolean, headlines: string[]): RawJob[] {
  if (kaggle) return parseKaggleCompanies(linesOf(sections, 'experience'), headlines);
  const jobs = parseExperience(linesOf(sections, 'experience'));
  if (jobs.length > 0) return [...jobs, ...rolesElsewhere(sections, jobs)];
  // No experience heading we know: jobs may sit under an unusual one, so try everything but education.
  return parseExperience(sections.filter((s) => s.kind !== 'education' && s.kind !== 'header').flatMap((s) => s.lines));
}

function educationFrom(sections: Section[], text: string): EducationEntry[] {
  const fromSection = parseEducation(linesOf(sections, 'education'), 0.85);
  if (fromSection.some((e) => e.degreeLevel)) return fromSection;
  // Degrees written outside an education section ("MBA, 2010" in the summary) count only in their explicit forms.
  const strong = text.split('\n').filter((line) => /\b(Bachelor|Master|MBA|Ph\.?D|Doctor(ate)? of|Associate(')?s? (of|in|degree)|High School Diploma|GED)\b/.test(line));
  const fallback = parseEducation(strong, 0.6).filter((e) => e.degreeLevel);
  return [...fromSection, ...fallback];
}

/** Groups, interests and honors from their own sections; a mixed "Activities and Honors" section is split item by item. */
function listsFrom(sections: Section[]): Pick<CandidateProfile, 'groups' | 'interests' | 'honors'> {
  const fromInterests = extractInterests(linesOf(sections, 'interests'));
  const mixed = linesOf(sections, 'activities');
  const mixedAwards = mixed.filter((line) => looksLikeAward(line));
  const mixedGroups = mixed.filter((line) => !looksLikeAward(line));
  const groups = [
    ...extractGroups(linesOf(sections, 'groups')).map((v) => fact(v, 'resume', 0.8)),
    ...extractGroups(mixedGroups, { strict: true }).map((v) => fact(v, 'resume', 0.7)),
    ...fromInterests.groups.map((v) => fact(v, 'resume', 0.6)),
  ];
  const honors = [
    ...extractHonors(linesOf(sections, 'honors'), { section: 'honors' }).map((v) => fact(v, 'resume', 0.8)),
    ...extractHonors(mixedAwards, { section: 'honors' }).map((v) => fact(v, 'resume', 0.7)),
    ...extractHonors(linesOf(sections, 'accomplishments'), { section: 'accomplishments' }).map((v) => fact(v, 'resume', 0.6)),
  ];
  return {
    groups: dedupeFacts(groups),
    interests: fromInterests.interests.map((v) => fact(v, 'resume', 0.7)),
    honors: dedupeFacts(honors),
  };
}

/** The first fact of each value (values compared as dedupeValues does), at most LIST_MAX_VALUES. */
function dedupeFacts(facts: Fact[]): Fact[] {
  const kept = new Set(dedupeValues(facts.map((f) => f.value)));
  return facts.filter((f) => kept.delete(f.value));
}

/** Extract a candidate profile from Ashby fields and resume text (null when there is none). */
export function extractProfile(input: ProfileInput): CandidateProfile {
  const { candidate } = input;
  const text = input.resumeText ? cleanText(input.resumeText) : '';
  const sections = splitSections(text);
  const kaggle = isKaggleLayout(text);
  const headlines = kaggle ? kaggleHeadlines(linesOf(sections, 'education')) : [];
  const headline = kaggle ? kaggleCurrentTitle(headlines) : headlineOf(sections, candidate.name);
  const now: YearMonth = { year: input.now.getUTCFullYear(), month: input.now.getUTCMonth() + 1 };

  const jobs = workFrom(sections, kaggle, headlines)
    .map((job, order) => ({ job, order }))
    .sort((a, b) => recencyKey(b.job) - recencyKey(a.job) || a.order - b.order)
    .map(({ job }) => job);
  const work: WorkEntry[] = toWorkEntries(jobs, kaggle ? 0.7 : 0.8);

  const latestTitled = work.find((w) => w.title);
  let currentTitle: Fact | null = null;
  // Ashby's position may carry the employer Ashby also holds as the company ("Senior Analyst Acme Corp").
  if (candidate.position?.trim()) currentTitle = fact(tidyRole(candidate.position.trim(), candidate.company?.trim() || null).title!, 'ashby', 0.95);
  else if (kaggle && headline) currentTitle = fact(headline, 'resume', 0.7);
  else if (latestTitled?.title && (latestTitled === work[0] || !work[0].title)) currentTitle = fact(latestTitled.title, 'resume', latestTitled.current ? 0.85 : 0.75);
  else if (headline && looksLikeTitle(headline.replace(/\b([A-Z])([A-Z]+)\b/g, (_m, a: string, b: string) => a + b.toLowerCase()))) currentTitle = fact(dedupeTitle(headline), 'resume', 0.6);
  else if (latestTitled?.title) currentTitle = fact(latestTitled.title, 'resume', 0.6);
  const normalized = currentTitle ? normalizeTitle(currentTitle.value) : null;

  const companyFromResume = work.find((w) => w.company);
  const currentCompany = candidate.company?.trim()
    ? fact(candidate.company.trim(), 'ashby', 0.95)
    : companyFromResume?.company
      ? fact(companyFromResume.company, 'resume', companyFromResume === work[0] ? 0.75 : 0.5)
      : null;

  const education = educationFrom(sections, text);
  if (candidate.school?.trim() && !education.some((e) => e.school?.toLowerCase() === candidate.school!.trim().toLowerCase())) {
    const level = degreeLevelOf(candidate.school)?.level ?? null;
    education.unshift({ source: 'ashby', confidence: 0.95, school: candidate.school.trim(), degree: null, degreeLevel: level, major: null, startYear: null, endYear: null });
  }
  const highestDegree = education.reduce<DegreeLevel>((best, e) => (e.degreeLevel ? higherDegree(best, e.degreeLevel) : best), 'none');

  const skillLines = linesOf(sections, 'skills');
  const { skills, certifications } = extractSkills(skillLines, text);
  for (const line of linesOf(sections, 'certifications')) {
    const value = line.replace(/^[\s•*-]+/, '').trim();
    if (value.length >= 2 && value.length <= 120 && !certifications.some((c) => c.value === value)) certifications.push(fact(value, 'resume', 0.7));
  }

  // Academic-assistant roles within a degree's study period are student jobs too (academic-roles.ts); the work
  // entry says so, so the experience sentence can name what the total leaves out.
  const studentJobs = new Set(
    jobs.filter((j) => academicStudentJob({ title: j.title, startYear: j.start?.year ?? null, endYear: j.current || isOngoing(j, jobs) ? null : ((j.end ?? j.start)?.year ?? null) }, education, now.year)),
  );
  jobs.forEach((j, i) => {
    if (studentJobs.has(j)) work[i].studentJob = true;
  });
  const datedJobs = jobs.filter((j) => j.start && !isStudentRole(j.title) && !studentJobs.has(j));
  const intervals = datedJobs
    .map((j) => ({ start: j.start!, end: j.current || isOngoing(j, jobs) ? null : (j.end ?? j.start!) }));
  const { years: datedYears, atLeast } = datedTotal(intervals, kaggle ? [] : sections, now);
  let yearsExperience = datedYears;
  // A current role runs to `now`; a later year in a name ("QuickBooks 2015" on a resume whose last date is
  // 2009) does not date the resume (`latestDateIn`), but the resume may be as recent: the total is a lower bound.
  // So may a year the resume anticipates beyond `now` (`nowUpTo`; round h, G338: a 2015 award "anticipated").
  const mayBeLater = yearsInNames(text).some((year) => year > now.year) || (!!input.nowUpTo && input.nowUpTo.getUTCFullYear() > now.year);
  const runsPastNow = intervals.some((i) => i.end === null) && mayBeLater;
  let yearsExperienceAtLeast = atLeast || (datedYears !== null && runsPastNow);
  const stated = statedYears(text);
  if (stated !== null && (yearsExperience === null || stated > yearsExperience)) {
    yearsExperience = stated;
    yearsExperienceAtLeast = false;
  } else if (stated !== null && yearsExperience !== null && stated < yearsExperience) {
    // A stated total below the dated one, which roles held while studying explain, is the career (study-roles.ts).
    const degreeYear = firstDegreeYear(education, now.year);
    const roleYears = jobs.map((j) => ({ startYear: j.start?.year ?? null, endYear: j.current || isOngoing(j, jobs) ? null : ((j.end ?? j.start)?.year ?? null) }));
    const career = intervals.filter((_, i) => !heldWhileStudying(roleYears[jobs.indexOf(datedJobs[i])], roleYears, degreeYear));
    const withoutStudy = career.length < intervals.length ? datedTotal(career, kaggle ? [] : sections, now).years : null;
    if (withoutStudy !== null && withoutStudy <= stated) {
      yearsExperience = stated;
      yearsExperienceAtLeast = false;
    }
  }
  if (yearsExperience === null && kaggle) {
    const months = longestSkillMonths(skillLines);
    if (months) yearsExperience = Math.round((months / 12) * 10) / 10;
  }
  const currentJob = jobs.find((j) => j.current && j.start);
  // To the nearest tenth as before: a current role runs to the resume's month, not through it, and the scorer
  // dates the resume from this figure (career.ts), so rounding it down would move that date.
  const inRoleMonths = currentJob ? mergedMonths([{ start: currentJob.start!, end: null }], now) : null;
  const yearsInRole = inRoleMonths === null ? null : Math.round((inRoleMonths / 12) * 10) / 10;
  const yearsInRoleAtLeast = yearsInRole !== null && mayBeLater;

  const contacts = contactsFromText(text);
  const emails = unique([...(candidate.emailAddresses ?? []).map((c) => normalizeEmail(valueOf(c))), ...contacts.emails]);
  const phones = unique([...(candidate.phoneNumbers ?? []).map((c) => normalizePhone(valueOf(c), 'US') ?? valueOf(c).trim()), ...contacts.phones]);
  const social = [...(candidate.socialLinks ?? []).map((l) => socialFromUrl(l.url, 'ashby', l.type ?? undefined)), ...contacts.social].filter(
    (s, i, all): s is NonNullable<typeof s> => !!s && all.findIndex((o) => o?.url === s.url) === i,
  );
  const locationText = typeof candidate.location === 'string' ? candidate.location : candidate.location?.locationSummary;

  const summaryLines = linesOf(sections, 'summary').filter((l) => l.trim());
  return {
    headline,
    summary: summaryLines.length ? summaryLines.join(' ').replace(/\s+/g, ' ').slice(0, 2000) : null,
    currentTitle,
    currentCompany,
    canonicalTitle: normalized?.canonicalTitle ?? null,
    occupationCode: normalized?.occupationCode ?? null,
    location: locationText?.trim() ? fact(locationText.trim(), 'ashby', 0.95) : null,
    work,
    education,
    highestDegree,
    skills,
    certifications,
    languages: extractLanguages(linesOf(sections, 'languages'), text),
    ...listsFrom(sections),
    social,
    emails,
    phones,
    yearsExperience,
    ...(yearsExperienceAtLeast ? { yearsExperienceAtLeast } : {}),
    yearsInRole,
    ...(yearsInRoleAtLeast ? { yearsInRoleAtLeast } : {}),
  };
}

// Sections where a role may be dated by its employer; education, credentials and memberships date other things.
const EMPLOYER_SECTIONS = new Set<Section['kind']>(['summary', 'skills', 'experience', 'accomplishments', 'other']);

/*
 * The dated career: the work history's roles plus roles dated by employer elsewhere (`dated-employers.ts`),
 * overlaps counted once. When the employer-dated roles add to it, the total is a lower bound ("at least"): a
 * role written with its year alone counts one month, and a resume that dates roles in two places may date
 * others in neither. A lone year needs other dated roles beside it, or it would be a career of one month. A block
 * of roles dated by its heading (dated-blocks.ts, round t) counts as its range says.
 */
function datedTotal(intervals: { start: YearMonth; end: YearMonth | null }[], sections: Section[], now: YearMonth): { years: number | null; atLeast: boolean } {
  const base = mergedYears(intervals, now);
  const lines = sections.filter((s) => EMPLOYER_SECTIONS.has(s.kind) && !/volunteer|community/i.test(s.heading ?? '')).flatMap((s) => s.lines);
  const extra = datedEmployers(lines)
    .filter((d) => base !== null || monthIndex(d.end) > monthIndex(d.start) || d.current)
    .map((d) => ({ start: d.start, end: d.current ? null : d.end }));
  // A block of roles dated by its heading (dated-blocks.ts) counts as its range says, so it alone makes no lower bound.
  const blocks = datedBlocks(lines).map((b) => ({ start: b.start, end: b.end }));
  const counted = blocks.length > 0 ? [...intervals, ...blocks] : intervals;
  const withBlocks = blocks.length > 0 ? mergedYears(counted, now) : base;
  if (extra.length === 0) return { years: withBlocks, atLeast: false };
  const withEmployers = mergedYears([...counted, ...extra], now);
  return withEmployers !== null && withEmployers > (withBlocks ?? 0) ? { years: withEmployers, atLeast: true } : { years: withBlocks, atLeast: false };
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/**
 * The month a resume was most likely written: its latest explicit date up to `fallback`, else `fallback` (for
 * corpora without a date). A later date is a plan or an expiry, so it is skipped rather than capped to `fallback`.
 */
export function resumeWrittenAt(resumeText: string, fallback: Date): Date {
  return resumeDating(resumeText, fallback).at;
}

/**
 * When a resume was written, as far as its text tells: `at` is its latest explicit date (`resumeWrittenAt`),
 * the month open-ended roles run to; `upTo` is the end of a later year it anticipates ("Winners Circle 2013,
 * 2015 (anticipated)": written in 2013 at the earliest and by 2015), null when it anticipates none. Between
 * the two, an open-ended role's length is a lower bound.
 */
export function resumeDating(resumeText: string, fallback: Date): { at: Date; upTo: Date | null } {
  const text = cleanText(resumeText);
  const latest = latestDateIn(text, { year: fallback.getUTCFullYear(), month: fallback.getUTCMonth() + 1 });
  const at = latest ? new Date(Date.UTC(latest.year, latest.month - 1, 28)) : fallback;
  const written = at.getTime() > fallback.getTime() ? fallback : at;
  const by = anticipatedYear(text);
  const upTo = by !== null && by > written.getUTCFullYear() ? new Date(Math.min(Date.UTC(by, 11, 28), fallback.getTime())) : null;
  return { at: written, upTo: upTo && upTo.getTime() > written.getTime() ? upTo : null };
}
