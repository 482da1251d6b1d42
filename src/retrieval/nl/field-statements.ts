import { lexicon, type LexiconEntry, type ValueDimension } from './lexicon.js';
import { memo } from './memo.js';
import type { Mention } from './tagger.js';
import { isOtherWord, leadingSkill } from './skill-mentions.js';
import { normalize, uniqueValues, type NlVocabulary } from './vocabulary.js';

/*
 * A field named explicitly, a copula, then its value(s): "current title isn't Backend Engineer",
 * "school wasn't Stanford", "location is not Berlin or Munich", "status: archived". The field the user
 * names decides the slot, never the value's usual reading ("Backend Engineer" is also a job, "Location"
 * also a rejection reason), and a negated copula ("isn't", "is not", "was never") is part of the
 * statement, so it goes to `exclude` on THAT field (nl-heldout h-160 read it as `exclude.job`).
 */

export type FieldKey =
  | 'currentTitle'
  | 'pastTitle'
  | 'currentCompany'
  | 'pastCompany'
  | 'school'
  | 'location'
  | 'source'
  | 'recruiter'
  | 'stage'
  | 'department'
  | 'tag'
  | 'rejectionReason'
  | 'applicationStatus'
  | 'skill';

/** Field nouns as a user writes them, most specific first (data, not logic). */
export const FIELD_NOUNS: [FieldKey, string][] = [
  ['pastTitle', '(?:past|previous|prior|former|old|earlier)\\s+(?:job\\s+)?(?:titles?|roles?|positions?)'],
  ['currentTitle', '(?:(?:current|present|present-day)\\s+(?:job\\s+)?(?:title|role|position)|job\\s+title|title)'],
  ['pastCompany', '(?:past|previous|prior|former|old|earlier)\\s+(?:companies|company|employers?|workplaces?)'],
  ['currentCompany', '(?:(?:current|present)\\s+(?:company|employer|workplace)|company|employer)'],
  ['school', '(?:school|university|college|alma\\s+mater)'],
  ['location', '(?:(?:current\\s+)?location|city|home\\s+city)'],
  ['source', '(?:(?:candidate\\s+)?source|sourcing\\s+channel|channel)'],
  ['recruiter', '(?:recruiter|recruiting\\s+owner|candidate\\s+owner|owner)'],
  ['stage', '(?:current\\s+(?:interview\\s+)?stage|interview\\s+stage|stage)'],
  ['department', '(?:department|dept)'],
  ['tag', '(?:tags?)'],
  ['skill', '(?:skills?(?:\\s*(?:list|set))?|skillsets?|skill-sets?)'],
  ['rejectionReason', '(?:(?:rejection|archive|archival)\\s+reason|reason\\s+for\\s+(?:rejection|archiving)|reason)'],
  ['applicationStatus', '(?:application\\s+status|status)'],
];

// "skills don't include Java", "skill list has no Tableau", "past titles don't include X": a list field's negated copula.
// Round 19: "whose application status is neither Archived nor Hired" (nl-heldout22 h22-140): "neither" … "nor" negates every member.
const NEGATED_COPULA =
  "(?:is|was|are|were)\\s*n['\u2019]?t(?:\\s+ever)?|(?:is|was|are|were)\\s+(?:not|never)(?:\\s+ever)?|(?:is|was|are|were)\\s+neither|(?:do|does|did)(?:\\s*n['\u2019]?t|\\s+not)\\s+(?:include|contain|list|mention|have)|(?:has|have|had|lists?|shows?)\\s+no|lacks?|excludes?|not|isnt|wasnt|arent|werent|!=|\u2260";
const COPULA = '(?:is|was|are|were|=|:|equals|includes?|contains?)';
const TIME_ADVERB = '(?:right\\s+now|currently|now|today|at\\s+the\\s+moment|these\\s+days|at\\s+present|presently)';
/**
 * "application status other than Hired or Lead", "any school except Harvard or Yale", "current title other than
 * X or Y": a contrast word after a field named explicitly negates the whole list on THAT field (nl-heldout7 cut
 * such lists after the first value and read a title as a department). "but" only after "any <field>"; only for
 * open fields and statuses (EXCEPT_FIELDS).
 */
