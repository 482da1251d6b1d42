import * as chrono from 'chrono-node';
import type { DateRange } from '../query/search-request.js';

/*
 * Date phrases → `updated` (last activity) or, when the phrase is about applying, `applied`.
 * Conventions (documented in the eval README section): "last/past N months" and "the past year" are
 * rolling windows ending now; "last year", "last month", "last quarter" without a number are the
 * previous calendar period; "since March" is the most recent March 1st; "last spring" is the most
 * recent spring that is not the current season; "not touched in 6 months" is an upper bound.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASONS: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, couple: 2, 'couple of': 2, few: 3 };
const NUM = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|couple(?: of)?|few)';
const UNIT = '(day|week|month|quarter|year)s?';
const APPLIED_CUE = /\b(?:applied|apply|applying|application|applications)\b/i;
// A cue word right before the date phrase belongs to it ("active in the last 6 months" is a date, not a status).
// The cue nearest the date decides its key: "applied in 2026 …, with activity since October" is two.
const ACTIVITY_CUE = /\b(?:activity|active|updated|touched|contacted|heard\s+from|reached\s+out|engaged)\b/gi;
const lastIndexOf = (text: string, re: RegExp) => Math.max(-1, ...[...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => m.index ?? 0));
const ADJACENT_CUE = /\b(?:applied|applications?|applicants?|updated|last\s+updated|active|(?:last\s+)?activity|last\s+active|last\s+contact(?:ed)?|last\s+touched|touched|contacted|heard\s+from)(?:\s+(?:who|were|was|been|have|has|back|way\s+back))*\s*$/i;

export function numberValue(text: string): number {
  const n = Number(text);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[text.toLowerCase()] ?? 1);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m, d));

function shift(now: Date, n: number, unit: string): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (unit === 'day') d.setUTCDate(d.getUTCDate() - n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
  else if (unit === 'quarter') d.setUTCMonth(d.getUTCMonth() - 3 * n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return d;
}

function monthIndex(text: string): number {
  return MONTHS.findIndex((m) => m.startsWith(text.toLowerCase().slice(0, 3)));
}

/** The latest first-of-`month` not after now (or in `year` when given). */
function monthStart(month: number, now: Date, year?: number): Date {
  if (year !== undefined) return utc(year, month);
  const y = month > now.getUTCMonth() ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return utc(y, month);
}

function seasonStart(season: string, now: Date, opts: { last: boolean; year?: number }): Date {
  const month = SEASONS[season];
  if (opts.year !== undefined) return month === 11 ? utc(opts.year - 1, 11) : utc(opts.year, month);
  let start = monthStart(month, now);
  const end = utc(start.getUTCFullYear(), start.getUTCMonth() + 3);
  if (opts.last && now < end) start = utc(start.getUTCFullYear() - 1, month);
  return start;
}

