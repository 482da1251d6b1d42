/*
 * Dates as resumes write them: "01/2015", "Jan 2015", "January, 2015", "Aug. 11, 2003", "11 Aug 2003",
 * "Summer 2010", "Feb '10", "2015", "Current". Ranges join two of them with "to", "-", "thru", "through",
 * "till", "until"... Month-less years count as January so that "2010 - 2012" is two years. A format the
 * pattern misses loses the whole role (or keeps only its year), so every shape seen in the corpora is here.
 */

import { isVersionRange } from './version-ranges.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE_FORMS = [
  // "Aug. 11, 2003", "January 5th 2010", "Jan 2015", "January, 2015", "Jan '15"
  `${MONTH}\\s*(?:${DAY}\\s*)?[,']?\\s*'?${YEAR}`,
  `${MONTH}\\s*'\\d{2}\\b`,
  // "11 Aug 2003", "11-Aug-2003"
  `${DAY}[\\s-]+${MONTH}[\\s,-]+${YEAR}`,
  `${SEASON}\\s*,?\\s*${YEAR}`,
  `\\d{1,2}\\s*/\\s*(?:\\d{1,2}\\s*/\\s*)?${YEAR}`,
  `\\d{1,2}-${YEAR}`,
  YEAR,
];
const DATE = `(?:${DATE_FORMS.map((form) => `(?:${form})`).join('|')})`;
const PRESENT = '(?:current(?:ly)?|present|now|today|cont(?:inuing|\\.)?(?![a-z])|(?:till|to|until)\\s+(?:date|now|present)|(?:the\\s+)?present\\s+day|ongoing|date)';
// "2004 -- 2007": a doubled hyphen is how plain text writes a dash (TeX, typewriter habit).
const SEP = '(?:\\s*(?:to|-{1,2}|–|—|until|through|thru|till|up\\s+to)\\s*)';

/** A date range anywhere in a line. Groups: 1 = start, 2 = end. */
const DATE_RANGE = new RegExp(`\\b(${DATE})${SEP}(${DATE}|${PRESENT})\\b`, 'i');
// "(July 2009 March 2012)": two dates alone in brackets are a range whose dash was lost (pdftotext wrote
// "Â\u200b" for it in the fresh reasons check's "Company (City): Title (Month Year to Month Year)" layout).
const BRACKETED_RANGE = new RegExp(`\\((${DATE})\\s+(${DATE}|${PRESENT})\\)`, 'i');
// "2005 May to 2006 April", "2010 July - 2014 Dec", "2012 January 2016 April": each date written year first (round c,
// G932: a lead role "2012 January 2016 April" went undated, so an older role was called the latest). The
// separator may be lost as in the bracketed layout. Never after a month name or before a day or year, so a
// list of month-first dates ("May 2003 January 2004 March 2004") is not read backwards, and no commas.
const YEAR_MONTH = `${YEAR}\\s+${MONTH}(?![a-z])`;
const YEAR_FIRST_RANGE = new RegExp(`(?<!${MONTH}\\s*)\\b(${YEAR_MONTH})(?:${SEP}|\\s+)(${YEAR_MONTH}|${PRESENT}\\b)(?!\\s*'?\\d)`, 'i');
// "January 2006 toAcme Inc.January 2012": pdftotext glued the employer between "to" and the end date (round b
// of the reasons check: an auditor's three roles written this way were lost, "1.2 years" for a 13-year career).
// Only with a month-named end (a bare year after an employer name is as often part of it), and the year may run
// into the next word ("January 2003New York").
const MONTH_NAME_DATE = `${MONTH}\\s*(?:${DAY}\\s*)?,?\\s*${YEAR}`;
const GLUED_RANGE = new RegExp(`\\b(${DATE})\\s*to(?=[A-Z])[^\\n]{2,80}?(${MONTH_NAME_DATE}|\\b(?:current|present)\\b)(?![0-9])`, 'i');
// A start with no end: "Business Development Manager 09/2013 Company Name", "Since 09/2013", "09/2013 -".
// Month precision only: a lone year on a line is as often an award's or a degree's.
const MONTH_DATE = `(?:${DATE_FORMS.slice(0, 3).map((form) => `(?:${form})`).join('|')}|(?:\\d{1,2}\\s*/\\s*${YEAR}))`;
const START_ONLY = new RegExp(`(?:\\bsince\\s+)?\\b(${MONTH_DATE})(?:\\s*(?:-|–|to)(?=\\s*$))?`, 'i');
const PRESENT_ONLY = new RegExp(`^${PRESENT}$`, 'i');
const LONE_DATE = new RegExp(`^\\s*(${DATE})\\s*$`, 'i');
const LONE_SEP = /^\s*(to|-{1,2}|–|—|until|through|thru|till)\s*$/i;
const SEP_THEN_END = new RegExp(`^\\s*${SEP}(${DATE}|${PRESENT})\\s*$`, 'i');
const LONE_END = new RegExp(`^\\s*(${DATE}|${PRESENT})\\s*$`, 'i');

