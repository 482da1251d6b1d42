import { findDateRange, parseDate, type YearMonth } from './dates.js';
import { isStudentRole } from './years.js';

/*
 * Roles dated by their employer outside the work-history layout: "Minolta Corporation (2004) Managed
 * budgets…", "Light Technologies, Inc.; Sprain, NJ (1995–2003) MANAGER, PROGRAM MANAGEMENT",
 * "FINANCIAL ROLES: Children Toys, Inc. (2005)". Rounds f and g of the reasons check (G125 and G49, one
 * resume): an accomplishments section dated a 1995–2003 programme-management role and roles in 2004 and
 * 2005, the work history only 2010 on, and the figure read "2.1 years" for a twenty-year career.
 *
 * Only an organisation's name counts (it ends in Inc., Corp., LLC, Group, Bank…), written at the start of a
 * line (after a bullet or a capitalised label), with the date in brackets right after it or after its place:
 * a bracketed year beside anything else is as often a product, a degree or an award.
 */

interface DatedEmployer {
  employer: string;
  start: YearMonth;
  /** The end of a range; a single date ("(2004)") ends where it starts. */
  end: YearMonth;
  /** "Current" written as the end. */
  current: boolean;
}

const ORG_SUFFIX = '(?:Inc|Incorporated|Corp|Corporation|Company|Co|LLC|L\\.L\\.C|LLP|Ltd|Limited|PLC|plc|GmbH|Group|Holdings|Enterprises|Industries|Associates|Partners|Bank|Agency)';
// Up to six capitalised words before the suffix ("Children Toys, Inc.", "First National Bank").
const EMPLOYER = `((?:[A-Z&][\\w&'.-]*,?\\s+){1,6}${ORG_SUFFIX}\\.?)`;
// "; Sprain, NJ", ", Boston, MA": the employer's place before the bracket.
const PLACE = `(?:\\s*[;,]\\s*[A-Z][A-Za-z .'-]{1,30}(?:,\\s*[A-Z][A-Za-z.]{1,15})?)?`;
// A bullet, then an optional capitalised label ("FINANCIAL MANAGEMENT ROLES:", "Early Career:").
const LEAD = `^[\\s•*-]*(?:([A-Z][A-Za-z &/-]{2,40}):\\s*)?`;
const DATED_EMPLOYER = new RegExp(`${LEAD}${EMPLOYER}${PLACE}\\s*\\(([^()]{4,40})\\)(.{0,60})`);
// The bracket pdftotext split from its employer: "…Children Toys, Inc." then "2005) Directed global planning".
const ENDS_WITH_EMPLOYER = new RegExp(`${ORG_SUFFIX}\\.?\\s*\\(?\\s*$`);
const STARTS_WITH_CLOSED_DATE = /^\s*\(?\s*((?:19|20)\d{2}[^()]{0,30}?)\)/;

/** Lines with a bracket split from its employer put back together ("…, Inc." + "2005) Directed…"). */
function joinSplitBrackets(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    const closed = next !== undefined && ENDS_WITH_EMPLOYER.test(lines[i]) ? STARTS_WITH_CLOSED_DATE.exec(next) : null;
    if (closed) {
      out.push(`${lines[i].replace(/\s*\(?\s*$/, '')} (${closed[1].trim()})${next.slice(closed[0].length)}`);
      i += 1;
    } else out.push(lines[i]);
  }
  return out;
}

/** The dates of one bracket: a range, or one date standing for the role's year or month. */
function datesOf(bracket: string): { start: YearMonth; end: YearMonth; current: boolean } | null {
  const range = findDateRange(bracket);
  if (range?.start) return { start: range.start, end: range.end ?? range.start, current: range.current };
  if (!/^\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}\s*$/.test(bracket)) return null;
  const single = parseDate(bracket);
  return single ? { start: single, end: single, current: false } : null;
}

/** Roles dated by employer in these lines; internships, student and volunteer roles left out as in the dated total. */
export function datedEmployers(lines: string[]): DatedEmployer[] {
  const found: DatedEmployer[] = [];
  for (const line of joinSplitBrackets(lines)) {
    const match = DATED_EMPLOYER.exec(line);
    if (!match) continue;
    const [, label, employer, bracket, after] = match;
    const dates = datesOf(bracket);
    if (!dates) continue;
    if (isStudentRole(label ?? null) || isStudentRole(after)) continue;
    found.push({ employer: employer.replace(/[,\s]+$/, '').trim(), ...dates });
  }
  return found;
}
