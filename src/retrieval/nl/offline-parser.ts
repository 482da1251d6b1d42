import { AppError } from '../../shared/errors.js';
import { parseBoolean } from '../query/boolean-parser.js';
import type { DateRange, SearchRequestInput } from '../query/search-request.js';
import { assignValueMentions, negationScopes, refusesPeopleBefore, type Assignment, type Span, type UsedCue } from './assign-slots.js';
import { RELATIVE_IN_SCOPE, commaListMembers, isRejectionThenReason } from './list-members.js';
import { negationReach, possibleNegations } from './negation-guard.js';
import { extractBooleanSyntax, extractMustHaves, remainingText } from './free-text.js';
import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { humanDate, valuePart } from './interpretation.js';
import { expandShorthand } from './shorthand.js';
import { correctCueTypos } from './cue-typos.js';
import { correctValueTypos } from './value-typos.js';
import { isObjectCue } from './cue-words.js';
import { leadingSkill } from './skill-mentions.js';
import { tagRequest, type Mention, type NegationCue } from './tagger.js';
import type { NlVocabulary } from './vocabulary.js';
import { WorkText, type MutableFilters, type ParseContext } from './work-text.js';

/** A request mapped onto the query language, with what could not be mapped and how it was read. */
export interface NlParse {
  request: SearchRequestInput;
  /** Phrases that looked like a filter but name nothing in this account (kept as free text). */
  unmapped: string[];
  /** One line per interpretation, for showing the user how their words were read. */
  notes: string[];
}

/*
 * The offline parser in four steps: typed Boolean syntax and must-haves are lifted out first (they
 * are syntax, not phrasing); then ONE tagging pass finds every mention and cue (tagger.ts), negation
 * scopes are decided in one place and every value mention gets a slot from the cues around it
 * (assign-slots.ts); whatever no mention or cue used stays free text.
 */