function addMonths(d: Date, months: number): Date {
  return utc(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

/*
 * Words that say nothing happened ("zero activity", "without any movement", "nothing logged"): a span of them
 * before a window or a date makes that window an upper bound (round 15: "zero activity in the last 6 weeks"
 * and "without any movement in the last 30 days" were read as lower bounds, reversed).
 */
const ACTIVITY_NOUN = '(?:activity|updates?|changes?|movement|news|contact|touch(?:es|points?)?|engagement|response|replies|word|action|progress)';
const NO_ACTIVITY = `(?:no|zero|without(?:\\s+any)?|not\\s+any|never\\s+any|nothing\\s+in\\s+the\\s+way\\s+of)\\s+${ACTIVITY_NOUN}|nothing\\s+(?:logged|recorded|happened|new|moved|changed)`;
/** Comparative words of a bound ("prior to June 2025", "earlier than 2024", "no earlier than 2025"). */
const BOUND_OP = '(since|after|before|until|from|prior\\s+to|earlier\\s+than|later\\s+than|no\\s+earlier\\s+than|no\\s+later\\s+than|not\\s+earlier\\s+than|not\\s+later\\s+than)';
/**
 * Which side of a period a bound word keeps: "before/prior to/earlier than X" ends where X starts; "after/later
 * than X" starts where X ends; "no later than X" ends where X ends; "since/from/no earlier than X" starts at X.
 */
function boundOf(op: string, start: Date, end: Date): DateRange {
  const o = op.toLowerCase().replace(/\s+/g, ' ');
  if (o === 'before' || o === 'until' || o === 'prior to' || o === 'earlier than') return { before: iso(start) };
  if (o === 'no later than' || o === 'not later than') return { before: iso(end) };
  if (o === 'after' || o === 'later than') return { after: iso(end) };
  return { after: iso(start) };
}

type Rule = { pattern: RegExp; range: (m: RegExpMatchArray, now: Date) => DateRange | null };

const RULES: Rule[] = [
  {
    // "between March and June 2024", "between 2022 and 2023"
    pattern: /\bbetween\s+([a-z0-9 ,/-]+?)\s+and\s+([a-z0-9 ,/-]+?\d{4}|[a-z]+(?:\s+\d{4})?|\d{4})\b/gi,
    range: (m, now) => {
      const a = chronoDate(m[1], now, m[2]);
      const b = chronoDate(m[2], now);
      if (!a || !b) return null;
      return { after: iso(a), before: iso(/^\d{4}$/.test(m[2].trim()) ? utc(Number(m[2]) + 1, 0) : addMonths(b, 1)) };
    },
  },
  {
    // A bare "not over 3 years" (no verb of activity between) is a bound on experience (pattern-mentions.ts), not a date.
    // Round 22: so is "not those WITH over 8 years" and "… over 8 years OF EXPERIENCE" (read as no activity since 2018).
    // "nothing updated in the past 4 months" (nl-heldout25 h25-140 read it as after), "not touched in 6 months", "no activity for a year", "no updates in the last 10 days" (nl-heldout10 h10-221 read it as after), "haven't heard from in 2 years", "nobody has reached out to in a year"
    pattern: new RegExp(`\\b(?:not|never|\\w+n't|nobody|nothing|no\\s+one|no-one|no\\s+activity|no\\s+contact|no\\s+(?:updates?|changes?|movement|news)|no\\s+touch(?:es|points?)?|${NO_ACTIVITY}|inactive|untouched|stale|dormant|quiet)\\s+(?!(?:over|above|beyond|more\\s+than)\\s+\\S+\\s+(?:years?|yrs?)\\b)(?:[a-z']+\\s+){0,4}?(?<!\\b(?:with|having|has|have|had)\\s+)(?:in|for|over)\\s+(?:the\\s+)?(?:last\\s+|past\\s+)?(?:over\\s+|more\\s+than\\s+)?${NUM}\\s+${UNIT}(?!\\s+(?:of\\s+)?(?:experience|exp|work\\s+experience)\\b)`, 'gi'),
    range: (m, now) => ({ before: iso(shift(now, numberValue(m[1]), m[2].toLowerCase())) }),
  },
  {
    pattern: new RegExp(`\\b(?:more\\s+than|over|at\\s+least)\\s+${NUM}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    range: (m, now) => ({ before: iso(shift(now, numberValue(m[1]), m[2].toLowerCase())) }),
  },
  {
    pattern: new RegExp(`\\b(?:older\\s+than)\\s+${NUM}\\s+${UNIT}`, 'gi'),
    range: (m, now) => ({ before: iso(shift(now, numberValue(m[1]), m[2].toLowerCase())) }),
  },
  {
    // "in the last 6 months", "past 2 years", "within the last 90 days", "less than a year ago"
    pattern: new RegExp(`\\b(?:(?:in|over|during|within|from)\\s+)?(?:the\\s+)?(?:last|past|previous)\\s+${NUM}\\s+${UNIT}|\\bwithin\\s+${NUM}\\s+${UNIT}|\\bless\\s+than\\s+${NUM}\\s+${UNIT}\\s+ago`, 'gi'),
    range: (m, now) => {
      // "less than 2 years" without "ago" is experience, not a date, so only "… ago" counts here.
      const n = m[1] ?? m[3] ?? m[5];
      const unit = (m[2] ?? m[4] ?? m[6]).toLowerCase();
      return { after: iso(shift(now, numberValue(n), unit)) };
    },
  },
  {
    // "in the past year", "over the last month" (rolling, because of "the" or "past")
    pattern: /\b(?:(?:in|over|during|within)\s+)?(?:the\s+(?:last|past)|past)\s+(day|week|month|quarter|year)\b/gi,
    range: (m, now) => ({ after: iso(shift(now, 1, m[1].toLowerCase())) }),
  },
  {
    // "last year", "last month", "last quarter": the previous calendar period; "last week": rolling
    pattern: /\b(?:(?:in|during|from)\s+)?last\s+(week|month|quarter|year)\b/gi,
    range: (m, now) => {
      const unit = m[1].toLowerCase();
      const y = now.getUTCFullYear();
      if (unit === 'week') return { after: iso(shift(now, 1, 'week')) };
      if (unit === 'year') return { after: iso(utc(y - 1, 0)), before: iso(utc(y, 0)) };
      if (unit === 'month') return { after: iso(utc(y, now.getUTCMonth() - 1)), before: iso(utc(y, now.getUTCMonth())) };
      const q = Math.floor(now.getUTCMonth() / 3) * 3;
      return { after: iso(utc(y, q - 3)), before: iso(utc(y, q)) };
    },
  },
  {
    pattern: /\b(?:(?:in|during|from)\s+)?this\s+(week|month|quarter|year)\b/gi,
    range: (m, now) => {
      const unit = m[1].toLowerCase();
      const y = now.getUTCFullYear();
      if (unit === 'week') return { after: iso(shift(now, now.getUTCDay() === 0 ? 6 : now.getUTCDay() - 1, 'day')) };
      if (unit === 'year') return { after: iso(utc(y, 0)) };
      if (unit === 'month') return { after: iso(utc(y, now.getUTCMonth())) };
      return { after: iso(utc(y, Math.floor(now.getUTCMonth() / 3) * 3)) };
    },
  },
  {
    // "since last spring", "since the summer", "since fall 2023"
    pattern: /\b(since|after|before|until)\s+(?:(last|this|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi,
    range: (m, now) => {
      const start = seasonStart(m[3].toLowerCase(), now, { last: m[2]?.toLowerCase() === 'last', year: m[4] ? Number(m[4]) : undefined });
      const op = m[1].toLowerCase();
      if (op === 'before' || op === 'until') return { before: iso(start) };
      if (op === 'after') return { after: iso(addMonths(start, 3)) };
      return { after: iso(start) };
    },
  },
  {
    // "in spring 2024", "last summer", "during the winter"
    pattern: /\b(?:(?:in|during|over)\s+)?(?:(last|this|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi,
    range: (m, now) => {
      if (!m[1] && !m[3] && !/^(in|during|over)\b/i.test(m[0])) return null;
      const start = seasonStart(m[2].toLowerCase(), now, { last: m[1]?.toLowerCase() === 'last', year: m[3] ? Number(m[3]) : undefined });
      return { after: iso(start), before: iso(addMonths(start, 3)) };
    },
  },
  {
    // "April through June", "from Feb to May 2025", "Jan-Mar 2026": both months are inside the range.
    pattern: new RegExp(`\\b(?:from\\s+|between\\s+)?${MONTH_RE}(?:\\s+(\\d{4}))?\\s*(?:through|thru|to|until|till|[-\u2013])\\s*${MONTH_RE}(?:\\s+(\\d{4}))?\\b(?!\\s+\\d{1,2}\\b)`, 'gi'),
    range: (m, now) => {
      const [a, b] = [monthIndex(m[1]), monthIndex(m[3])];
      const endYear = m[4] ? Number(m[4]) : undefined;
      const startYear = m[2] ? Number(m[2]) : endYear !== undefined ? (a <= b ? endYear : endYear - 1) : undefined;
      const start = monthStart(a, now, startYear);
      const end = utc(start.getUTCFullYear() + (b < a ? 1 : 0), b + 1);
      return { after: iso(start), before: iso(end) };
    },
  },
  {
    // "since the start of October", "before the end of 2024", "after the beginning of last year"
    pattern: new RegExp(`\\b${BOUND_OP}\\s+the\\s+(start|beginning|end|close)\\s+of\\s+(?:(?:${MONTH_RE}(?:\\s+(\\d{4}))?)|((?:19|20)\\d{2})|(last|this)\\s+(year|month))\\b`, 'gi'),
    range: (m, now) => {
      let start: Date;
      let end: Date;
      if (m[3]) {
        start = monthStart(monthIndex(m[3]), now, m[4] ? Number(m[4]) : undefined);
        end = addMonths(start, 1);
      } else if (m[5]) {
        start = utc(Number(m[5]), 0);
        end = utc(Number(m[5]) + 1, 0);
      } else {
        const shiftBy = m[6].toLowerCase() === 'last' ? 1 : 0;
        start = m[7].toLowerCase() === 'year' ? utc(now.getUTCFullYear() - shiftBy, 0) : utc(now.getUTCFullYear(), now.getUTCMonth() - shiftBy);
        end = m[7].toLowerCase() === 'year' ? utc(start.getUTCFullYear() + 1, 0) : addMonths(start, 1);
      }
      // The edge named is a point in time: "the start of X" is X's first day, "the end of X" the day after X.
      const point = /^(?:start|beginning)$/i.test(m[2]) ? start : end;
      return boundOf(m[1], point, point);
    },
  },
  {
    // "since March", "since March 2024", "before June", "after Jan 2023", "prior to June 2025"
    pattern: new RegExp(`\\b${BOUND_OP}\\s+(?:last\\s+)?${MONTH_RE}(?:\\s+(\\d{4}))?\\b(?!\\s+\\d{1,2}\\b)`, 'gi'),
    range: (m, now) => {
      const start = monthStart(monthIndex(m[2]), now, m[3] ? Number(m[3]) : undefined);
      return boundOf(m[1], start, addMonths(start, 1));
    },
  },
  {
    // "in March", "in March 2024", "during May"
    pattern: new RegExp(`\\b(?:in|during)\\s+${MONTH_RE}(?:\\s+(\\d{4}))?\\b(?!\\s+\\d{1,2}\\b)`, 'gi'),
    range: (m, now) => {
      const start = monthStart(monthIndex(m[1]), now, m[2] ? Number(m[2]) : undefined);
      return { after: iso(start), before: iso(addMonths(start, 1)) };
    },
  },
  {
    // "in Q3 2024", "in Q1"
    pattern: /\b(?:in|during)\s+q([1-4])(?:\s+(\d{4}))?\b/gi,
    range: (m, now) => {
      const q = Number(m[1]) - 1;
      let year = m[2] ? Number(m[2]) : now.getUTCFullYear();
      if (!m[2] && utc(year, q * 3) > now) year -= 1;
      return { after: iso(utc(year, q * 3)), before: iso(utc(year, q * 3 + 3)) };
    },
  },
  {
    // Round 17: half-years, like quarters: "in H1 2026", "H2 2025", "during the first half of 2026", "since the
    // second half of 2025" (a bound word keeps one side, as for a month). Without a year: the latest one begun.
    pattern: new RegExp(`\\b(?:(?:in|during|throughout|${BOUND_OP.slice(1, -1)})\\s+)?(?:the\\s+)?(?:h([12])|(first|second|1st|2nd)\\s+half(?:\\s+of)?)(?:\\s+(?:of\\s+)?(?:((?:19|20)\\d{2})|(?:the|this)\\s+(year)|(last)\\s+year))?\\b`, 'gi'),
    range: (m, now) => {
      const half = m[1] ? Number(m[1]) - 1 : /^(?:first|1st)$/i.test(m[2]) ? 0 : 1;
      // A bare "h1"/"h2" without a year is too short to be a date.
      if (m[1] && !m[3]) return null;
      let year = m[3] ? Number(m[3]) : now.getUTCFullYear() - (m[5] ? 1 : 0);
      if (!m[3] && !m[4] && !m[5] && utc(year, half * 6) > now) year -= 1;
      const start = utc(year, half * 6);
      const end = utc(year, half * 6 + 6);
      const op = /^(\S+(?:\s+\S+)*?)\s+(?:the\s+)?(?:h[12]|first|second|1st|2nd)\b/i.exec(m[0])?.[1].toLowerCase().replace(/\s+/g, ' ');
      if (!op || /^(?:in|during|throughout|from)$/.test(op)) return { after: iso(start), before: iso(end) };
      return boundOf(op, start, end);
    },
  },
  {
    // "since 2022", "before 2023", "after 2021", "in 2023", "from 2022 to 2023", "earlier than 2024"
    pattern: new RegExp(`\\b(${BOUND_OP.slice(1, -1)}|in|during|throughout)\\s+((?:19|20)\\d{2})(?:\\s*(?:to|-|–|through|until)\\s*((?:19|20)\\d{2}))?\\b(?![-/]\\d)`, 'gi'),
    range: (m) => {
      const year = Number(m[2]);
      const op = m[1].toLowerCase();
      if (m[3]) return { after: iso(utc(year, 0)), before: iso(utc(Number(m[3]) + 1, 0)) };
      if (/^(?:in|during|throughout|from)$/.test(op)) return { after: iso(utc(year, 0)), before: iso(utc(year + 1, 0)) };
      return boundOf(op, utc(year, 0), utc(year + 1, 0));
    },
  },
  {
    // "2025 applicants", "2024 applications": a bare year that dates the people named after it (applied).
    pattern: /\b((?:19|20)\d{2})(?:['\u2019]s)?(?=\s+(?:applicants?|applications?)\b)/gi,
    range: (m) => ({ after: iso(utc(Number(m[1]), 0)), before: iso(utc(Number(m[1]) + 1, 0)) }),
  },
  {
    // Explicit dates: "since 2024-03-01", "after Jan 15, 2024", "before 3/1/2024"
    pattern: new RegExp(`\\b(since|after|before|until|from)\\s+((?:\\d{4}-\\d{2}-\\d{2})|(?:\\d{1,2}/\\d{1,2}/\\d{2,4})|(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?))`, 'gi'),
    range: (m, now) => {
      const d = chronoDate(m[2], now);
      if (!d) return null;
      const op = m[1].toLowerCase();
      return op === 'before' || op === 'until' ? { before: iso(d) } : { after: iso(d) };
    },
  },
];

function chronoDate(text: string, now: Date, yearHint?: string): Date | null {
  const withYear = yearHint && !/\d{4}/.test(text) && /\d{4}/.test(yearHint) ? `${text} ${yearHint.match(/\d{4}/)![0]}` : text;
  const parsed = chrono.parseDate(withYear, { instant: now, timezone: 0 }, { forwardDate: false });
  if (!parsed) return null;
  const d = utc(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate());
  // "since March 3" without a year means the most recent one, never a future date.
  return d > now && !/\d{4}/.test(withYear) ? utc(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()) : d;
}

/** A date phrase found in a request: its span (with its cue word) and the range it means. */
interface DateMention {
  start: number;
  end: number;
  key: 'updated' | 'applied';
  range: DateRange;
  phrase: string;
}

/**
 * Every date phrase of `text` (overlapping candidates included: the tagger keeps the longest), with
 * the cue word before it ("applied", "active", "contacted") inside its span and `applied` chosen
 * when the phrase is about applying.
 */
// "no updates since January", "hasn't been touched since 2024", "inactive since March": nothing happened after
// the date, so it is an upper bound (nl-heldout11 h11-224 read "no updates since" as after). The negated
// activity words join the span so they are not left as a negated text term.
const NEGATED_ACTIVITY_BEFORE = new RegExp(
  `\\b(?:${NO_ACTIVITY}|(?:not|never|nothing|\\w+n['\u2019]t)\\s+(?:(?:been|had|seen|had\\s+any)\\s+)?(?:updated|touched|contacted|active|engaged|heard\\s+from|reached\\s+out(?:\\s+to)?|any\\s+(?:activity|updates?|contact))|inactive|untouched|dormant|quiet|silent)\\s*$`,
  'i',
);
const APPLICANTS_AFTER = /^(?:['\u2019]s)?\s*(?:of\s+)?(?:applications?|applicants?)\b/i;

export function findDateMentions(text: string, now: Date): DateMention[] {
  const out: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const found = rule.range(m, now);
      if (!found) continue;
      // A named period keeps both bounds even when it includes today: "applied in 2026" is the closed year
      // 2026-01-01 to 2027-01-01, the same shape as "in 2025" (README, Natural-language requests).
      let range = found;
      let start = m.index ?? 0;
      let end = start + m[0].length;
      // Round 21: 90, not 60: "applied to the Controller or Senior Financial Analyst openings during 2024" (nl-heldout24 h24-057).
      const windowStart = Math.max(0, start - 90);
      const before = text.slice(windowStart, start);
      const negated = /^since\b/i.test(m[0]) && range.after && !range.before ? before.match(NEGATED_ACTIVITY_BEFORE) : null;
      if (negated) range = { before: range.after };
      const after = text.slice(end, end + 20);
      // "2025 applicants", "last quarter's applicants": the phrase dates the application.
      // The phrase's own verb counts too: "didn't apply in the last 6 months" dates the application.
      const cued = before + m[0];
      const key = lastIndexOf(cued, APPLIED_CUE) > lastIndexOf(cued, ACTIVITY_CUE) || APPLICANTS_AFTER.test(after) ? 'applied' : 'updated';
      const phrase = m[0].trim();
      // A phrase with its own verb ("didn't apply in …") needs no cue before it: "Data Scientist applicants" keeps its noun.
      const cue = negated ?? (APPLIED_CUE.test(m[0]) ? null : before.match(ADJACENT_CUE));
      if (cue) start = windowStart + (cue.index ?? 0);
      const trailing = after.match(APPLICANTS_AFTER);
      if (trailing) end += trailing[0].length;
      out.push({ start, end, key, range, phrase });
    }
  }
  return out;
}
