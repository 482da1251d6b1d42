import { cleanText } from '../../vocabulary/text.js';
import { monthIndex, type YearMonth } from './dates.js';

/*
 * Years of experience from work history: overlapping jobs count once. Only jobs with a start count;
 * "Current" ends at `now`. Internships, teaching/graduate assistantships and student jobs are not
 * professional experience (a reader counting "8 years" would not count them). A total the candidate
 * states ("12 years of experience in retail") wins when it is larger than what the dates cover: resumes
 * often date only their recent roles. Never derived from birth or graduation dates.
 */

interface Interval {
  start: YearMonth;
  end: YearMonth | null;
}

const MAX_YEARS = 50;

/*
 * Years from months as a reader states them from the dates: to one decimal, rounded down. Both the start and the
 * end month are worked ("06/2015 - 02/2019" is 45 months), so rounding up would add to each span what a reader,
 * counting from June to February, does not: 45 months is 3.7 years (a reader's 3 years 8 months), not 3.8, and
 * "01/2015 - 01/2018" (37 months) is 3 years, not 3.1. Never more than the dates show (round j: "1.5 years" for
 * 06/2014–09/2015, which a reader counts as about 1.3).
 */
export function tenthsDown(months: number): number {
  return Math.floor((months / 12) * 10 + 1e-9) / 10;
}

/** Months covered by the intervals, overlaps once, null when none counts. */
export function mergedMonths(intervals: Interval[], now: YearMonth): number | null {
  const spans = intervals
    // A written end month is worked through ("06/2015 - 02/2019" is 45 months); "Current" ends now.
    .map(({ start, end }) => [monthIndex(start), end ? monthIndex(end) + 1 : monthIndex(now)] as [number, number])
    .filter(([a, b]) => b >= a && b - a <= MAX_YEARS * 12 && b <= monthIndex(now) + 12)
    .sort((x, y) => x[0] - y[0]);
  if (spans.length === 0) return null;
  let total = 0;
  let [curStart, curEnd] = spans[0];
  for (const [a, b] of spans.slice(1)) {
    if (a <= curEnd) curEnd = Math.max(curEnd, b);
    else {
      total += curEnd - curStart;
      [curStart, curEnd] = [a, b];
    }
  }
  total += curEnd - curStart;
  return total;
}

/** Years of experience from dated roles, overlaps once, said as a reader states them (`tenthsDown`). */
export function mergedYears(intervals: Interval[], now: YearMonth): number | null {
  const months = mergedMonths(intervals, now);
  return months === null ? null : tenthsDown(months);
}

// "Intern", "Summer Internship", "Graduate Teaching Assistant", "Student Worker", "Co-op Engineer"; not "Internal Auditor".
// Unpaid volunteer roles count no more than internships (fresh reasons check: 6 of "11.4 years" were "Volunteer HR").
const STUDENT_ROLE = /\b(?:intern(?:ship)?s?|extern(?:ship)?|teaching assistant|graduate (?:research |teaching )?assistant|student|co-?op|volunteer)\b/i;

const VOLUNTEER_ROLE = /\bvolunteer\b/i;

/** Whether a role title is a volunteer role (left out of the dated total like an internship). */
export function isVolunteerRole(title: string | null): boolean {
  return !!title && VOLUNTEER_ROLE.test(title);
}

/** Whether a role title is an internship, assistantship or student job (not professional experience). */
export function isStudentRole(title: string | null): boolean {
  return !!title && STUDENT_ROLE.test(title);
}

