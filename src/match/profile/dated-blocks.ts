import { findDateRange, type YearMonth } from './dates.js';
import { looksLikeTitle } from './work.js';
import { isStudentRole } from './years.js';

/*
 * A block of roles dated as a whole: a heading with its own year range, then titled roles without dates of
 * their own ("Additional Experience (1995 – 1999)" / "Account Executive / Conway Southern" / "Territory Manager
 * / Averitt Express" / "Sold transportation and logistical solutions…"). Round t (G483, LiveCareer 59696315):
 * the figure read 15.5 years from the dated roles alone, 08/1998–01/2014, where by the dates on the resume the
 * career runs from 1995. The block's range counts in the dated total as one span; its roles are not added to
 * the work history, since the resume gives none of them a date of its own.
 *
 * Only a heading whose last word names work (experience, employment, career, history, positions, roles), with
 * nothing on the line but the heading and the range, and only when the first line after it reads as a role
 * title; internships, student, volunteer and practicum blocks are left out as in the dated total.
 */

interface DatedBlock {
  heading: string;
  start: YearMonth;
  /** Null when the block runs to the present. */
  end: YearMonth | null;
}

const WORK_HEADING = /^[A-Z][A-Za-z &/,'-]{0,50}?\b(?:experience|employment|career|history|positions|roles)$/i;
// Blocks the dated total leaves out like internships, or that are no paid work (clubs, rotations, courses).
const LEFT_OUT = /\b(?:volunteer|community|practicum|clinical|education|leadership|extracurricular)\b/i;
// "Account Executive / Conway Southern", "Territory Manager, Averitt Express", "Buyer at Acme": the title part.
const TITLE_PART = /^(.+?)(?:\s+\/\s+|,\s+|\s+at\s+|\s+[-–—]\s+).+$/;

/** The heading of a line that holds only a work heading and a year range, or null. */
function blockHeading(line: string): { heading: string; start: YearMonth; end: YearMonth | null } | null {
  const range = findDateRange(line);
  if (!range?.start || (!range.end && !range.current)) return null;
  const before = line.slice(0, range.index).replace(/[\s(:,–—-]+$/, '').trim();
  const after = line.slice(range.index + range.text.length).replace(/^[\s)]+/, '');
  if (after || !WORK_HEADING.test(before) || LEFT_OUT.test(before) || isStudentRole(before)) return null;
  return { heading: before, start: range.start, end: range.current ? null : range.end };
}

function titledRole(line: string): boolean {
  const text = line.trim().replace(/^[•*-]\s*/, '');
  if (!text || findDateRange(text) || /\b(?:19|20)\d{2}\b/.test(text) || /\bCompany Name\b/.test(text)) return false;
  const title = TITLE_PART.exec(text)?.[1] ?? text;
  return looksLikeTitle(title) && !isStudentRole(title);
}

/** Blocks of roles dated by a heading in these lines. */
export function datedBlocks(lines: string[]): DatedBlock[] {
  const found: DatedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = blockHeading(lines[i].trim());
    if (!block) continue;
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (next && titledRole(next)) found.push(block);
  }
  return found;
}
