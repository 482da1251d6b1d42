import { groupName } from './groups.js';
import { cleanItem, dedupeValues, isStrayLine, splitCommas, splitItems, wordCount } from './list-items.js';

/*
 * Interests and hobbies from an "Interests" / "Hobbies" section. Such sections also hold prose,
 * memberships, dated activities and even clinical notes, so only short list entries count (at most 4
 * words, no digits), from sentences without dates: an interest is a noun phrase ("rock climbing").
 * A name that reads as an organisation belongs to groups instead. Values are sentence case, so
 * "Rock Climbing" and "rock climbing" are one bucket.
 */

const INTEREST_MAX_WORDS = 4;
const INTEREST_MAX_CHARS = 40;
/** Where prose hands over to a list: "Some activities I enjoy are hiking, golf". */
const LIST_INTRO = /^.*\b(?:enjoy(?:s|ing)?|are|include|including|includes|such as|like|likes|love|loves|passion for|interested in|fan of)\s+/i;
const LEAD_IN = /^(?:(?:i|i am|i'm)\s+)?(?:(?:also|really)\s+)?(?:enjoys?|love|loves|like|likes|avid|passionate about|interested in|fond of|keen)\s+(?:of\s+|in\s+)?(?:playing\s+|watching\s+)?/i;
const AND_LEAD = /^(?:and|or|also|as well as)\s+/i;
const NOT_INTEREST = /^(?:interests?|hobbies|activities|other|various|many|none|n\/?a|etc|more|inc|llc|ltd)$/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** A sentence that opens with a past-tense or duty verb is a job duty, not an interest ("Assessed patients…"). */
const DUTY = /^[*•\s-]*(?:[A-Z][a-z]+ed|Gave|Led|Ran|Built|Taught|Wrote|Made|Won|Held|Served|Oversaw|Responsible|Participated|Actively)\b/;
/** Entries that are roles or memberships, which make their whole sentence a list of activities. */
const ROLE_ENTRY = /\b(?:served as|member|president|treasurer|secretary|chair|volunteer|minister|coordinator|director|manager|operator|instructor)\b/i;
const ORG_WORDS = /\b(Association|Society|Institute|Council|Club|Chamber|League|Federation|Foundation|Fraternity|Sorority|Chapter|Rotary|Kiwanis|YMCA|Toastmasters|Alliance|Church|Committee|Habitat for Humanity)\b/;

/** Sentence case: lower case except acronyms, first letter capital. */
function sentenceCase(text: string): string {
  const words = text.split(' ').map((w) => (/^[A-Z0-9&.+#-]{2,6}$/.test(w) && /[A-Z]/.test(w) ? w : w.toLowerCase()));
  const joined = words.join(' ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The list entries of one sentence: after its last colon, after a prose lead-in; none when it is prose. */
function entriesOf(sentence: string): string[] {
  // "Outdoor activities (hunting, fishing)": the examples in parentheses are entries too.
  const afterColon = sentence.slice(sentence.lastIndexOf(':') + 1).replace(/[()]/g, ',');
  let entries = splitCommas(afterColon.replace(/\s+(?:and|&)\s+(?=[^,]*$)/, ', '));
  if (entries.length && wordCount(entries[0]) > INTEREST_MAX_WORDS) {
    const intro = entries[0].match(LIST_INTRO);
    if (!intro) return entries.length === 1 ? entries : [];
    entries = [entries[0].slice(intro[0].length), ...entries.slice(1)];
  }
  return entries;
}

/** Interests and, separately, organisation names found in an interests section. */
export function extractInterests(lines: string[]): { interests: string[]; groups: string[] } {
  const interests: string[] = [];
  const groups: string[] = [];
  const sentences = splitItems(lines);
  // A section where job duties were pasted (two or more duty sentences) holds no interests to trust.
  if (sentences.filter((sentence) => DUTY.test(sentence)).length >= 2) return { interests: [], groups: [] };
  for (const sentence of sentences) {
    if (DUTY.test(sentence)) continue;
    const entries = entriesOf(sentence);
    const organisations = entries.map((entry) => (ORG_WORDS.test(entry) ? groupName(entry) : null));
    organisations.forEach((name) => name && groups.push(name));
    if (YEAR.test(sentence) || entries.some((entry, i) => !organisations[i] && ROLE_ENTRY.test(entry))) continue;
    entries.forEach((entry, i) => {
      if (organisations[i] || ORG_WORDS.test(entry)) return;
      const text = cleanItem(cleanItem(entry).replace(LEAD_IN, '').replace(AND_LEAD, ''));
      if (!text || /\d/.test(text) || isStrayLine(text) || NOT_INTEREST.test(text) || /^(?:i|we|my|me|in|at|on|with|for|to|of|from|by)\b/i.test(text)) return;
      if (wordCount(text) > INTEREST_MAX_WORDS || text.length > INTEREST_MAX_CHARS || /[:()"]/.test(text)) return;
      interests.push(sentenceCase(text));
    });
  }
  return { interests: dedupeValues(interests), groups: dedupeValues(groups) };
}
