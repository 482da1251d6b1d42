/*
 * E-mail and phone masking for strings the audit log keeps, and for the resume text the search index
 * keeps (contact details carry no meaning for a search and would make "example" match every
 * `@example.com` address). Hand-written scanners instead of
 * regexes because the inputs are attacker-sized: the previous `[A-Z0-9._%+-]+@…` regex backtracked
 * quadratically, so a 200,000-character tool argument blocked the event loop for ~19 s. Both scanners
 * below look at each character a bounded number of times (1 MiB masks in a few milliseconds).
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isDigit(c) || isLetter(c) || c === 95;
// local part: letters, digits and . _ % + -
const isLocalChar = (c: number): boolean => isDigit(c) || isLetter(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
// domain: letters, digits, . and -
const isDomainChar = (c: number): boolean => isDigit(c) || isLetter(c) || c === 46 || c === 45;

/**
 * End (exclusive) of the e-mail domain starting at `from` and running to `runEnd`: the last `.`
 * followed by two or more letters, with all those letters. -1 when the run has no such suffix.
 */
function domainEnd(s: string, from: number, runEnd: number): number {
  // Walking right to left, `letters` counts the letters directly after position p.
  let letters = 0;
  for (let p = runEnd - 1; p > from; p--) {
    const c = s.charCodeAt(p);
    if (c === 46 && letters >= 2) return p + 1 + letters;
    letters = isLetter(c) ? letters + 1 : 0;
  }
  return -1;
}

/** Replace e-mail addresses with `[email]` (or `replacement`). Linear: each '@' scans only up to its neighbours. */
export function maskEmails(s: string, replacement = '[email]'): string {
  let out = '';
  let copied = 0;
  let at = s.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > copied && isLocalChar(s.charCodeAt(start - 1))) start--;
    let runEnd = at + 1;
    while (runEnd < s.length && isDomainChar(s.charCodeAt(runEnd))) runEnd++;
    const end = start < at ? domainEnd(s, at + 1, runEnd) : -1;
    if (end > 0) {
      out += `${s.slice(copied, start)}${replacement}`;
      copied = end;
    }
    at = s.indexOf('@', Math.max(at + 1, runEnd));
  }
  return out + s.slice(copied);
}

const isPhoneSeparator = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 40 || c === 41; // space . - ( )
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15; // E.164
const DATE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;
const YEARS = /^(19|20)\d\d([-./ ]+(19|20)\d\d)*$/;

const dateOrYears = (run: string): boolean => DATE.test(run) || YEARS.test(run);

/** True when the character before `i` makes it the middle of a token (`ab-123`, `v1.2`). */
function insideTokenBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const prev = s.charCodeAt(i - 1);
  if (isWordChar(prev)) return true;
  return (prev === 45 || prev === 46) && i >= 2 && isWordChar(s.charCodeAt(i - 2));
}

function insideTokenAfter(s: string, end: number): boolean {
  if (end >= s.length) return false;
  const next = s.charCodeAt(end);
  if (isWordChar(next)) return true;
  return (next === 45 || next === 46) && end + 1 < s.length && isWordChar(s.charCodeAt(end + 1));
}

/**
 * Replace phone-like digit runs with `[phone]` (or `replacement`), whatever the national format: 7–15 digits with at
 * most two separators (space . - ( )) between digits, an optional leading `+`, standing alone (not
 * inside an id such as a UUID), and not a date or a list of years.
 */
export function maskPhones(s: string, replacement = '[phone]'): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const rest = /[0-9 .()-]*/y;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!(isDigit(c) || c === 43 || c === 40) || insideTokenBefore(s, i)) {
      i++;
      continue;
    }
    let j = c === 43 ? i + 1 : i;
    let digits = 0;
    let separators = 0;
    let lastDigitEnd = -1;
    for (; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (isDigit(d)) {
        digits++;
        separators = 0;
        lastDigitEnd = j + 1;
      } else if (isPhoneSeparator(d) && separators < 2) separators++;
      else break;
      if (digits > MAX_PHONE_DIGITS) {
        // Too long for a phone number: skip the rest of the run in one regex step.
        rest.lastIndex = j;
        rest.exec(s);
        j = rest.lastIndex;
        break;
      }
    }
    if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !insideTokenAfter(s, lastDigitEnd) && !dateOrYears(s.slice(c === 43 || c === 40 ? i + 1 : i, lastDigitEnd))) {
      out += `${s.slice(copied, i)}${replacement}`;
      copied = lastDigitEnd;
      i = lastDigitEnd;
    } else i = Math.max(j, i + 1);
  }
  return out + s.slice(copied);
}