const EXCEPT_WORDS = '(?:other\\s+than|except(?:\\s+for)?|excluding|apart\\s+from|aside\\s+from|besides|save\\s+for|but)';
/** Open fields and statuses only: an account value after "any source other than" keeps its own cue (slot assignment). */
const EXCEPT_FIELDS = new Set<FieldKey>(['currentTitle', 'pastTitle', 'currentCompany', 'pastCompany', 'school', 'applicationStatus', 'skill']);
const EXCEPT_END = /^\s*(?:$|[,.;:!?)\u0001]|(?:and|who|whom|that|whose|with|since|please|thanks)\b)/i;
// Round 22: "whose title is SOMETHING other than Product Designer" scopes the contrast word as "anything" does.
const ANYTHING = '(?:(?:is|was|of|:)\\s*)?(?:anything|something|any\\s+value|whatever)\\s+';
const ANY_BEFORE = /\b(?:any|every|all)\s+(?:other\s+)?$/i;
/** Fields a bare value may follow without a copula ("with status archived"). */
const BARE_VALUE_FIELDS = new Set<FieldKey>(['applicationStatus']);
/** After a copula-free known value ("location Remote, …"): the phrase must end there, so "dept Product Manager" is no department. */
const BARE_END = /^\s*(?:$|[,.;:!?)\u0001]|(?:and|or|with|in|from|who|that|for|at|on|to|by|since|please|only)\b)/i;

const SEPARATOR = /^\s*(?:,\s*(?:or|and|nor)?|\/|\bor\b|\band\b|\bnor\b)\s*(?:(?:an?|the)\s+)?/i;
const ARTICLE = /^\s*(?:(?:an?|the)\s+)?/i;

const STATUS_WORDS: [RegExp, string][] = [
  [/^active\b/i, 'Active'],
  [/^archived\b/i, 'Archived'],
  [/^(?:hired)\b/i, 'Hired'],
  [/^leads?\b/i, 'Lead'],
];
const OPEN_NAME = /^[A-Z][\p{L}\p{N}&.'-]*(?:\s+(?:of|at|the|&|[A-Z][\p{L}\p{N}&.'-]*))*(?<![\s.])/u;
const OPEN_TITLE = /^[A-Z][\w&/+-]*(?:\s+(?:of|[A-Z][\w&/+-]*))*[\w&+]/;

type Found = { value: string; length: number; known: boolean };

/** Lexicon entries of one dimension, strong ones first, each anchored at the start of the text. */
function anchored(vocab: NlVocabulary, dimension: ValueDimension): { entry: LexiconEntry; re: RegExp }[] {
  return memo(vocab, `fieldAnchored:${dimension}`, () =>
    lexicon(vocab)
      .filter((e) => e.dimension === dimension)
      .map((entry) => ({ entry, re: new RegExp(`^(?:${entry.pattern.source})`, 'iu') })),
  );
}

/** The account value of `dimension` that `text` starts with (longest phrase), if any. */
function leadingValue(vocab: NlVocabulary, dimension: ValueDimension, text: string): { values: string[]; length: number } | null {
  let best: { values: string[]; length: number } | null = null;
  for (const { entry, re } of anchored(vocab, dimension)) {
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.length)) best = { values: entry.values, length: m[0].length };
  }
  return best;
}

function knownTitle(vocab: NlVocabulary, text: string): Found | null {
  const titles = memo(vocab, 'fieldTitles', () => uniqueValues(vocab.titles).sort((a, b) => b.length - a.length));
  const lower = normalize(text);
  for (const t of titles) {
    const n = normalize(t);
    if (lower.startsWith(n) && !/^[\p{L}\p{N}]/u.test(lower.slice(n.length).replace(/^s\b/, ''))) {
      const plural = lower.slice(n.length).startsWith('s') ? 1 : 0;
      return { value: t, length: n.length + plural, known: true };
    }
  }
  return null;
}