export interface YearMonth {
  year: number;
  month: number;
}

// The month a season's work usually starts in (school terms, seasonal jobs).
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 1 };

/** Parse one date ("01/2015", "Jan. 2015", "Aug. 11, 2003", "Summer 2010", "Feb '10", "2015"); null for "Current" and anything unreadable. */
export function parseDate(raw: string): YearMonth | null {
  const text = raw.trim().toLowerCase();
  const yearMatch = text.match(/(19|20)\d{2}/) ?? text.match(/'(\d{2})\b/);
  if (!yearMatch) return null;
  const year = yearMatch[0].startsWith("'") ? shortYear(Number(yearMatch[1])) : Number(yearMatch[0]);
  const season = text.match(/spring|summer|fall|autumn|winter/);
  if (season) return { year, month: SEASON_MONTH[season[0]] };
  const monthName = text.match(/[a-z]{3}/);
  if (monthName) {
    const month = MONTHS.indexOf(monthName[0]) + 1;
    if (month > 0) return { year, month };
  }
  const numeric = text.match(/^(\d{1,2})\s*[/-]\s*(?:(\d{1,2})\s*\/\s*)?(19|20)\d{2}/);
  if (numeric) {
    const month = Number(numeric[1]);
    if (month >= 1 && month <= 12) return { year, month };
  }
  return { year, month: 1 };
}

/** "'10" is 2010, "'98" is 1998. */
const shortYear = (yy: number): number => (yy <= 49 ? 2000 + yy : 1900 + yy);

function isPresent(raw: string): boolean {
  return PRESENT_ONLY.test(raw.trim());
}

export function formatYearMonth(value: YearMonth): string {
  return `${value.year}-${String(value.month).padStart(2, '0')}`;
}

export function monthIndex(value: YearMonth): number {
  return value.year * 12 + (value.month - 1);
}

export interface ParsedRange {
  start: YearMonth | null;
  end: YearMonth | null;
  current: boolean;
  /** The matched text, to remove from the line. */
  text: string;
  index: number;
}

/** The first date range in a line, if any. */
export function findDateRange(line: string): ParsedRange | null {
  const match = DATE_RANGE.exec(line) ?? BRACKETED_RANGE.exec(line) ?? YEAR_FIRST_RANGE.exec(line) ?? gluedRange(line);
  if (!match) return null;
  // "Microsoft Office 2003-2008" spans versions, not time (round j): read on past it, offsets kept.
  if (isVersionRange(line, match.index, match[0])) {
    return findDateRange(line.slice(0, match.index) + ' '.repeat(match[0].length) + line.slice(match.index + match[0].length));
  }
  const current = isPresent(match[2]);
  const start = parseDate(match[1]);
  const end = current ? null : parseDate(match[2]);
  if (start && end && monthIndex(end) < monthIndex(start)) return null;
  return { start, end, current, text: match[0], index: match.index };
}

/** A glued range: "to" must be written in lower case right before a capital (the employer's first letter). */
function gluedRange(line: string): RegExpExecArray | null {
  const match = GLUED_RANGE.exec(line);
  return match && /^\s*to[A-Z]/.test(match[0].slice(match[1].length)) ? match : null;
}

/**
 * The one month-precise date of a line that holds no range: the start of a role whose end is not written
 * (a role the resume lists first with only "09/2013" is the latest one, held since then).
 */
export function findStartOnly(line: string): ParsedRange | null {
  if (DATE_RANGE.test(line) || BRACKETED_RANGE.test(line) || YEAR_FIRST_RANGE.test(line) || gluedRange(line)) return null;
  const all = line.match(new RegExp(`\\b${DATE}\\b`, 'gi')) ?? [];
  if (all.length !== 1) return null;
  const match = START_ONLY.exec(line);
  const start = match ? parseDate(match[1]) : null;
  if (!match || !start) return null;
  // "Current to September 2014": a range written backwards, not a start.
  if (/\b(?:current|present|now|to|through|thru|until|till)\s*[-–]?\s*$/i.test(line.slice(0, match.index))) return null;
  return { start, end: null, current: false, text: match[0], index: match.index };
}

/** pdftotext often splits "February 2013 / to / December 2013" over three lines; put them back on one. */
export function joinSplitRanges(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (LONE_DATE.test(line)) {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      // "09/2012" then "to Current" on the next line.
      if (j < lines.length && SEP_THEN_END.test(lines[j])) {
        out.push(`${line.trim()} ${lines[j].trim()}`);
        i = j;
        continue;
      }
      if (j < lines.length && LONE_SEP.test(lines[j])) {
        let k = j + 1;
        while (k < lines.length && lines[k].trim() === '') k++;
        if (k < lines.length && LONE_END.test(lines[k])) {
          out.push(`${line.trim()} to ${lines[k].trim()}`);
          i = k;
          continue;
        }
      }
      if (j < lines.length && LONE_END.test(lines[j]) && /^\s*(current|present)/i.test(lines[j])) {
        out.push(`${line.trim()} to ${lines[j].trim()}`);
        i = j;
        continue;
      }
    }
    // "Director of Sales (July 2009" / "March 2012)", "(March 2008 to July" / "2009)": a bracketed range over two lines.
    const open = /\(([^()]*)$/.exec(line);
    const close = i + 1 < lines.length ? /^\s*([^()]*)\)/.exec(lines[i + 1]) : null;
    if (open && close && findDateRange(`(${open[1].trim()} ${close[1].trim()})`)) {
      out.push(`${line.trimEnd()} ${lines[i + 1].trim()}`);
      i += 1;
      continue;
    }
    const trailing = line.match(new RegExp(`(${DATE})\\s*(to|-|–)\\s*$`, 'i'));
    if (trailing && i + 1 < lines.length && LONE_END.test(lines[i + 1])) {
      out.push(`${line.trimEnd()} ${lines[i + 1].trim()}`);
      i += 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

// A date after these words is not one the resume was written by: a certificate "Expires : Expected in 2028",
// a degree "anticipated May 2027" or "will Graduate : 2018" (round f, G257), a licence "valid until 2030" (round d, G889: a certificate's "Expected in
// 2028" became the resume's date, and an open-ended current role ran three years past its real latest date).
const NOT_WRITTEN = /\b(?:expected|anticipated|expir(?:es|y|ation|ing)|exp\.|valid\s+(?:until|through|thru|to)|renew(?:s|al)?\s+(?:due|by|on)|will\s+(?:graduate|complete|finish|receive|earn|obtain)|graduating|to\s+be\s+(?:completed|awarded|conferred))\b[^\n\d]{0,20}$/i;

// A bare year written right after a plan's name is part of the name, not a date: "Vision 2020", "Agenda 2030" (round g, G445: "the strategic plan known as
// Vision 2020" dated a resume whose latest real date is 04/2017, and its current role ran three years on).
// Words that label a date ("Graduated 2015", "Class 2012", "Company Name 2015"), degrees and credentials
// ("MBA 2014", "Certified 2016") still date it, and so does a year a range goes on from ("Acme 2015 - Present").
const NAME_WORD_BEFORE = /(?:^|[^A-Za-z0-9&.'-])([A-Z][A-Za-z]*)[ \t]+$/;
const DATE_LABEL = new RegExp(
  '^(?:' +
    [
      'in', 'since', 'from', 'to', 'through', 'thru', 'until', 'till', 'by', 'of', 'and', 'or', 'on', 'at', 'during', 'circa', 'ca', 'after', 'before',
      'year', 'years', 'yr', 'class', 'fy', 'fiscal', 'cohort', 'batch', 'term', 'session', 'semester', 'quarter', 'date', 'dates', 'dated',
      'present', 'current', 'now', 'today', 'updated', 'revised', 'graduated', 'graduation', 'grad', 'completed', 'completion', 'awarded', 'received',
      'earned', 'obtained', 'conferred', 'passed', 'attended', 'joined', 'left', 'hired', 'promoted', 'started', 'established', 'est', 'founded',
      'issued', 'certified', 'certification', 'certificate', 'license', 'licensed', 'licence', 'registered', 'renewed', 'accredited',
      'diploma', 'degree', 'ged', 'mba', 'ba', 'bs', 'bsc', 'ma', 'ms', 'msc', 'phd', 'md', 'jd', 'aa', 'as', 'aas', 'bba', 'bsn', 'rn', 'cpa', 'pmp',
      'name', 'state', 'city', 'inc', 'co', 'corp', 'llc', 'ltd', 'company', 'university', 'college', 'school', 'academy', 'institute',
    ].join('|') +
    ')$',
  'i',
);
const RANGE_GOES_ON = new RegExp(`^${SEP}(?:${DATE}|${PRESENT})`, 'i');

/** Whether the bare year at `index` is part of a name ("Vision 2020", "Windows 2000") rather than a date. */
function isYearOfAName(text: string, index: number, written: string): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const word = NAME_WORD_BEFORE.exec(text.slice(Math.max(lineStart, index - 40), index))?.[1];
  // An acronym names a credential more often than a product ("BLS 2017", "CPR 2016").
  if (!word || DATE_LABEL.test(word) || MONTH_WORD.test(word) || /^[A-Z]+$/.test(word)) return false;
  // Only a plan's name: a product version, dataset or award year ("QuickBooks 2015", "VAST Challenge 2019") is
  // past when written, so the resume is no older than it (judged P01: dropping "VAST Challenge 2019" cut a
  // current developer role from 3 years to "1 month").
  if (!PLAN_WORD.test(word)) return false;
  const after = text.slice(index + written.length, index + written.length + 40);
  // A name ends a phrase ("Vision 2020.", "Office 2010 completed", "AutoCAD 2012,"); a year followed by a
  // capitalised word is a layout's date between two fields ("Accounting 2017 Central Washington University").
  return !RANGE_GOES_ON.test(after) && !/^\s+["'(]?[A-Z0-9]/.test(after);
}
// Names of targets a year ahead of the writing: "Vision 2020", "Agenda 2030", "Horizon 2025", "Strategy 2022".
const PLAN_WORD = /^(?:vision|agenda|plan|strategy|horizon|roadmap|goals?|targets?|mission|initiative|outlook|blueprint|ambition|framework)$/i;
const MONTH_WORD = new RegExp(`^(?:${MONTH}|${SEASON})$`, 'i');

/**
 * The years written as part of a name ("Vision 2020", "QuickBooks 2015"). A product's year still says the
 * resume is no older than it, so a current role run only to an earlier date is a lower bound.
 */
export function yearsInNames(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(new RegExp(`\\b${YEAR}\\b`, 'g'))) {
    if (isYearOfAName(text, match.index, match[0])) years.push(Number(match[0]));
  }
  return years;
}

// A date marked as still to come after it: "Winners Circle 2013, 2015 (anticipated)" (round h, G338), "Network+
// (2016 expected)", "Bar admission 2016 - pending". On the date's line, or inside a bracket pdftotext wrapped.
const FUTURE_WORDS = '(?:anticipated|expected|projected|pending|in\\s+progress|forthcoming|tentative)';
const FUTURE_AFTER = new RegExp(`^[ \\t]*[(\\[,:;\\-–]?[ \\t]*${FUTURE_WORDS}\\b`, 'i');
const FUTURE_AFTER_WRAPPED = new RegExp(`^\\s*${FUTURE_WORDS}\\s*\\)`, 'i');
// Of NOT_WRITTEN's words, those of an event the writer looks forward to. An expiry or a validity is not one: a
// licence expires in 2012 whether the resume was written in 2010 or in 2015.
const ANTICIPATED_BEFORE = /\b(?:expected|anticipated|projected|will\s+(?:graduate|complete|finish|receive|earn|obtain)|graduating|to\s+be\s+(?:completed|awarded|conferred))\b[^\n\d]{0,20}$/i;

// A number in a legal citation is a section, not a year: "the U.S. Food Stamp Act (7 U.S.C.2024)" (round y, G1234 /
// LiveCareer 28247753: "2024" dated a resume whose latest real date is 2016, and two current roles ran eight years on).
const CITATION_BEFORE = /(?:\bU\.\s?S\.\s?C\.?|\bUSC|\bC\.\s?F\.\s?R\.?|\bCFR|\bP\.\s?L\.)\s*(?:§+\s*)?$/;

interface DateMention {
  date: YearMonth;
  /** Written before it happened: "expected", "anticipated", "2015 (anticipated)"… (not an expiry). */
  anticipated: boolean;
  /** Not a date the resume was written by: anticipated, an expiry or validity, a legal citation's section, or a year in a plan's name. */
  notWritten: boolean;
}

function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(new RegExp(`\\b${DATE}\\b`, 'gi'))) {
    const date = parseDate(match[0]);
    if (!date) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    const anticipated = ANTICIPATED_BEFORE.test(before) || FUTURE_AFTER.test(after) || (/\(\s*$/.test(before) && FUTURE_AFTER_WRAPPED.test(after));
    const notWritten = anticipated || NOT_WRITTEN.test(before) || CITATION_BEFORE.test(before) || isYearOfAName(text, match.index, match[0]);
    out.push({ date, anticipated, notWritten });
  }
  return out;
}

/**
 * The year by which the resume was written, when it says so: the earliest date it marks as still to come
 * ("Gartner Winners Circle 2013, 2015 (anticipated)" was written by 2015, so a degree dated 2017 below it is
 * a plan too; round h, G338: that MBA year ran a current role two years past the resume). A marker a later
 * resume kept is stale: when a range (a role's, a degree's) starts or ends after the marked year, the resume
 * was written later and the marker says nothing of its date.
 */
export function anticipatedYear(text: string): number | null {
  const marked = dateMentions(text).filter((d) => d.anticipated).map((d) => d.date.year);
  if (marked.length === 0) return null;
  const year = Math.min(...marked);
  const stale = text.split('\n').some((line) => {
    const range = findDateRange(line);
    return !!range && ((range.start?.year ?? 0) > year || (range.end?.year ?? 0) > year);
  });
  return stale ? null : year;
}

/**
 * The latest explicit date written anywhere in a text (a proxy for when the resume was written). Dates that
 * follow "expected", "expires", "valid until"… or come before "(anticipated)" are skipped, and so are dates
 * after `notAfter` or after the year the resume anticipates (`anticipatedYear`): a future date is a plan or an
 * expiry, not the writing date.
 */
export function latestDateIn(text: string, notAfter?: YearMonth): YearMonth | null {
  const by = anticipatedYear(text);
  let latest: YearMonth | null = null;
  for (const { date, notWritten } of dateMentions(text)) {
    if (notWritten || (latest && monthIndex(date) <= monthIndex(latest))) continue;
    if (notAfter && monthIndex(date) > monthIndex(notAfter)) continue;
    if (by !== null && date.year > by) continue;
    latest = date;
  }
  return latest;
}