export function parseNaturalLanguage(requestText: string, vocab: NlVocabulary, opts: { now: Date }): NlParse {
  const typos = correctCueTypos(expandShorthand(requestText), vocab);
  // Typos of account words ("Registerd Nurse", "Kubernets skills"), kept only where the word then names a value.
  const values = correctValueTypos(typos.text, vocab, (t) => tagRequest(t, vocab, opts.now).mentions);
  const ctx: ParseContext = { work: new WorkText(values.text), vocab, now: opts.now, filters: {}, booleanParts: [], notes: [], unmapped: [] };
  for (const [typed, cue] of [...typos.corrected, ...values.corrected]) ctx.notes.push(`Read "${typed}" as "${cue}" (spelling corrected)`);
  extractBooleanSyntax(ctx);
  extractMustHaves(ctx);

  const text = ctx.work.text;
  const { mentions, negations } = tagRequest(text, vocab, opts.now);
  const { negated, usedCues, swallowed, refused, bound, cancelled } = negationScopes(text, mentions, negations);
  const valueAssignments = assignValueMentions(text, mentions, negated, new Map(usedCues.map((u) => [u.reached, u.cue.start])));
  const refusal = (m: Mention): Assignment => ({ target: 'refused', reason: `Could not tell whether "${m.text.trim()}" is negated (several negations, or a "those/them" with several referents); kept it as free text`, mention: m });
  const assignments = new Map(mentions.map((m) => [m, refused.has(m) ? refusal(m) : (valueAssignments.get(m) ?? assignOther(m, negated.has(m), ctx, cancelled.has(m)))]));
  guardUnboundNegations(text, mentions, assignments, negations, bound, usedCues);
  // A status word that served as another mention's cue ("rejected for comp") is not a status too.
  // Unless the negations differ: in "not hired for the SRE role" the job is positive, so "not hired" stays.
  const cueSpans = mentions.flatMap((m) => {
    const a = assignments.get(m)!;
    // A tail after the value ("timing REJECTIONS") is part of that value's phrase, so it shares its negation.
    return m.kind !== 'status' && a.target === 'filter' ? a.consumed.map((span) => ({ span, negated: a.negated, tail: span[0] >= m.end })) : [];
  });
  // "rejected from X for lacking skills": a positive reason already means archived, so the verb adds no status.
  // Round 21: an excluded reason too ("rejected from X, but not for lacking skills", "excluding rejections where the req
  // got filled"): the verb introduced the reason, and no batch's labels add a status beside a reason (nl-heldout26 h26-091).
  const hasReason = [...assignments.values()].some((a) => a.target === 'filter' && a.key === 'rejectionReason');
  const consumed: Span[] = [];
  for (const m of mentions) {
    const a = assignments.get(m)!;
    // Words of a negated verb whose subject was excluded ("Priya never SOURCED") are that verb, not values.
    if (swallowed.has(m)) continue;
    if (a.target === 'filter') {
      if (m.kind === 'status' && m.value === 'Archived' && hasReason && !/\barchived\b/i.test(m.text)) {
        consumed.push([m.start, m.end]);
        continue;
      }
      if (m.kind === 'status' && cueSpans.some(({ span: [s, e], negated, tail }) => s <= m.start && m.end <= e && (negated === a.negated || tail))) continue;
      consumed.push(...a.consumed);
      if (m.kind === 'value' && !a.key) ctx.notes.push(`Read "${m.text.trim()}" as who is asking, not as a recruiter filter`);
      addValues(ctx.filters, a.key, a.values, a.negated);
      if (m.kind === 'value' && m.corrected) ctx.notes.push(`Read "${m.text}" as ${a.values.join(' or ')} (spelling corrected)`);
    } else if (a.target === 'refused') {
      if (a.reason) ctx.notes.push(a.reason);
      ctx.unmapped.push(m.text.trim());
    }
  }
  // A negation cue is used up only when what it reached became a filter; otherwise its words stay.
  for (const { cue, reached, tail } of usedCues) {
    if (assignments.get(reached)?.target !== 'filter') continue;
    consumed.push([cue.start, cue.end], [cue.end, reached.start]);
    // "whose degree isn't a master's": the field noun before the cue names the degree it negates.
    const noun = reached.kind === 'degree' ? /\b(?:highest\s+)?(?:degree|education)\s+$/i.exec(text.slice(0, cue.start)) : null;
    if (noun) consumed.push([noun.index, cue.start]);
    if (tail) consumed.push(tail);
  }
  for (const [s, e] of consumed) ctx.work.consume(s, e);
  excludeFreeWords(ctx, negations.filter((c) => !usedCues.some((u) => u.cue === c)), negations);
  if (ctx.filters.exclude && Object.keys(ctx.filters.exclude).length === 0) delete ctx.filters.exclude;
  return finish(ctx);
}

