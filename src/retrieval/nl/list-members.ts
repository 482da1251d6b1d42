import { SPLIT_REMOVAL_VERBS } from './cue-words.js';
import { CLAUSE_BREAK, PEOPLE_WORD, REASON_AFTER, dimensionOf, isWeak, negatable, slotFor, type Span } from './assign-slots.js';
import type { Mention, NegationCue } from './tagger.js';

/*
 * The members of a list under a negation cue (issue 11): which values after (or, for a postposed cue, before) the
 * cue belong to its object. Kept apart from slot assignment (assign-slots.ts), which calls these rules; moved here
 * unchanged in round 19.
 */

/*
 * "Berlin excluded", "Omar's and the job board ones aside", "leave the boomerangs out": a removal word
 * after its object. It binds only when its clause is nothing but that object: one value, or a list
 * of values (of any kinds) joined by "and"/"or"/commas, with only glue words before it and a people,
 * role or department word after it. Anything else in the clause leaves the cue unbound, and the
 * guard (negation-guard.ts) refuses every value there: never a positive filter, never a guess.
 */
// "with the agency ones removed": an absolute "with" before the object is glue too.
// Round 19 (nlfix20): a conjunction may open the clause before the split verb ("…, AND leave Omar's candidates out", h22-120).
const POSTPOSED_LEAD = new RegExp(`^[\\s,]*(?:(?:and|also|but|then|please|pls|just|so)\\s+)*(?:(?:${SPLIT_REMOVAL_VERBS}|knock|knocking|get|getting|scratch|scratching)\\s+)?(?:(?:and|also|but|though|although|while|then|please|pls|just|all|any|the|those|these|our|their|of|anyone|anybody|everyone|people|folks|candidates|applicants|with)\\s+)*$`, 'i');
const GLUE_NOUN = '(?:people|folks|candidates|applicants|ones|profiles|ppl|applications|roles?|jobs?|positions?|reqs?|openings?|departments?|depts?|teams?|stages?|tags?|sources?|rejections?|rejects)';
const POSTPOSED_MEMBER_GAP = new RegExp(`^(?:['\u2019]s)?\\s*(?:${GLUE_NOUN}\\s*)?(?:,\\s*)?(?:(?:and|or|&|/)\\s+)?(?:(?:the|any|anyone|anybody|people|those|all)\\s+)*$`, 'i');
// "agency ppl - no thanks": a cue alone in its clause points at the clause before, across its break.
const POSTPOSED_TAIL = new RegExp(`^(?:['\u2019]s)?\\s*(?:${GLUE_NOUN}\\s*)?(?:(?:are|is|should\\s+be|to\\s+be|all|both)\\s+)*(?:[-\u2013\u2014,:;]\\s*)?$`, 'i');