// A list of fields may sit between the figure and "experience" (round e, G1107: "10 + years Staffing,
// Technology Recruiting and Staffing experience" was missed, so a dated 5 was shown beside a stated 10+).
const STATED = /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:plus\s+)?(?:years?|yrs?)['’]?\.?(?:\s*of)?(?:\s+[a-z-]+,?){0,5}?\s*(?:experience|exp\b|expertise)/gi;
// The other common phrasings of a career's length (round d, G29: "15+ years' track record" was missed):
// "N years' track record", "N-year career", and "N years of/in/as …" when the figure is claimed ("15+",
// "over 15", "with 15"), so "within 2 years of joining", "3 years warranty" and "aged 30 years" stay out.
const TRACK = /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:plus\s+)?[- ]?(?:years?|yrs?)['’]?\s*(?:track\s+record|career|professional\s+career)\b/gi;
// Also "with 11 years effectively maintaining accurate accounting information", "over 10 years managing teams": a
// claimed figure and what was done through it (round j, G997: the summary's 11 was missed and the reason said 7.6
// "by the dates", which ran the current role only to the latest date written). Not "3 years running" (an award).
const CLAIMED = /(?:\b(?:over|more\s+than|nearly|almost|with|has|have|having|bring(?:s|ing)?|offer(?:s|ing)?)\s+(\d{1,2}(?:\.\d)?)\s*\+?|\b(\d{1,2}(?:\.\d)?)\s*\+)\s*(?:plus\s+)?(?:years?|yrs?)['’]?\s+(?:(?:of|in|as)\s+(?!age\b|old\b)|(?:[a-z]+ly\s+)?(?!running\b)[a-z]{3,}ing\b)/gi;

// A skill duration, not a career's length: "5+ years of expertise in C language and Matlab" (which may count school
// projects) or "7 years of experience with SQL Server" says how long a skill or tool was used (round m, G849: "5 years
// of experience as the resume states" for a resume stating no total, whose jobs by dates add up to 1–2 years). Told
// apart by its object: a tool or language is a name ("C", "Java", "SQL Server", "CAD"), a field is not ("over 20
// years of expertise in all facets of accounting", "12 years of experience with accounts receivable", which still
// count). Only "expertise in/with" and "experience with": "experience in Retail Management" is a field as often as a
// skill, so it stays stated. The object is read case-sensitively, so an all-capitals line is left as it was.
const SKILL_DURATION = /^(?:[a-z]+\s+(?:than\s+)?)?\d{1,2}(?:\.\d)?\s*\+?\s*(?:plus\s+)?(?:years?|yrs?)['’]?\.?\s*(?:of\s+)?(?:hands-on\s+)?(?:expertise\s+(?:in|with)|experience\s+with)\s+/i;
const NAMED_OBJECT = /^[A-Z0-9]/;

/** Whether the statement at the start of `text` is how long a named skill or tool was used. */
function isSkillDuration(text: string): boolean {
  const head = SKILL_DURATION.exec(text);
  return !!head && NAMED_OBJECT.test(text.slice(head[0].length));
}

// What a statement says the years were spent at: "experience in high-pressure culinary environments", "as a line
// cook", or the title it follows ("Line Cook with more then 10 years"). Without one, a figure is a career's length.
// Not "experience with …" ("with both agency and client side experience", round p G196): a manner or a tool.
const SCOPE_AFTER = /^[^.;!?]*?\b(?:experience|expertise|exp)\s+(?:in|as)\s+([^.;!?\n]{3,80})|^[^.;!?]*?\b(?:years?|yrs?)['’]?\s+(?:as|in)\s+(?:an?\s+)?([^.;!?\n]{3,80})/i;
const SCOPE_BEFORE = /([A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+){0,3})\s+with\s+(?:[a-z]+\s+(?:than|then)\s+)?$/;

/**
 * The sentence of the largest stated figure and what it names the years as spent at, when it names that
 * (round q, G1195: "Line Cook with more then 10 years of experience in high-pressure culinary environments" was
 * shown as "10 years of experience as the resume states" for an event-security posting).
 */
export function statedYearsScope(raw: string): { sentence: string; scope: string } | null {
  const text = cleanText(raw);
  let best: { years: number; index: number } | null = null;
  for (const pattern of [STATED, TRACK, CLAIMED]) {
    for (const match of text.matchAll(pattern)) {
      if (isSkillDuration(text.slice(match.index))) continue;
      const years = Number(match[1] ?? match[2]);
      if (years > 0 && years <= MAX_YEARS && (!best || years > best.years)) best = { years, index: match.index };
    }
  }
  if (!best) return null;
  const head = text.slice(Math.max(0, best.index - 120), best.index);
  const start = best.index - (head.length - Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('\n\n')) - 1);
  const tail = /^[^.!?]{0,160}/.exec(text.slice(best.index))![0];
  const before = SCOPE_BEFORE.exec(text.slice(start, best.index).replace(/\s+/g, ' '));
  const after = SCOPE_AFTER.exec(tail.replace(/\s+/g, ' '));
  const scope = [before?.[1], after?.[1] ?? after?.[2]].filter(Boolean).join(' ');
  if (!scope) return null;
  return { sentence: `${text.slice(start, best.index)}${tail}`.replace(/\s+/g, ' ').trim(), scope };
}

/**
 * The largest "N years of experience" statement in a text, if any. The text is cleaned first (`cleanText`),
 * as the profile reads it: round d (G187) found "yearsÂ of experience" matched on the profile's cleaned text
 * and missed on the raw text the scorer re-read, so the reason named the wrong source for the figure.
 */
export function statedYears(raw: string): number | null {
  const text = cleanText(raw);
  let best: number | null = null;
  for (const pattern of [STATED, TRACK, CLAIMED]) {
    for (const match of text.matchAll(pattern)) {
      if (isSkillDuration(text.slice(match.index))) continue;
      const years = Number(match[1] ?? match[2]);
      if (years > 0 && years <= MAX_YEARS) best = Math.max(best ?? 0, years);
    }
  }
  return best;
}
