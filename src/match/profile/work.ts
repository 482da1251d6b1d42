import { normalizeTitle } from '../../vocabulary/titles.js';
import { findDateRange, findStartOnly, formatYearMonth, joinSplitRanges, type ParsedRange, type YearMonth } from './dates.js';
import { employerFirst, tidyRole } from './role-title.js';
import type { WorkEntry } from './types.js';

/*
 * Work history from an experience section. Every date range anchors one job; the title is on the same
 * line or on a neighbouring line (pdftotext puts it before, after, or beside "Company Name City , State").
 */

// LiveCareer anonymised employers and places to these placeholders; they are not facts about anyone.
const PLACEHOLDERS = /\bCompany Name\b|\bCity\s*,\s*State\b|\bCity\b(?=\s*[-,]|\s*$)|\bState\b(?=\s*$)/g;
const DESCRIPTION_START = /^(responsible|managed|manage|developed|develop|worked|work|assisted|assist|led|lead|performed|provided|provide|maintained|created|handled|prepared|coordinated|supervised|oversaw|oversee|ensured|implemented|served|helped|conducted|trained|processed|participated|supported|designed|built|collaborated|answered|greeted|reviewed|monitored|established|accountable|duties|achievements?|key|roles?|description|project|client|environment|tools|technologies|skills|this|in|as|my|i|the|a|an|to|for|with|and|was|is|reporting|reported)\b/i;

export interface RawJob {
  title: string | null;
  company: string | null;
  start: YearMonth | null;
  end: YearMonth | null;
  current: boolean;
  location: string | null;
  /** The title was on the date's own line ("Company Name City , State Founder/Principal Consultant 03/1998 to 01/2011"). */
  titleOnLine?: boolean;
  /** Only a start date was written ("Business Development Manager 09/2013 Company Name"). */
  startOnly?: boolean;
}

function stripPlaceholders(line: string): string {
  return line
    .replace(PLACEHOLDERS, ' ')
    // The brackets a range was written in: "Director of Sales (July 2009 to March 2012)".
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;|•*\-–]+|[\s,:;|•*\-–]+$/g, '')
    .trim();
}

/** Whether a short line reads like a job title rather than a sentence of description. */
export function looksLikeTitle(text: string): boolean {
  if (text.length < 2 || text.length > 80) return false;
  // A capital or digit first, or a brand written in camel case ("iOS Engineer", "eBay Seller").
  if (!/^(?:[A-Z0-9]|[a-z][A-Z])/.test(text)) return false;
  if (/[.!?]$/.test(text) && !/\b(Sr|Jr|Asst|Mgr|Inc|Co)\.$/.test(text)) return false;
  if (/[$%@]|https?:|\d{3,}/.test(text.replace(/\b(19|20)\d{2}\b/g, ''))) return false;
  const words = text.split(/\s+/);
  if (words.length > 9) return false;
  if (DESCRIPTION_START.test(text) && !/^(Lead|Project|Key|Client)\s+[A-Z]/.test(text)) return false;
  const capitalised = words.filter((w) => /^[A-Z0-9&(/]/.test(w)).length;
  return capitalised / words.length >= 0.5;
}

/*
 * pdftotext runs a title into its first duty when they share a line: "User Experience and User Interaction Designer
 * (Team Lead) Working with the whole project team to develop the solution" (round j, G853: the role had no title, so
 * a UX designer's title said nothing of UX Design). The title is the words before a capitalised verb form that opens
 * a sentence (-ing, -ed, or a duty word such as "Responsible"), followed by a lower-case word, when those words read
 * as a title on their own and the title vocabulary knows them (an occupation match, exact or partial).
 */
const DUTY_OPENING = /\s+(?=(?:[A-Z][a-z]{2,}(?:ing|ed)|Responsible|Manage[sd]?|Lead|Led|Develop(?:s|ed)?|Oversee|Oversaw|Ensure[sd]?|Provide[sd]?)\s+[a-z])/g;

// The title's last word names a person ("Designer", "Analyst", "Associate", "Lead"): "Barbie Product Development" or
// "Coats, Suits, Dresses and Lingerie" before a duty are a product line, not a title.
const PERSON_HEAD = /(?:[a-z](?:er|or|ist|yst|ant|ian|ect|ive|ee|ate|ier|ey|ary)|[a-z](?<!m)ent|\b(?:Lead|Clerk|Chef|Nurse|Head|Intern|Cook|Aide|Guard|Pilot|Captain|Principal|Partner|Officer))s?$/;

function gluedTitle(text: string): string | null {
  for (const opening of text.matchAll(DUTY_OPENING)) {
    const prefix = text.slice(0, opening.index).trim();
    if (prefix.split(/\s+/).length < 2 || /\b(?:and|of|or|for|the|to|in|with|&)$/i.test(prefix)) continue;
    if (!/(?:[A-Z][\w/&.-]*|\))$/.test(prefix)) continue;
    const bare = prefix.replace(/\s*\([^()]*\)$/, '');
    if (looksLikeTitle(prefix) && !/\d/.test(prefix) && PERSON_HEAD.test(bare) && normalizeTitle(bare).match !== null) return prefix;
    return null;
  }
  return null;
}

function titleFrom(line: string | undefined, glued = false): string | null {
  if (line === undefined) return null;
  const residual = stripPlaceholders(line);
  if (glued) return gluedTitle(residual);
  if (looksLikeTitle(residual)) return residual;
  // "Employer (Place): Title" is long for a title alone; the title part decides (split off by `splitTitleCompany`).
  const placed = COMPANY_PLACE_TITLE.exec(residual);
  return placed && /^[A-Z][^\d,;:]{1,50}$/.test(placed[1]) && placed[1].split(/\s+/).length <= 6 && looksLikeTitle(placed[3]) ? residual : null;
}

