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

export function mergedYears(intervals: Interval[], now: YearMonth): number | null {
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
  return Math.round((total / 12) * 10) / 10;
}

// "Intern", "Summer Internship", "Graduate Teaching Assistant", "Student Worker", "Co-op Engineer"; not "Internal Auditor".
// Unpaid volunteer roles count no more than internships (fresh reasons check: 6 of "11.4 years" were "Volunteer HR").
const STUDENT_ROLE = /\b(?:intern(?:ship)?s?|extern(?:ship)?|teaching assistant|graduate (?:research |teaching )?assistant|student|co-?op|volunteer)\b/i;

/** Whether a role title is an internship, assistantship or student job (not professional experience). */
export function isStudentRole(title: string | null): boolean {
  return !!title && STUDENT_ROLE.test(title);
}

const STATED = /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:plus\s+)?(?:years?|yrs?)['’]?\.?\s*(?:of\s+)?(?:[a-z-]+\s+){0,4}?(?:experience|exp\b|expertise)/gi;

/** The largest "N years of experience" statement in a text, if any. */
export function statedYears(text: string): number | null {
  let best: number | null = null;
  for (const match of text.matchAll(STATED)) {
    const years = Number(match[1]);
    if (years > 0 && years <= MAX_YEARS) best = Math.max(best ?? 0, years);
  }
  return best;
}
