import { cleanItem, dedupeValues, isStrayLine, LIST_VALUE_MAX_CHARS, splitItems, wordCount } from './list-items.js';

/*
 * Honors and awards. In an "Honors" / "Awards" section each item is an award as written (dates
 * dropped). "Accomplishments" and "Achievements" are mostly work results ("Reduced costs 12%"), and
 * achievements under a job are never read here (they sit in the experience section): from those
 * sections only phrases that name an award are taken ("Employee of the Month", "… Award", "Dean's List").
 */

const AWARD_WORD = 'Awards?|Prize|Medal|Scholarship|Fellowship|Commendation|Citation|Trophy|Honou?rs?|Grant|Recognition|Cup';
/** Awards with a fixed name. */
const NAMED = /\b(Employee|Associate|Manager|Salesperson|Teacher|Nurse|Volunteer|Rookie|Agent|Officer|Student|Player|Team Member|Sailor|Soldier|Airman|Civilian|Educator|Leader)\s+of\s+the\s+(Month|Quarter|Year)\b|\bDean'?s'?\s+(?:Honou?r\s+)?List\b|\bPresident'?s'?\s+(?:Honou?r\s+)?List\b|\bHonou?r\s+Roll\b|\b(?:Summa|Magna)?\s*Cum\s+Laude\b|\bValedictorian\b|\bSalutatorian\b|\bEagle Scout\b|\bWho'?s Who\b[\w\s]{0,40}?\b(?:Students|Women|Professionals|Teachers|Executives|Business)\b|\bPresident'?s Club\b|\bChairman'?s Club\b|\bAll[\s-]American\b|\bPurple Heart\b|\bBronze Star\b/gi;
const CAP = "(?:[A-Z0-9][\\w'’.&/-]*)";
const LINK = '(?:of|for|and|the|in|on|&|de)';
/** A capitalised name ending in an award word ("Robbins LLC's Presidential Award", "Award of Merit"). */
const AWARD_NAME = new RegExp(`(?:${CAP}\\s+(?:${LINK}\\s+)*)*(?:${AWARD_WORD})\\b(?!\\s+Society)(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:${LINK}\\s+)*${CAP})*)?`, 'g');
/** Sentences about awards that are not awards a person received. */
const NOT_AN_AWARD = /\b(awarded\s+(?:a\s+|the\s+)?(?:contracts?|bids?|business|projects?|grants? to)|award[\s-]winning|merit increases?|award (?:process|management|administration|letters?|ceremon(?:y|ies))|honou?red (?:requests?|commitments?)|grant (?:writing|proposals?|applications?|funded|management)|scholarship (?:applications?|programs? (?:coordinator|administration)))\b/i;
const DESCRIPTION = /^(awarded|given|presented|granted|bestowed|offered)\s+(to|for|by|annually|each)\b|^(for|to|in recognition)\b/i;
const ROLE_ONLY = /^(member|recipient|winner|awarded|received|nominee|finalist|honou?rs?|awards?|none|none specified|n\/?a)$/i;

const LEAD_IN = /^(?:recipient of|received|receiving|earned|won|awarded|was awarded|named|selected as|selected for|nominated for|inducted into|recognized as|recognized with)\s+(?:an?\s+|the\s+)?/i;
const withoutLeadIn = (text: string): string => cleanItem(text.replace(LEAD_IN, ''));

/** Fixed award names in one spelling, so "Deans List" and "DEAN'S LIST" are one bucket. */
const CANONICAL: [RegExp, string][] = [
  [/^dean'?s'?\s+(?:honou?r\s+)?list$/i, "Dean's List"],
  [/^president'?s'?\s+(?:honou?r\s+)?list$/i, "President's List"],
  [/^honou?r\s+roll$/i, 'Honor Roll'],
  [/^(employee|associate|manager|salesperson|teacher|nurse|volunteer|rookie|agent|officer|student)\s+of\s+the\s+(month|quarter|year)(?:\s+award)?$/i, ''],
];
function canonicalAward(text: string): string {
  for (const [pattern, name] of CANONICAL) {
    const m = text.match(pattern);
    if (!m) continue;
    if (name) return name;
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    return `${cap(m[1])} of the ${cap(m[2])}`;
  }
  return text;
}

/** The award an item names: the item itself when short, else the award phrases inside it. */
function awardValues(item: string): string[] {
  let text = cleanItem(item);
  if (NOT_AN_AWARD.test(text) || DESCRIPTION.test(text) || isStrayLine(text)) return [];
  // "Performance awards: 2008/2009" and "Dean's List: Fall 2011" keep the name before the colon.
  const colon = text.match(/^([^:]{3,80}):\s+(.*)$/);
  // "Scholarship recipient: Springfield Accounting Scholarship" names the award after the colon.
  if (colon) text = cleanItem(/\b(recipient|winner|nominee|finalist|member|awarded|received)$/i.test(colon[1]) ? colon[2] : colon[1]);
  text = withoutLeadIn(text);
  if (wordCount(text) <= 10 && text.length <= LIST_VALUE_MAX_CHARS && /^[A-Z0-9"'(]/.test(text) && !ROLE_ONLY.test(text)) return [canonicalAward(text)];
  return awardPhrases(text);
}

/** Award names inside prose: fixed ones (Employee of the Month, Dean's List) and capitalised "… Award" names. */
function awardPhrases(text: string): string[] {
  if (NOT_AN_AWARD.test(text)) return [];
  const found = [...text.matchAll(NAMED)].map((m) => m[0].trim());
  for (const m of text.matchAll(AWARD_NAME)) {
    const name = m[0].trim();
    if (wordCount(name) >= 2 && !found.some((f) => name.includes(f) || f.includes(name))) found.push(name);
  }
  return found.map(withoutLeadIn).filter((v) => v.length >= 3 && v.length <= LIST_VALUE_MAX_CHARS && !ROLE_ONLY.test(v)).map(canonicalAward);
}

/** Awards from an honors/awards section (every item) or an accomplishments section (award phrases only). */
export function extractHonors(lines: string[], opts: { section: 'honors' | 'accomplishments' }): string[] {
  const items = splitItems(lines);
  const values = opts.section === 'honors' ? items.flatMap(awardValues) : items.flatMap((item) => awardPhrases(cleanItem(item)));
  return dedupeValues(values);
}

/** True when an item of a mixed "Activities and Honors" section is an award rather than a membership. */
export function looksLikeAward(text: string): boolean {
  NAMED.lastIndex = 0;
  const named = NAMED.test(text);
  NAMED.lastIndex = 0;
  return !NOT_AN_AWARD.test(text) && (named || new RegExp(`\\b(${AWARD_WORD}|awarded|recipient|winner|won|cum laude)\\b`, 'i').test(text.replace(/\bHonou?r Society\b/gi, '')));
}
