/*
 * Short list values written by candidates (group names, interests, awards): split a section's lines
 * into items and normalise each one, so the same value from two resumes counts as one insight bucket.
 * Everything here is candidate-written text: bounded in length and count, and never trusted.
 */

/** Longest value kept: longer items are prose, not a name (and an insight bucket label stays readable). */
export const LIST_VALUE_MAX_CHARS = 80;
/** Most values kept per list: a resume that lists more is pasting prose. */
const LIST_MAX_VALUES = 20;

const MONTH = '(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|spring|summer|fall|autumn|winter)';
const YEAR = '(?:19|20)\\d{2}';
const WHEN = `(?:(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?${YEAR}|present|current|now|today)`;
const SPAN = `${WHEN}(?:\\s*(?:-|to|through|thru|until)\\s*${WHEN})?`;
/** A trailing date or date range, bare or in parentheses, after an optional comma or dash. */
const TRAILING_DATE = new RegExp(`[\\s,;:–-]*[([]?\\s*(?:since\\s+|from\\s+|in\\s+)?${SPAN}(?:\\s*[,/&]\\s*${SPAN})*\\s*[)\\]]?\\s*$`, 'i');
const LEADING_DATE = new RegExp(`^[([]?${SPAN}[)\\]]?\\s*[:,–-]?\\s+`, 'i');
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with']);

/** Lines with pdftotext's wraps undone: a line that starts in lower case continues the one before. */
function joinWrappedLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    if (joined.length && /^[a-z]/.test(text) && !/[.;:]$/.test(joined[joined.length - 1])) joined[joined.length - 1] += ` ${text}`;
    else joined.push(text);
  }
  return joined;
}

/** Split one text at any of the `separators` characters outside parentheses and brackets ("Alliance (Committee; BAHEP)" stays whole). */
function splitOutsideParens(text: string, separators: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

const BREAK = '\u0000';

/** Sentences and list entries: split at bullets, semicolons, pipes and sentence ends, never inside parentheses. */
export function splitItems(lines: string[]): string[] {
  return joinWrappedLines(lines).flatMap((line) => {
    // A sentence end needs two lower-case letters before the dot, so "St. Louis" and "U.S. Army" stay whole.
    const text = line.replace(/\b(e\.g|i\.e|etc)\.?/gi, ',').replace(/(?<=[a-z)]{2})\.\s+(?=[A-Z])/g, BREAK);
    return splitOutsideParens(text, `;|•·▪●◦*${BREAK}`);
  });
}

/** The entries of a comma list ("Golf, Rock Climbing, Yoga"), outside parentheses; " - " separates too. */
export function splitCommas(text: string, opts: { dashes: boolean } = { dashes: true }): string[] {
  return splitOutsideParens(opts.dashes ? text.replace(/\s[-–]\s/g, ',') : text, ',');
}

/** ALL-CAPS names read in title case ("NATIONAL HONOR SOCIETY" → "National Honor Society"); acronyms stay. */
function fromShouting(text: string): string {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 8 || letters !== letters.toUpperCase() || !/\s/.test(text)) return text;
  return text
    .split(/(\s+)/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (word.replace(/[^A-Za-z]/g, '').length <= 3) return word;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** Trim bullets, dates at either end, wrapping quotes and trailing punctuation; collapse spaces. */
export function cleanItem(raw: string): string {
  // A stray "Â"/"â" is what is left of a non-breaking space or bullet decoded twice.
  let text = raw.replace(/[Ââ](?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  text = text.replace(/^(?:[-–•·▪●◦*>~+]|\d{1,2}[.)]\s)\s*/, '');
  for (let i = 0; i < 3; i++) {
    const before = text;
    text = text.replace(TRAILING_DATE, '').replace(LEADING_DATE, '').trim();
    if (text === before) break;
  }
  text = text.replace(/^["'“”]+|["'“”]+$/g, '').replace(/[\s.,;:!–-]+$/, '').replace(/^[\s.,;:–-]+/, '').trim();
  // A value cut mid-phrase ("Texas Access Alliance to") ends at its last full word.
  text = text.replace(/(?:[\s,]+(?:to|and|of|for|the|in|at|with|by|or|&))+$/i, '').trim();
  return fromShouting(text);
}

/** Words in a value (for bounding prose vs names). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Keep the first spelling of each value (compared without case or punctuation), at most LIST_MAX_VALUES. */
export function dedupeValues(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
    if (key && !seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()].slice(0, LIST_MAX_VALUES);
}

/** A line that is a degree, a place or a contact (pdftotext mixes neighbouring columns into sections). */
export function isStrayLine(text: string): boolean {
  return /\bCity\s*,\s*State\b|@|https?:|www\.|\b(Bachelor|Master|Associate|Doctor)s? of\b|\b(B\.?S|B\.?A|M\.?S|M\.?B\.?A|Ph\.?D)\b\s*:/.test(text);
}