/** What joins two members of one list: "or", "nor", "and", "&", "/" (a comma may also end a clause). */
/** A plain word as a cue's object, then a list connector: group 1 ends at that word's end, the match at the next member. */
const PLAIN_OBJECT_THEN_MEMBER = /^(\s+(?:(?:any|the|a|an)\s+)?[\p{L}\p{N}+#][\p{L}\p{N}+#.-]*)\s*(?:,\s*)?(?:or|nor|and|&|\/)\s+(?:the\s+|any\s+)?/iu;
const isWeakValue = (m: Mention) => m.kind === 'value' && !m.readings.some((r) => r.strong);
/** Where a negated relative clause ends: punctuation, a dash, or a contrast word. */
const RELATIVE_CLAUSE_END = /[,;.!?()\u0001]|\s[-\u2013\u2014]\s|\b(?:but|however|though|although|whereas|while|yet)\b/i;
/** "or"/"nor" then a people word ("… OR ANYONE applied to X"): what follows is a member of the list ("and anyone in Berlin is fine" may start a clause). */
const PEOPLE_CONNECTOR = /^\s*,?\s*(?:or|nor)\s+(?:the\s+ones|those|anyone|anybody|people|candidates|folks|applicants)\s+(?:(?:who|that)\s+(?:(?:is|are|was|were)\s+)?)?/i;
const LIST_CONNECTOR = /^\s*(?:(?:people|folks|candidates|applicants|ones|profiles)\s+)?(?:,\s*)?(?:or|nor|and|&|\/)\s+(?:the\s+|any\s+|anyone\s+|people\s+)?$|^\s*\/\s*$/i;

/**
 * Never reversed, by construction: a word that may say "not" (negation-guard.ts) which the parser
 * did not bind to anything (an unknown cue, a typo of one, a known cue whose value was out of its
 * reach) refuses every filter inside its scope. The value stays free text and the notes say why.
 */
function guardUnboundNegations(text: string, mentions: Mention[], assignments: Map<Mention, Assignment>, cues: NegationCue[], bound: Set<NegationCue>, used: UsedCue[]): void {
  const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;
  const understood: [number, number][] = [
    ...cues.filter((c) => bound.has(c)).map((c): [number, number] => [c.start, c.end]),
    ...used.flatMap((u) => (u.tail ? [u.tail] : [])),
    // Words a filter used as its own cue ("not moved forward FOR comp", "declined OUR offer").
    ...[...assignments.values()].flatMap((a) => (a.target === 'filter' ? a.consumed : [])),
  ];
  const protectedSpans = mentions.filter((m) => /[,;.]/.test(m.text));
  // "anyone but Priya's REFERRALS", "no Berlin AGENCY people": a value glued to an excluded one (a space or
  // a possessive between) is part of the same negated noun phrase; exclude cannot say "not (A and B)",
  // so both are refused (excluding either alone would drop more people than asked).
  for (let k = 1; k < mentions.length; k++) {
    const prev = assignments.get(mentions[k - 1])!;
    const a = assignments.get(mentions[k])!;
    // Account values only: a status word after a reason is that reason's tail ("timing REJECTIONS").
    if (mentions[k - 1].kind !== 'value' || mentions[k].kind !== 'value') continue;
    if (prev.target !== 'filter' || !prev.negated || !prev.key || a.target !== 'filter' || a.negated || !a.key) continue;
    if (!/^(?:['\u2019]s)?\s+$/.test(text.slice(mentions[k - 1].end, mentions[k].start))) continue;
    // "non-remote data scientist applicants": a hyphenated "non-" negates only the word it is glued to (round 19, nl-heldout21 h21-083).
    if (used.some((u) => u.reached === mentions[k - 1] && isGluedNon(text, u.cue, u.reached))) continue;
    const phrase = text.slice(mentions[k - 1].start, mentions[k].end).trim();
    assignments.set(mentions[k - 1], { target: 'refused', reason: `Could not exclude "${phrase}" as one group (the search excludes each value alone); kept it as free text`, mention: mentions[k - 1] });
    assignments.set(mentions[k], { target: 'refused', reason: '', mention: mentions[k] });
  }
  // "nobody from the Android OR Engineering Intern roles": a value coordinated with a negated one is in the
  // same negation; when the parser did not carry the negation over (another dimension, a word between),
  // it is refused, never left positive (nl-heldout5 h5-079).
  for (const u of used) {
    // "not REJECTED FOR comp or …": the head of the list is the reason its rejection verb introduced.
    const at = mentions.indexOf(u.reached);
    const headMention = isRejectionThenReason(text, u.reached, mentions[at + 1]) ? mentions[at + 1] : u.reached;
    // A head made positive by a clear double negation heads a positive list ("isn't in Lisbon or Warsaw").
    const head = assignments.get(headMention);
    if (head?.target === 'filter' && !head.negated) continue;
    let prevEnd = headMention.end;
    // After "and" a people word that is no filter opens the next member ("and PEOPLE rejected for comp").
    let memberOpen = false;
    for (let j = mentions.indexOf(headMention) + 1; j > 0 && j < mentions.length; j++) {
      const gap = text.slice(prevEnd, mentions[j].start);
      const a = assignments.get(mentions[j])!;
      const connected = LIST_CONNECTOR.test(gap) || (memberOpen && /^\s*$/.test(gap));
      // "nobody who applied to X or APPLIED TO Y": after a connector, a member may repeat its own cue (words, and
      // weak values such as "applied", that the member's filter used as its cue).
      const connector = /^\s*,?\s*(?:or|and|nor|&|\/)\s+/i.exec(gap);
      // Only a member of the head's own kind: "didn't withdraw AND REACHED final round" is a new clause.
      const headKey = head?.target === 'filter' ? head.key : undefined;
      const from = connector ? prevEnd + connector[0].length : -1;
      // Round 19: "nobody from X or ANYONE applied to Y": a member opened by a people word is a member of any kind.
      const people = PEOPLE_CONNECTOR.exec(gap);
      const cued = !connector ? -1 : Math.max(headKey ? cuedMember(text, mentions, assignments, j, from, headKey) : -1, repeatedCueMember(text, mentions, assignments, j, from, headMention), people ? cuedMember(text, mentions, assignments, j, prevEnd + people[0].length) : -1);
      if (cued >= 0) {
        // The repeated cue's own words ("or REJECTED for timing") are no positive filter either.
        for (let k = j; k < cued; k++) {
          const w = assignments.get(mentions[k])!;
          if (w.target === 'filter' && !w.negated) assignments.set(mentions[k], { target: 'refused', reason: '', mention: mentions[k] });
        }
        const b = assignments.get(mentions[cued])!;
        if (b.target === 'filter' && !b.negated && b.key) {
          assignments.set(mentions[cued], { target: 'refused', reason: `Not understood whether "${mentions[cued].text.trim()}" is negated (it follows a negated value in a list); kept it as free text, not as a filter`, mention: mentions[cued] });
        }
        prevEnd = mentions[cued].end;
        j = cued;
        memberOpen = false;
        continue;
      }
      // "… and anyone REJECTED FOR comp": a rejection verb and its reason are one member of the list.
      if (connected && isRejectionThenReason(text, mentions[j], mentions[j + 1])) {
        const reason = assignments.get(mentions[j + 1])!;
        if (reason.target === 'filter' && !reason.negated && reason.key) {
          assignments.set(mentions[j + 1], { target: 'refused', reason: `Not understood whether "${text.slice(mentions[j].start, mentions[j + 1].end).trim()}" is negated (it follows a negated value in a list); kept it as free text, not as a filter`, mention: mentions[j + 1] });
          if (a.target === 'filter' && !a.negated) assignments.set(mentions[j], { target: 'refused', reason: '', mention: mentions[j] });
        }
        prevEnd = mentions[++j].end;
        memberOpen = false;
        continue;
      }
      // A word glued to the member that is no filter ("agency PEOPLE and remote folks") closes that member.
      if (/^\s*$/.test(gap) && a.target !== 'filter') {
        prevEnd = mentions[j].end;
        continue;
      }
      if (!connected) break;
      memberOpen = a.target !== 'filter';
      prevEnd = mentions[j].end;
      if (a.target !== 'filter' || a.negated || !a.key) continue;
      assignments.set(mentions[j], { target: 'refused', reason: `Not understood whether "${mentions[j].text.trim()}" is negated (it follows a negated value in a list); kept it as free text, not as a filter`, mention: mentions[j] });
    }
  }
  // "not the ones who withdrew or were sourced by Priya": a cue that governs a relative clause governs all of it, to
  // the clause's end, through "and"/"or"; a value there the parser did not negate is refused, never positive (round 17).
  for (const u of used) {
    if (u.tail || !RELATIVE_IN_SCOPE.test(text.slice(u.cue.start, u.reached.start))) continue;
    const head = assignments.get(u.reached);
    if (head?.target === 'filter' && !head.negated) continue;
    // A comma inside a value ("Frontend Engineer, Growth") ends no clause.
    const ends = [...text.slice(u.reached.end).matchAll(new RegExp(RELATIVE_CLAUSE_END.source, 'gi'))].map((b) => u.reached.end + (b.index ?? 0));
    const end = ends.find((at) => !protectedSpans.some((p) => p.start <= at && at < p.end)) ?? text.length;
    for (const m of mentions) {
      const a = assignments.get(m)!;
      if (m.start < u.reached.end || m.start >= end || a.target !== 'filter' || a.negated || !a.key) continue;
      assignments.set(m, { target: 'refused', reason: `Not understood whether "${m.text.trim()}" is negated (it is in a negated relative clause); kept it as free text, not as a filter`, mention: m });
    }
  }
  // "excluding Berkeley and Waterloo alumni": the cue's object is a plain word (excluded as a keyword), and a
  // value coordinated with it is a member of the same negated list; never left positive (nl-heldout8 h8-146).
  for (const cue of cues) {
    const member = isObjectCue(cue.text) ? PLAIN_OBJECT_THEN_MEMBER.exec(text.slice(cue.end)) : null;
    if (!member || mentions.some((m) => overlaps(m, cue.end, cue.end + member[1].length))) continue;
    const at = cue.end + member[0].length;
    for (const m of mentions) {
      const a = assignments.get(m)!;
      if (m.start !== at || a.target !== 'filter' || a.negated) continue;
      assignments.set(m, { target: 'refused', reason: `Not understood whether "${m.text.trim()}" is negated (it follows a negated word in a list); kept it as free text, not as a filter`, mention: m });
    }
  }
  // "reached Hiring Manager Screen out of scope": a phrase of the list that starts inside a value ("Screen out") is
  // no negation there, and must not hide the one after it ("out of scope"): read again with that value blanked.
  let possible = possibleNegations(text);
  const straddled = mentions.filter((m) => possible.some((f) => m.start < f.start && f.start < m.end && m.end < f.end));
  if (straddled.length) {
    const blanked = straddled.reduce((t, m) => t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end), text);
    possible = possibleNegations(blanked).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  }
  for (const found of possible) {
    // "cut out of budget": a phrase ("cut out") whose last words begin a value ("out of budget") still says
    // "not" with its first word, which reaches that value.
    const inside = mentions.find((m) => m.start > found.start && m.start < found.end && m.end > found.end);
    const neg = inside && /\S\s+$/.test(text.slice(found.start, inside.start)) ? { start: found.start, end: found.start + text.slice(found.start, inside.start).trimEnd().length, text: text.slice(found.start, inside.start).trimEnd() } : found;
    // A weak value inside a longer negation phrase ("SCREENING out …") is that phrase's word, not a value.
    if (mentions.some((m) => overlaps(m, neg.start, neg.end) && !(isWeakValue(m) && m.start >= neg.start && m.end <= neg.end && m.end - m.start < neg.end - neg.start))) continue;
    if (understood.some(([s, e]) => s <= neg.start && neg.end <= e)) continue;
    // A longer phrase of the broad list around a cue the parser bound ("NOT interested in") was read through that cue.
    if (cues.some((c) => bound.has(c) && neg.start <= c.start && c.end <= neg.end)) continue;
    // "we didn't LOSE because of relocation": "lose" right after a cue the parser bound is that cue's verb (losing
    // someone is an outcome there, not a removal). Never for other words: "don't FORGET X" must stay refused.
    if (/^los(?:e|ing)$/i.test(neg.text) && cues.some((c) => bound.has(c) && /^\s+$/.test(text.slice(c.end, neg.start)))) continue;
    const known = cues.some((c) => c.start === neg.start && c.end === neg.end);
    const reach = negationReach(text, neg, protectedSpans, known);
    // "taking away X, anyone in Berlin and whoever Hannah recruited": a closed comma list after what it reached is
    // all in its scope (round 17).
    const lastReached = mentions.findLastIndex((m) => reach[0] && m.start >= reach[0][0] && m.start < reach[0][1]);
    const list = lastReached >= 0 ? commaListMembers(text, mentions, lastReached) : null;
    if (list?.closed) for (const k of list.members.flat()) reach.push([mentions[k].start, mentions[k].end]);
    for (const m of mentions) {
      const a = assignments.get(m)!;
      if (a.target !== 'filter' || !reach.some(([s, e]) => m.start >= s && m.start < e)) continue;
      assignments.set(m, { target: 'refused', reason: `Not understood whether "${m.text.trim()}" is negated (by "${neg.text}"); kept it as free text, not as a filter`, mention: m });
    }
  }
}

/** "non-agency", "nonremote": the cue "non" written onto its value, so it negates that word alone. */
const isGluedNon = (text: string, cue: NegationCue, reached: Mention) => /^non$/i.test(cue.text) && /^-?$/.test(text.slice(cue.end, reached.start));

/**
 * The index of the first mention from `j` on (at most 3 ahead), a filter on `key` (any key without one), whose own cue covers every
 * word from `from` to its start ("or APPLIED TO Senior Backend Engineer"), or -1.
 */
function cuedMember(text: string, mentions: Mention[], assignments: Map<Mention, Assignment>, j: number, from: number, key?: string): number {
  for (let k = j; k < Math.min(mentions.length, j + 3); k++) {
    const a = assignments.get(mentions[k])!;
    if (a.target !== 'filter' || !a.key || (key !== undefined && a.key !== key) || mentions[k].start <= from) continue;
    const covered = [...text.slice(from, mentions[k].start)].every((ch, i) => /\s/.test(ch) || a.consumed.some(([s, e]) => s <= from + i && from + i < e));
    if (covered) return k;
  }
  return -1;
}

/** "nobody who reached Case Study or REACHED Archived": a member after the connector with the very cue words of the head. */
function repeatedCueMember(text: string, mentions: Mention[], assignments: Map<Mention, Assignment>, j: number, from: number, head: Mention): number {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  for (let k = j; k < Math.min(mentions.length, j + 3); k++) {
    const a = assignments.get(mentions[k])!;
    if (a.target !== 'filter' || !a.key || mentions[k].start <= from) continue;
    const words = text.slice(from, mentions[k].start);
    if (norm(words) && head.start >= words.length && norm(words) === norm(text.slice(head.start - words.length, head.start))) return k;
  }
  return -1;
}

/** Slots for the mentions that are not account values: dates, numbers, statuses, profile facts. */
function assignOther(m: Mention, negated: boolean, ctx: ParseContext, cancelled = false): Assignment {
  const filter = (key: string, values: string[], extra: Span[] = []): Assignment => ({ target: 'filter', key, values, negated, consumed: [[m.start, m.end], ...extra], mention: m });
  switch (m.kind) {
    case 'status':
      return filter('applicationStatus', [m.value]);
    case 'degree':
      return filter('degree', [m.value]);
    case 'profile':
      if (!m.known && !negated) ctx.notes.push(`"${m.value}" → ${valuePart(m.key, [m.value], false)} (matched as written; 0 results is possible)`);
      return filter(m.key, [m.value]);
    case 'anyJob':
      if (m.department) return filter('department', [m.department]);
      if (m.jobs.length) {
        ctx.notes.push(`"${m.text.trim()}" → ${m.jobs.length} job(s) whose title contains "${m.word}"`);
        return filter('job', m.jobs);
      }
      ctx.notes.push(`No job title contains "${m.word}"; kept as free text`);
      ctx.unmapped.push(m.word);
      return { target: 'unassigned', mention: m };
    case 'unknownRecruiter':
      ctx.notes.push(`No recruiter named "${m.name}" in this account; kept "${m.text}" as free text`);
      ctx.unmapped.push(m.name);
      return { target: 'unassigned', mention: m };
    case 'field': {
      // "remove anyone whose application status isn't Active": a field every application has, so exactly "is Active".
      if (cancelled) return { target: 'filter', key: m.key, values: m.values, negated: false, consumed: [[m.start, m.end]], mention: m };
      // "nobody whose title isn't X" says "not not": no exact reading is worth the risk of reversing it.
      if (m.negated && negated) return { target: 'refused', reason: `Could not apply a double negation ("${m.text.trim()}"); kept it as free text`, mention: m };
      if (!m.known) ctx.notes.push(`"${m.text.trim()}" → ${valuePart(m.key, m.values, m.negated || negated)} (matched as written; 0 results is possible)`);
      return { target: 'filter', key: m.key, values: m.values, negated: m.negated || negated, consumed: [[m.start, m.end]], mention: m };
    }
    case 'date':
      return dateAssignment(m, negated, ctx);
    case 'years': {
      // Round 21: "leave out anyone with more than 12 years" is at most 12, "skip anyone with fewer than 3" at least 3: a
      // one-sided bound negated is the other side of the same number. A range ("3 to 5 years") has no one opposite.
      const oneSided = (m.min === undefined) !== (m.max === undefined);
      if (negated && !oneSided) return { target: 'refused', reason: `Could not apply "${m.text.trim()}" negated; kept it as free text`, mention: m };
      const [min, max] = negated ? [m.max, m.min] : [m.min, m.max];
      if (negated) ctx.notes.push(`"not ${m.text.trim()}" → ${min !== undefined ? `at least ${min}` : `at most ${max}`} years of experience`);
      ctx.filters.yearsExperience = { ...(ctx.filters.yearsExperience ?? {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      return { target: 'filter', key: '', values: [], negated: false, consumed: [[m.start, m.end]], mention: m };
    }
    case 'limit':
      if (negated) return { target: 'refused', reason: `Could not apply "${m.text.trim()}" negated; kept it as free text`, mention: m };
      ctx.limit = m.value;
      return { target: 'filter', key: '', values: [], negated: false, consumed: [[m.start, m.end]], mention: m };
    default:
      return { target: 'unassigned', mention: m };
  }
}

/**
 * A date phrase, negated or not. "Not contacted since 2024" is the other side of the same last-
 * activity bound (`updated.before`); a negated range with two bounds, or a negated application date
 * (someone may have applied both before and after), has no exact opposite and is refused.
 */
function dateAssignment(m: Mention & { kind: 'date' }, negated: boolean, ctx: ParseContext): Assignment {
  let range: DateRange = m.range;
  if (negated) {
    const oneBound = (range.after === undefined) !== (range.before === undefined);
    // "applied to X, but not before September": the "not" stands right on the date's own bound, so it flips
    // that bound for any key (nl-heldout9 h9-216). "didn't apply before August" negates the verb: refused below.
    const onTheBound = /\b(?:not|never)\s+$/i.test(ctx.work.text.slice(0, m.start)) && /^(?:before|after|since|prior\s+to|earlier\s+than|later\s+than|until|till)\b/i.test(m.text.trim());
    // "didn't apply before August": nobody whose application is before August, i.e. applied from August on (the
    // first application's date). "haven't applied since 2024" stays refused: someone may have applied before and after.
    const notAppliedBefore = m.key === 'applied' && range.before !== undefined && /\b(?:before|prior\s+to|earlier\s+than|until|till)\b/i.test(m.text);
    // Round 21: "excluding whoever applied since October 1", "have not applied to anything since May": the labels of every
    // batch read a one-sided application date negated as its other side too (the latest application), like activity.
    const appliedSince = m.key === 'applied' && range.after !== undefined && oneBound;
    if ((m.key !== 'updated' && !onTheBound && !notAppliedBefore && !appliedSince) || !oneBound) {
      return { target: 'refused', reason: `Could not apply "not ${m.text.trim()}": the search cannot express the opposite of that date range; kept it as free text`, mention: m };
    }
    range = range.after ? { before: range.after } : { after: range.before };
  }
  const merged = { ...(ctx.filters[m.key] ?? {}), ...range };
  ctx.filters[m.key] = merged;
  const words = [range.after ? `since ${humanDate(range.after)}` : '', range.before ? `before ${humanDate(range.before)}` : ''].filter(Boolean).join(' and ');
  ctx.notes.push(`"${m.text.trim()}" → ${m.key === 'applied' ? 'applied' : 'last activity'} ${words}`);
  return { target: 'filter', key: '', values: [], negated: false, consumed: [[m.start, m.end]], mention: m };
}

function addValues(filters: MutableFilters, key: string, values: string[], negated: boolean): void {
  if (!key || values.length === 0) return;
  const target = (negated ? (filters.exclude ??= {}) : filters) as Record<string, string[] | undefined>;
  const merged = [...(target[key] ?? [])];
  for (const v of values) if (!merged.some((x) => x.toLowerCase() === v.toLowerCase())) merged.push(v);
  target[key] = merged;
}

/**
 * A negation that reached no account value but is followed by a plain word excludes that word from
 * the keyword match, the one exact way to say "not" about free text (searching the word would
 * reverse the meaning).
 */
function excludeFreeWords(ctx: ParseContext, cues: NegationCue[], all: NegationCue[]): void {
  for (const cue of cues) {
    if (!isObjectCue(cue.text)) continue;
    // "exclude anybody without Kafka" is "not not": excluding the word would reverse it, so it stays free text.
    if (refusesPeopleBefore(ctx.work.text, all, cue)) {
      ctx.notes.push(`Could not apply a double negation ("${ctx.work.text.slice(cue.start).split(/[,;.!?]/)[0].trim()}"); kept it as free text`);
      continue;
    }
    const rest = ctx.work.text.slice(cue.end);
    const m = /^\s+(?:any\s+|the\s+)?([\p{L}\p{N}+#][\p{L}\p{N}+#.-]*)/u.exec(rest);
    if (!m || REQUEST_STOPWORDS.has(m[1].toLowerCase())) continue;
    // "without Jetpack Compose": a skill of the account in several words is excluded whole, never its first word.
    const lead = m[0].length - m[1].length;
    const skill = leadingSkill(ctx.vocab, rest.slice(lead));
    const word = skill && skill.length > m[1].length ? rest.slice(lead, lead + skill.length) : m[1].replace(/\.$/, '');
    const end = cue.end + lead + Math.max(word.length, m[1].length);
    // Round 21: "no harvard grads", "excluding parsons alumni": a holder noun after the word makes it a school.
    const holders = SCHOOL_HOLDERS.exec(ctx.work.text.slice(end));
    if (holders && !skill) {
      addValues(ctx.filters, 'school', [word.replace(/^\p{Ll}/u, (c) => c.toUpperCase())], true);
      ctx.work.consume(cue.start, end + holders[0].length);
      continue;
    }
    // Round 21: "iOS devs, no SwiftUI", "- no Zendesk": "no"/"not" before a skill the account knows excludes the skill
    // ("without X" stays a keyword exclusion, as every batch labels it).
    if (skill && /^(?:no|not)$/i.test(cue.text.trim())) {
      addValues(ctx.filters, 'skill', [skill.value], true);
      ctx.work.consume(cue.start, end);
      continue;
    }
    ctx.booleanParts.push(`-"${word}"`);
    ctx.work.consume(cue.start, end);
  }
}

/** The holders of a degree from a school, after its name ("harvard GRADS"). */
const SCHOOL_HOLDERS = /^\s+(?:grads|graduates|alumni|alums|alumnae)(?![\p{L}\p{N}])/iu;

function finish(ctx: ParseContext): NlParse {
  let text = remainingText(ctx);
  let boolean: string | undefined = combineBoolean(ctx.booleanParts);
  if (boolean !== undefined) {
    try {
      parseBoolean(boolean);
    } catch (error) {
      if (!AppError.isInstance(error)) throw error;
      ctx.notes.push(`Could not read "${boolean}" as a Boolean query (${error.message.split('\n')[0]}); searched it as free text`);
      text = [boolean.replace(/[()"]/g, ' ').replace(/\s+/g, ' ').trim(), text].filter(Boolean).join(' ');
      boolean = undefined;
    }
  }
  if (text) ctx.notes.push(`Not understood as a filter, searched as free text: "${text}"`);
  const request: SearchRequestInput = { filters: ctx.filters };
  if (text) request.text = text;
  if (boolean) request.boolean = boolean;
  if (ctx.limit !== undefined) request.limit = ctx.limit;
  return { request, unmapped: ctx.unmapped, notes: ctx.notes };
}

function combineBoolean(parts: string[]): string | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return parts.map((p) => (/\sOR\s/.test(p) && !/^\(.*\)$/.test(p) ? `(${p})` : p)).join(' ');
}