/** One value of `key` at the start of `text`. */
function valueAt(vocab: NlVocabulary, key: FieldKey, text: string): Found[] | null {
  switch (key) {
    case 'currentTitle':
    case 'pastTitle': {
      const known = knownTitle(vocab, text);
      if (known) return [known];
      const open = OPEN_TITLE.exec(text);
      return open ? [{ value: open[0], length: open[0].length, known: false }] : null;
    }
    case 'currentCompany':
    case 'pastCompany':
    case 'school': {
      const open = OPEN_NAME.exec(text);
      return open ? [{ value: open[0].replace(/\s+(?:of|at|the|&)$/, ''), length: open[0].replace(/\s+(?:of|at|the|&)$/, '').length, known: false }] : null;
    }
    case 'applicationStatus': {
      const hit = STATUS_WORDS.find(([re]) => re.test(text));
      return hit ? [{ value: hit[1], length: hit[0].exec(text)![0].length, known: true }] : null;
    }
    case 'location': {
      const known = leadingValue(vocab, 'location', text);
      if (known) return known.values.map((value) => ({ value, length: known.length, known: true }));
      const open = OPEN_NAME.exec(text);
      return open ? [{ value: open[0], length: open[0].length, known: false }] : null;
    }
    case 'skill': {
      const known = leadingSkill(vocab, text);
      if (known) return [known];
      // One capitalised word the account does not know ("skill: Photoshop"), never another value's word.
      const open = /^[A-Z][\p{L}\p{N}+#.'/-]*[\p{L}\p{N}+#]/u.exec(text);
      return open && !isOtherWord(vocab, open[0]) ? [{ value: open[0], length: open[0].length, known: false }] : null;
    }
    default: {
      const known = leadingValue(vocab, key, text);
      return known ? known.values.map((value) => ({ value, length: known.length, known: true })) : null;
    }
  }
}

/** Statements about a named field: "<field> <copula> <value>[, <value> or <value>]". */
export function fieldStatementMentions(text: string, vocab: NlVocabulary): Mention[] {
  const out: Mention[] = [];
  for (const [key, noun] of FIELD_NOUNS) {
    const copula = `(?:${ANYTHING}${EXCEPT_WORDS}(?![\\p{L}\\p{N}])|${EXCEPT_WORDS}(?![\\p{L}\\p{N}])|${NEGATED_COPULA}|${COPULA})?`;
    const head = new RegExp(`(?<![\\p{L}\\p{N}])${noun}(\\s+${TIME_ADVERB})?\\s*(${copula})\\s*`, 'giu');
    for (const match of text.matchAll(head)) {
      const start = match.index ?? 0;
      // Round 22: "whose title right now isn't UX Designer" (nl-heldout28 h28-113): a time word between the field and its
      // copula changes nothing; without a copula after it, it is no statement.
      if (match[1] && !match[2].trim()) continue;
      const m = [match[0], match[2]] as const;
      let pos = start + m[0].length;
      // "application status anything but Hired": "anything" before the contrast word scopes it like "any status but".
      const anything = new RegExp(`^${ANYTHING}`, 'i').exec(m[1].trim());
      const word = anything ? m[1].trim().slice(anything[0].length) : m[1].trim();
      const except = new RegExp(`^(?:${EXCEPT_WORDS})$`, 'i').test(word);
      // "any school but Yale"; a stage is left to slot assignment (current or reached depends on the verb).
      if (except && (!EXCEPT_FIELDS.has(key) || (/^but$/i.test(word) && !anything && !ANY_BEFORE.test(text.slice(0, start))))) continue;
      const negated = except || new RegExp(`^(?:${NEGATED_COPULA})$`, 'i').test(word);
      const values: string[] = [];
      let known = true;
      let first = true;
      let end = pos;
      for (;;) {
        const lead = (first ? ARTICLE : SEPARATOR).exec(text.slice(pos));
        if (!first && (!lead || lead[0].length === 0)) break;
        const at = pos + (lead?.[0].length ?? 0);
        const found = valueAt(vocab, key, text.slice(at));
        if (!found) break;
        // After a bare comma only a known value continues the list ("location is Berlin, Terraform skills").
        if (!first && !/\b(?:or|and|nor)\b|\//i.test(lead?.[0] ?? '') && !found.every((f) => f.known)) break;
        // Without a copula, only known values at all.
        if (!m[1].trim() && !BARE_VALUE_FIELDS.has(key) && !found.every((f) => f.known)) break;
        for (const f of found) if (!values.includes(f.value)) values.push(f.value);
        known &&= found.every((f) => f.known);
        end = pos = at + found[0].length;
        first = false;
      }
      if (values.length === 0) continue;
      // "Design dept people": a department noun right after a department's name is that name's suffix, not a field.
      if (!m[1].trim() && key === 'department' && leadingDepartmentBefore(vocab, text.slice(0, start))) continue;
      // A contrast list must end its clause: "any title but the Software Engineer Payments role" is no title list.
      if (except && !EXCEPT_END.test(text.slice(end))) continue;
      // Without a copula ("location Remote", "tag Boomerang") only a known value that ends its phrase counts.
      if (!m[1].trim() && !BARE_VALUE_FIELDS.has(key) && (!known || !BARE_END.test(text.slice(end)))) continue;
      out.push({ kind: 'field', key, values, negated, known, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/** Account fields a value may name before "as their <field>" (titles have their own shapes in pattern-mentions.ts). */
const AS_FIELD_KEYS = new Set<FieldKey>(['stage', 'department', 'source', 'recruiter', 'tag', 'rejectionReason']);

/** The account value of `dimension` that `text` ends with (longest phrase), if any. */
function trailingValue(vocab: NlVocabulary, dimension: ValueDimension, text: string): { values: string[]; length: number } | null {
  const entries = memo(vocab, `fieldTrailing:${dimension}`, () =>
    lexicon(vocab)
      .filter((e) => e.dimension === dimension)
      .map((entry) => ({ entry, re: new RegExp(`(?:${entry.pattern.source})$`, 'iu') })),
  );
  let best: { values: string[]; length: number } | null = null;
  for (const { entry, re } of entries) {
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.length)) best = { values: entry.values, length: m[0].length };
  }
  return best;
}

/**
 * Round 22: the value first, then the field it fills: "have the hiring manager screen as their current stage"
 * (nl-heldout28 h28-005 read a stage reached), "Referral as their source". The field named decides the slot.
 */
export function asFieldMentions(text: string, vocab: NlVocabulary): Mention[] {
  const out: Mention[] = [];
  for (const [key, noun] of FIELD_NOUNS) {
    if (!AS_FIELD_KEYS.has(key)) continue;
    const tail = new RegExp(`\\s+as\\s+(?:their|the|his|her|its|a|an)\\s+${noun}(?![\\p{L}\\p{N}])`, 'giu');
    for (const t of text.matchAll(tail)) {
      const at = t.index ?? 0;
      const found = trailingValue(vocab, key as ValueDimension, text.slice(0, at));
      if (!found) continue;
      const start = at - found.length;
      const end = at + t[0].length;
      out.push({ kind: 'field', key, values: found.values, negated: false, known: true, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/** Does `before` end with one of the account's department names (then a space)? */
function leadingDepartmentBefore(vocab: NlVocabulary, before: string): boolean {
  const lower = normalize(before.replace(/\s+$/, ''));
  return /\s$/.test(before) && vocab.departments.some((d) => lower.endsWith(normalize(d)) && !/[\p{L}\p{N}]/u.test(lower.charAt(lower.length - normalize(d).length - 1) || ' '));
}
