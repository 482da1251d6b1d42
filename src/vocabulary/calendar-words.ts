/*
 * Names of seasons and months used as dates. A skill alias that is also one of these words ("Spring", the Java
 * framework) is no evidence where the resume uses it as a date (round o, G245: "Java (via Spring)" was credited
 * from a course project dated "Spring 2018"). A date is the word beside a year ("Spring 2018", "spring of 2008",
 * "2019 Spring", "Spring '15"), beside an academic or calendar period ("spring semester", "Spring break"), or
 * paired with another season or month in a range or list ("Spring/Summer 2016", "Fall & Spring", "fall, winter,
 * spring, and summer"). Kept as data: any alias now or later added that is one of these words is read the same way.
 */

const SEASONS: readonly string[] = ['spring', 'summer', 'fall', 'autumn', 'winter'];
const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Periods a season or month names a part of: "spring semester", "Spring break", "the fall term". */
const PERIODS = ['semesters?', 'terms?', 'quarters?', 'break', 'session', 'seasons?', 'recess', 'intake', 'trimester', 'half'];

const CALENDAR = new Set([...SEASONS, ...MONTHS]);
const NAME = `(?:${[...SEASONS, ...MONTHS].join('|')})`;
const YEAR = "(?:(?:19|20)\\d{2}(?!\\d)|['’]\\d{2}(?!\\d))";
// "/", "&", ",", "-", "and", "or", "to", "through" between two season or month names.
// Spaces only: a skills list's last item before a dated line ("Spring\nMay 2015 - …") is no pair.
const JOIN = '[ \\t]*(?:[-–—/&,+]|\\band\\b|\\bor\\b|\\bto\\b|\\bthrough\\b|\\bthru\\b)[ \\t]*(?:(?:and|or)[ \\t]+)?';

// On its line ("Spring 2018", "spring of 2008"), or wrapped onto the next one ("Spring\n2014 and 2015") unless
// that line starts a dated range: a skills list's last item above a role's dates ("Hibernate, Spring\n2015 - 2018").
const YEAR_AFTER = new RegExp(
  `^(?:[ \\t,:/(-]*(?:of\\s+)?(?:the\\s+)?${YEAR}|[ \\t,:/(-]*\\n[ \\t]*${YEAR}(?![ \\t]*(?:[-–—]|to\\b|thru\\b|through\\b|until\\b)))`,
  'i',
);
// Both on the word's own line: "2012 - 2015\nSpring, Hibernate" is a role's dates above a skills line. A year
// before it only right before it ("the 2019 spring line"): "SQL Server 2008, Spring" is a product's version.
const PERIOD_AFTER = new RegExp(`^[ \\t]+(?:${PERIODS.join('|')})\\b`, 'i');
const YEAR_BEFORE = new RegExp(`(?:19|20)\\d{2}[ \\t]*$`);
const NAME_AFTER = new RegExp(`^${JOIN}${NAME}\\b`, 'i');
const NAME_BEFORE = new RegExp(`\\b${NAME}${JOIN}$`, 'i');

/** Whether `word` is the name of a season or month (any case). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

/**
 * Whether the season or month name at `start`–`end` of `text` is used as a date (see above). False for a word that
 * is no season or month name, and for one used otherwise ("Spring MVC", "Spring Boot").
 */
export function usedAsDate(text: string, start: number, end: number): boolean {
  if (!isCalendarWord(text.slice(start, end))) return false;
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 30), start);
  return YEAR_AFTER.test(after) || PERIOD_AFTER.test(after) || YEAR_BEFORE.test(before) || NAME_AFTER.test(after) || NAME_BEFORE.test(before);
}