const hasPlaceholder = (line: string): boolean => /\bCompany Name\b/.test(line);

// "Vertis Inc. (Atlanta Ga.): Account Executive", "Armchair Media (Atlanta Ga.) Director of Business Development":
// employer, its place in brackets, then the title.
const COMPANY_PLACE_TITLE = /^(.+?)\s*\(([^()]*)\)\s*:?\s+([A-Z].*)$/;

/** "Engineer at Acme", "Engineer - Acme", "Engineer | Acme": title first, employer second; "Acme (City): Engineer": employer first. */
function splitTitleCompany(text: string | null, anonymised: boolean): { title: string | null; company: string | null } {
  if (!text || anonymised) return { title: text, company: null };
  const placed = COMPANY_PLACE_TITLE.exec(text);
  if (placed && looksLikeTitle(placed[3])) return { title: placed[3].trim(), company: placed[1].trim() };
  const parts = text.split(/\s+(?:at|@|\||-|–|—)\s+/);
  if (parts.length < 2) return { title: text, company: null };
  // "Hollywood Video - Store Manager": the employer first, told by which side is a known title.
  if (parts.length === 2 && employerFirst(parts[0].trim(), parts[1].trim())) return { title: parts[1].trim(), company: parts[0].trim() };
  return { title: parts[0].trim() || null, company: parts.slice(1).join(' - ').trim() || null };
}

/** Jobs in an experience section's lines, in the order written. */
export function parseExperience(sectionLines: string[]): RawJob[] {
  const lines = joinSplitRanges(sectionLines).map((l) => l.trim());
  const anchors: number[] = [];
  // A start-only date anchors a role only in the layout that writes the title beside it (checked below).
  const ranges: (ParsedRange | null)[] = lines.map((line) => findDateRange(line) ?? startOnlyAnchor(line));
  ranges.forEach((range, i) => {
    if (range) anchors.push(i);
  });
  const claimed = new Set<number>();
  const jobs: RawJob[] = [];
  anchors.forEach((i, n) => {
    const range = ranges[i]!;
    const line = lines[i];
    const residual = line.slice(0, range.index) + ' ' + line.slice(range.index + range.text.length);
    const previousAnchor = n > 0 ? anchors[n - 1] : -1;
    const nextAnchor = n + 1 < anchors.length ? anchors[n + 1] : lines.length;
    const candidates: number[] = [];
    const after = (k: number): number | undefined => {
      let j = k + 1;
      while (j < nextAnchor && lines[j] === '') j++;
      return j < nextAnchor ? j : undefined;
    };
    const before = (k: number): number | undefined => {
      let j = k - 1;
      while (j > previousAnchor && lines[j] === '') j--;
      return j > previousAnchor && !claimed.has(j) ? j : undefined;
    };
    let title = titleFrom(residual);
    const titleOnLine = !!title;
    const startOnly = !range.end && !range.current;
    const next = after(i);
    const prev = before(i);
    if (!title) {
      // Order of likelihood across the corpora: beside "Company Name" above, the next line, then the line above.
      if (prev !== undefined && hasPlaceholder(lines[prev])) candidates.push(prev);
      if (next !== undefined) candidates.push(next);
      if (next !== undefined && hasPlaceholder(lines[next]) && !titleFrom(lines[next])) {
        const second = after(next);
        if (second !== undefined) candidates.push(second);
      }
      if (prev !== undefined && !hasPlaceholder(lines[prev])) {
        candidates.push(prev);
        const prev2 = before(prev);
        if (prev2 !== undefined && hasPlaceholder(lines[prev2])) candidates.push(prev2);
      }
      // A title run into its first duty only when no neighbouring line is a title on its own.
      for (const glued of [false, true]) {
        for (const k of candidates) {
          title = titleFrom(lines[k], glued);
          if (title) {
            claimed.add(k);
            break;
          }
        }
        if (title) break;
      }
    }
    claimed.add(i);
    if (next !== undefined && hasPlaceholder(lines[next])) claimed.add(next);
    const { title: cleanTitle, company } = splitTitleCompany(title, lines.slice(Math.max(previousAnchor + 1, i - 2), i + 3).some(hasPlaceholder));
    jobs.push({ title: cleanTitle, company, start: range.start, end: range.end, current: range.current, location: null, titleOnLine, ...(startOnly ? { startOnly } : {}) });
  });
  return jobs;
}

/** A start-only date on a LiveCareer role line ("Title 09/2013 Company Name City") or written as open ("Since 09/2013", "09/2013 -"). */
function startOnlyAnchor(line: string): ParsedRange | null {
  const found = findStartOnly(line);
  if (!found) return null;
  if (!(hasPlaceholder(line) || /^since\b|[-–]\s*$|\bto$/i.test(found.text.trim()))) return null;
  // Only with the title on the same line: a dated sentence of description is no role.
  return titleFrom(line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length)) ? found : null;
}

/** Convert raw jobs to profile work entries with normalised titles. */
export function toWorkEntries(jobs: RawJob[], confidence: number): WorkEntry[] {
  return jobs.map((job) => {
    const { title, company } = tidyRole(job.title, job.company);
    const normalized = title ? normalizeTitle(title) : null;
    return {
      source: 'resume' as const,
      confidence: title ? confidence : confidence / 2,
      title,
      canonicalTitle: normalized?.canonicalTitle ?? null,
      occupationCode: normalized?.occupationCode ?? null,
      company,
      start: job.start ? formatYearMonth(job.start) : null,
      end: job.end ? formatYearMonth(job.end) : null,
      current: job.current,
      location: job.location,
    };
  });
}