export function postposedObject(text: string, mentions: Mention[], cue: NegationCue): Mention[] | null {
  // A people word that cannot be a value here ("the referral PEOPLE aside") is glue, and so is a rejection word
  // that is a reason's own tail ("culture REJECTIONS not wanted").
  const isReasonTail = (m: Mention, k: number) => m.kind === 'status' && k > 0 && mentions[k - 1].kind === 'value' && (mentions[k - 1] as Mention & { kind: 'value' }).readings.some((r) => r.dimension === 'rejectionReason') && REASON_AFTER.test(text.slice(mentions[k - 1].end, m.end));
  const inside = mentions.map((m, k) => ({ m, k })).filter(({ m, k }) => m.start >= (cue.backTo ?? 0) && m.end <= cue.start && !(PEOPLE_WORD.test(m.text) && !negatable(text, mentions, k)) && !isReasonTail(m, k));
  if (inside.length === 0) return null;
  if (!POSTPOSED_LEAD.test(text.slice(cue.backTo, inside[0].m.start))) return null;
  if (!POSTPOSED_TAIL.test(text.slice(inside[inside.length - 1].m.end, cue.start))) return null;
  const object: Mention[] = [];
  for (let n = 0; n < inside.length; n++) {
    const { m, k } = inside[n];
    if (n > 0) {
      const gap = text.slice(inside[n - 1].m.end, m.start);
      const pairedReason = isRejectionThenReason(text, inside[n - 1].m, m);
      // Members are joined by a connector; a bare comma joins too when "and"/"or" closes the list.
      if (!pairedReason && (!POSTPOSED_MEMBER_GAP.test(gap) || (!/[,&/]|\b(?:and|or)\b/i.test(gap) && !/^(?:['\u2019]s)?\s*$/.test(gap)))) return null;
      // Two values glued together ("Berlin agency") would be one group: "exclude" cannot say "not (A and B)".
      if (!pairedReason && /^\s*$/.test(gap)) return null;
    }
    if (!negatable(text, mentions, k)) return null;
    object.push(m);
  }
  return object;
}

/** Words that may stand around a comma-list member's value besides its own cue ("ANYONE in Berlin", "WHOEVER Hannah recruited"). */
const MEMBER_GLUE = /^(?:the|a|an|any|anyone|anybody|everyone|everybody|whoever|whomever|those|these|people|folks|ppl|candidates|applicants|ones|profiles|who|that|whom|was|were|is|are|been|has|have|had|got|also|all|of|our|their|we|they|i|crowd|lot|bunch|group|s|departments?|depts?|teams?|orgs?|roles?|jobs?|positions?|reqs?|openings?|stages?|rounds?|tags?|sources?|rejections?|rejects|applications?)$/i;
const LIST_END = /[;.!?()\u0001:]|\s[-\u2013\u2014]\s|\b(?:but|however|though|although|whereas|while|yet|since|plus)\b/i;
const MEMBER_SEPARATOR = /\s*,\s*(?:(?:and|or|nor|&)\s+)?|\s+(?:and|or|nor|&)\s+/giu;

/**
 * The members of a comma list that goes on after the mention at `last` ("agency people, anyone in Berlin and whoever
 * Hannah recruited"): segments of one sentence between commas (and a closing "and"/"or"), each made only of values,
 * their own cue words and glue. Stops at the first segment that is no such member. `closed` when "and"/"or" joins
 * the last member kept.
 */
export function commaListMembers(text: string, mentions: Mention[], last: number): { members: number[][]; closed: boolean } | null {
  const from = mentions[last].end;
  const endAt = LIST_END.exec(text.slice(from));
  const end = endAt ? from + endAt.index : text.length;
  // A comma inside a value ("Frontend Engineer, Growth") separates nothing.
  const seps = [...text.slice(from, end).matchAll(MEMBER_SEPARATOR)]
    .map((m) => ({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, word: /\b(?:and|or|nor)\b|&/i.test(m[0]) }))
    .filter((sep) => !mentions.some((m) => m.start < sep.start && sep.end <= m.end + 1 && sep.start < m.end));
  // The list goes on only through a comma right after the reached member (glue such as "people" between).
  if (!seps.length || !/,/.test(text.slice(seps[0].start, seps[0].end)) || !/^(?:['\u2019]s)?[\s\p{L}]*$/u.test(text.slice(from, seps[0].start))) return null;
  // The reached member's own cue words count as glue too ("agency SUBMISSIONS, Hannah's candidates and …", nl-heldout29
  // h29-111: the list stopped at "submissions" and Hannah's came out positive).
  if (wordsOutside(text, from, seps[0].start, negatedCueSpans(text, mentions, last), /\p{L}+/gu).some((w) => !MEMBER_GLUE.test(w))) return null;
  const members: number[][] = [];
  let closed = false;
  // Members after a segment the parser could not read ("except those in London, THOSE WHO NEVER SHOWED UP ON TIME, and
  // Priya's", nl-heldout29 h29-114 kept Priya positive): they count only if "and"/"or" closes the list after them.
  const pending: number[][] = [];
  let unread = false;
  for (let n = 0; n < seps.length; n++) {
    const segStart = seps[n].end;
    const segEnd = n + 1 < seps.length ? seps[n + 1].start : end;
    const segment = text.slice(segStart, segEnd);
    const inside = mentions.map((m, k) => ({ m, k })).filter(({ m }) => m.start >= segStart && m.end <= segEnd);
    // Every word of the segment is a value, a value's own cue word, or glue.
    const covered: Span[] = inside.flatMap(({ m, k }) => [[m.start, m.end] as Span, ...negatedCueSpans(text, mentions, k)]);
    const words = wordsOutside(text, segStart, segEnd, covered, /[\p{L}\p{N}]+/gu);
    const member = inside.length > 0 && !words.some((w) => !MEMBER_GLUE.test(w)) && inside.some(({ k }) => negatable(text, mentions, k));
    if (!member) {
      // An unread member: a few words opened by a people word, with no value, no request verb and no cue of its own.
      if (inside.length || !UNREAD_MEMBER.test(segment) || UNREAD_STOP.test(segment)) break;
      unread = true;
      continue;
    }
    // A weak value that is another member's cue word ("whoever Sofia SOURCED") is that cue, not a member.
    const cueOf = (k: number) => inside.some(({ k: o }) => o !== k && isOwnCueWord(text, mentions, o, mentions[k]));
    pending.push(inside.filter(({ m, k }) => !(m.kind === 'value' && isWeak(m) && cueOf(k))).map(({ k }) => k));
    // Before any unread member a member counts at once; after one, only when "and"/"or" closes the list.
    if (!unread || seps[n].word) members.push(...pending.splice(0));
    if (seps[n].word) closed = true;
  }
  return members.length ? { members, closed } : null;
}

/** The spans a value's own cue words cover when read under a negation ("SOURCED by", "APPLIED to"); none for other kinds. */
function negatedCueSpans(text: string, mentions: Mention[], k: number): Span[] {
  const m = mentions[k];
  return m.kind === 'value' ? m.readings.flatMap((r) => slotFor(r, { text, mentions, index: k, negated: true })?.consumed ?? []) : [];
}

/** The words (`word` must be global) of `text` from `from` to `to` that start outside every span. */
function wordsOutside(text: string, from: number, to: number, spans: Span[], word: RegExp): string[] {
  return [...text.slice(from, to).matchAll(word)].filter((w) => !spans.some(([s, e]) => s <= from + (w.index ?? 0) && from + (w.index ?? 0) < e)).map((w) => w[0]);
}

/** An unread list member: a people word, then at most eight words ("those who took a job somewhere else"). */
const UNREAD_MEMBER = /^\s*(?:(?:(?:the\s+)?(?:ones|people|folks|candidates|applicants)|those|anyone|anybody|everyone|everybody|whoever)(?:\s+[\p{L}\p{N}'\u2019-]+){1,8}|the(?:\s+[\p{L}\p{N}'\u2019-]+){1,3}\s+(?:ones|people|folks|candidates|applicants))\s*$/iu;
/**
 * Words that make such a segment a clause of its own, not a member: a request, a positive predicate, another cue. (A
 * negation inside the member, "those who NEVER replied", is the member's own content.)
 */
const UNREAD_STOP = /\b(?:show|give|find|list|get|pull|send|include|including|add|want|need|keep|plus|only|just|also|too|fine|ok|okay|welcome|allowed|is|are|should|except|excluding|without|unless|if|but)\b/i;

/**
 * Is `inner` one of the cue words the value at `owner` consumes when read under a negation ("SOURCED by Priya",
 * "APPLIED to X")? Then a weak value there is that member's cue, not a member of its own.
 */
export function isOwnCueWord(text: string, mentions: Mention[], owner: number, inner: Mention): boolean {
  const m = mentions[owner];
  return negatedCueSpans(text, mentions, owner).some(([a, b]) => a <= inner.start && inner.end <= b && (a !== m.start || b !== m.end));
}

/** Before a later member: its predecessor's own few words, then "and"/"plus"/a comma, then a people word. */
const PEOPLE_MEMBER_GAP = /^(?:\s*(?:['\u2019]s)?\s*[\p{L}'\u2019]+){0,3}?(\s*,\s*(?:and\s+|plus\s+|&\s+)?|\s+(?:and|plus|&)\s+)(?:also\s+)?(?:(?:all|any|every)\s+)?(?:(?:the\s+)?(?:ones|people|folks|candidates|applicants|ppl)|those|anyone|anybody|everyone|everybody|whoever|people|folks|candidates|applicants|(the))((?:\s+[\p{L}'\u2019]+){0,5})\s*$/iu;
/** Words that stop such a member: a negation of its own, or a clause of another kind. */
const MEMBER_STOP = /\b(?:not|never|no|none|nor|nobody|but|except|excluding|without|however|though|although|if|unless|since|while|whereas|or|n['\u2019]t)\b|n['\u2019]t\b/i;
/** "… and anyone in Berlin IS FINE": the member's own positive predicate, so it is no object of the cue. */
export const OWN_POSITIVE = /^(?:['\u2019]s)?\s*(?:(?:people|folks|candidates|applicants|ones|ppl|profiles)\s+)?(?:(?:is|are|would\s+be|should\s+be)\s+(?:all\s+)?(?:fine|ok|okay|good|great|welcome|allowed|included|in)|only|welcome|too|as\s+well|also|instead|are\s+a\s+yes|is\s+a\s+yes)\b/i;

/** A people word read as a value (the People department) that cannot be negated where it stands: glue in a list, no member. */
function isPeopleGlue(text: string, mentions: Mention[], k: number): boolean {
  return mentions[k].kind === 'value' && PEOPLE_WORD.test(mentions[k].text.trim()) && !negatable(text, mentions, k);
}

/**
 * The later members of an exclusion cue's object introduced by a people word ("X and ANYONE in Y", "X plus EVERYONE
 * at Offer", "X, anyone in Y and THE ONES WHO left for another offer", "X and THE job board PEOPLE"): each value
 * (its own cue words between) up to a clause break. Comma-joined members count only when "and"/"plus" closes them.
 */
export function peopleMembersAfter(text: string, mentions: Mention[], last: number): number[] {
  const chain: { k: number; word: boolean }[] = [];
  let prevEnd = mentions[last].end;
  for (let k = last + 1; k < mentions.length; k++) {
    // "the agency PEOPLE and anyone in Berlin": a people word read as a value (the People department) that cannot be
    // negated here is glue, not a break in the chain (session 17: Berlin came out positive).
    if (isPeopleGlue(text, mentions, k)) continue;
    const gap = text.slice(prevEnd, mentions[k].start);
    const g = PEOPLE_MEMBER_GAP.exec(gap);
    if (!g || MEMBER_STOP.test(gap) || /[;.!?:()]|\s[-\u2013\u2014]\s/.test(gap)) break;
    const m = mentions[k];
    const after = text.slice(m.end);
    // "and THE job board PEOPLE": a bare "the" needs a people word after the value.
    if (g[2] && !/^(?:['\u2019]s)?\s*(?:people|folks|candidates|applicants|ones|ppl|profiles|crowd|lot|group)\b/i.test(after)) break;
    const word = /\b(?:and|plus)\b|&/i.test(g[1]);
    const next = mentions[k + 1];
    // "… and anybody REJECTED FOR culture": the rejection verb and its reason are one member.
    if (isRejectionThenReason(text, m, next)) {
      if (OWN_POSITIVE.test(text.slice(next!.end))) break;
      chain.push({ k, word }, { k: k + 1, word });
      prevEnd = next!.end;
      k++;
      continue;
    }
    // "… and anybody APPLIED to X": a weak value that is the next value's own cue word is that cue.
    if (m.kind === 'value' && isWeak(m) && next && isOwnCueWord(text, mentions, k + 1, m)) {
      if (OWN_POSITIVE.test(text.slice(next.end))) break;
      chain.push({ k: k + 1, word });
      prevEnd = next.end;
      k++;
      continue;
    }
    if (!negatable(text, mentions, k) || OWN_POSITIVE.test(after)) break;
    chain.push({ k, word });
    prevEnd = m.end;
  }
  const lastWord = chain.findLastIndex((c) => c.word);
  return chain.slice(0, lastWord + 1).map((c) => c.k);
}

/** A relative pronoun between a negation cue and what it reached: the cue governs the whole relative clause. */
export const RELATIVE_IN_SCOPE = /\b(?:who|whom|that|which|whoever|whomever)\b/i;

/**
 * "… who withdrew OR WENT unresponsive", "… who ghosted us AND LATER took another offer": after "or"/"and", a
 * few words of a verb phrase, then a value of the same kind (only inside a negated relative clause).
 */
export function coordinatedVerbMember(text: string, prev: Mention, m: Mention, dimension: string): boolean {
  const gap = /^\s*,?\s*(?:or|and|nor)\s+((?:(?:who|that)\s+)?(?:[\p{L}'\u2019]+\s+){0,3})$/iu.exec(text.slice(prev.end, m.start));
  return gap !== null && !CLAUSE_BREAK.test(gap[1]) && dimensionOf(m).includes(dimension);
}

/** "rejected for comp": an Archived status word that is the cue of the reason right after it. */
export function isRejectionThenReason(text: string, status: Mention, reason: Mention | undefined): boolean {
  if (status.kind !== 'status' || status.value !== 'Archived' || reason?.kind !== 'value' || !reason.readings.some((r) => r.dimension === 'rejectionReason')) return false;
  const gap = text.slice(status.end, reason.start);
  return !CLAUSE_BREAK.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4;
}

/** A people word right after a negation cue: its object is a group of people ("not THOSE …", "except ANYONE …"). */
// "but not COUNTING those …", "not INCLUDING anyone …": the cue's own verb may come first (session 18: with "but not" read as
// the cue, "not counting those in the Marketing department or those from agencies" kept Agency positive).
const PEOPLE_OPENER = /^\s+(?:(?:counting|including|incl\.|considering)\s+)?(?:(?:all|any)\s+(?:of\s+)?)?(?:those|the\s+ones|the\s+people|anyone|anybody|people|candidates|folks|applicants|ppl)\b/i;
/** "… OR THOSE (who were) <member's own cue> <member>": the next member opened by a people word again. */
// (The previous member's own noun may close it first: "those in the Sales DEPARTMENT or those …".)
// Session 17: the previous member's own time word may close it ("at Recruiter Screen RIGHT NOW or who …"), and the next
// member may open with a bare relative pronoun ("… OR WHO applied via LinkedIn", nl-heldout25 h25-136 kept LinkedIn positive).
const PARALLEL_MEMBER_GAP = /^((?:\s+(?:departments?|depts?|teams?|roles?|jobs?|positions?|reqs?|stages?|rounds?|tags?|people|folks|candidates|applicants|ones))?(?:\s+(?:right\s+now|now|currently|at\s+the\s+moment|at\s+present|today))?\s*,?\s*(?:or|nor|and)\s+(?:also\s+)?(?:(?:those|the\s+ones|the\s+people|anyone|anybody|people|candidates|folks|applicants|ppl)\s+(?:(?:who|that)\s+(?:(?:is|are|was|were|got|have|has|had)\s+)?)?|(?:who|that)\s+(?:(?:is|are|was|were|got|have|has|had)\s+)?))([\p{L}\s'\u2019-]*)$/iu;

/**
 * "not those rejected for skills or those from agencies", "except anyone in Berlin or anyone Omar recruited": when the
 * cue's object is opened by a people word, a later member opened by a people word again (only its own cue words
 * between) is in the same negated list (nl-heldout22 h22-120 read the second member as a positive filter).
 */
export function parallelPeopleMembers(text: string, mentions: Mention[], cue: NegationCue, last: number): number[] {
  if (!PEOPLE_OPENER.test(text.slice(cue.end))) return [];
  const out: number[] = [];
  let prevEnd = mentions[last].end;
  for (let k = last + 1; k < mentions.length; k++) {
    // A people word read as a value ("or PEOPLE from X": the People department) that cannot be negated is only glue.
    if (isPeopleGlue(text, mentions, k)) continue;
    const g = PARALLEL_MEMBER_GAP.exec(text.slice(prevEnd, mentions[k].start));
    if (!g) break;
    const m = mentions[k];
    const next = mentions[k + 1];
    const bare = g[2].trim() === '';
    // "… or those REJECTED FOR comp": the rejection verb and its reason are one member.
    if (bare && isRejectionThenReason(text, m, next)) {
      if (OWN_POSITIVE.test(text.slice(next!.end))) break;
      out.push(k, k + 1);
      prevEnd = next!.end;
      k++;
      continue;
    }
    // "… or those SOURCED by Priya": a weak value that is the next value's own cue word is that cue.
    if (bare && m.kind === 'value' && isWeak(m) && next && isOwnCueWord(text, mentions, k + 1, m)) {
      if (OWN_POSITIVE.test(text.slice(next.end))) break;
      out.push(k + 1);
      prevEnd = next.end;
      k++;
      continue;
    }
    if (!negatable(text, mentions, k) || OWN_POSITIVE.test(text.slice(m.end))) break;
    // Words between the people word and the value are the value's own cue ("from", "in", "recruited by").
    if (!bare) {
      const from = prevEnd + g[1].length;
      if (!negatedCueSpans(text, mentions, k).some(([a, b]) => a <= from && m.start <= b)) break;
    }
    out.push(k);
    prevEnd = m.end;
  }
  return out;
}
