import type { Mention } from './tagger.js';

/*
 * "people who used to be a Product Manager but aren't currently working as one", "former Controllers,
 * not one anymore": the title is named once and referred back to by "one"/"such"/"that". The negated
 * reference is the CURRENT title excluded (nl-unseen u-ex-pm-not-now kept "aren't … one" as free text;
 * read forward, its "not" would have reached whatever value came next).
 */
const NEGATED_REFERENCE = new RegExp(
  // A leading "but" is part of the reference ("but not one anymore"): a cue of its own would reach the mention.
  '(?:but\\s+)?(?:' +
  [
    // "aren't (currently) working as one (now)", "not employed as such", "no longer serving as one"
    "(?:(?:is|are|was|were)n['\\u2019]?t|(?:is|are)\\s+not|not|never|no\\s+longer)\\s+(?:(?:currently|presently|now|still)\\s+)?(?:working|employed|serving|hired|doing\\s+that\\s+job)\\s+as\\s+(?:one|such|that|an?\\s+one)",
    // "(but) not one (any)more", "isn't one now", "no longer one"
    "(?:(?:is|are)n['\\u2019]?t|(?:is|are)\\s+not|not|no\\s+longer)\\s+(?:currently\\s+)?(?:one|such)(?=\\s+(?:any\\s*more|now|today|currently|these\\s+days|right\\s+now)\\b|\\s*(?:$|[,;.!?]))",
  ].join('|') + ")(?:\\s+(?:any\\s*more|now|today|currently|these\\s+days|right\\s+now|at\\s+the\\s+moment))?(?![\\p{L}\\p{N}])",
  'giu',
);

/**
 * What a reference at `start` points back at: the nearest mention before it that `is` accepts, only within the same
 * sentence and at most a clause or two away (60 characters).
 */
function antecedent(text: string, found: Mention[], start: number, is: (f: Mention) => boolean): Mention | undefined {
  const m = found.filter((f) => f.end <= start && is(f)).at(-1);
  return m && !/[.;!?]/.test(text.slice(m.end, start)) && start - m.end <= 60 ? m : undefined;
}

/** A negated "one" that points back at the nearest title mention before it, as a negated current-title field. */
export function titleAnaphoraMentions(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NEGATED_REFERENCE)) {
    const start = m.index ?? 0;
    const title = antecedent(text, found, start, (f) => f.kind === 'profile' && (f.key === 'pastTitle' || f.key === 'currentTitle'));
    if (title?.kind !== 'profile') continue;
    out.push({ kind: 'field', key: 'currentTitle', values: [title.value], negated: true, known: true, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/*
 * Round 17: "used to work at Stripe but aren't there now", "ex-Google, no longer there": the company is named once
 * and referred back to by "there"; the negated reference is the CURRENT company excluded.
 */
const NEGATED_PLACE = new RegExp(
  "(?:but\\s+)?(?:(?:(?:is|are|was|were)n['\\u2019]?t|(?:is|are)\\s+not|not|no\\s+longer|never)\\s+(?:(?:currently|presently|now|still)\\s+)?(?:(?:working|employed|based)\\s+)?there|(?:(?:is|are|was|were)n['\\u2019]?t|(?:is|are)\\s+not)\\s+any\\s*more|(?:have|has)\\s+(?:since\\s+)?left|(?:since\\s+)?left\\s+(?:them|it|there))(?:\\s+(?:any\\s*more|now|today|currently|these\\s+days|right\\s+now|at\\s+the\\s+moment))?(?![\\p{L}\\p{N}])",
  'giu',
);

/** A negated "there" that points back at the nearest company mention before it, as a negated current-company field. */
export function companyAnaphoraMentions(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NEGATED_PLACE)) {
    const start = m.index ?? 0;
    const company = antecedent(text, found, start, (f) => f.kind === 'profile' && (f.key === 'pastCompany' || f.key === 'currentCompany'));
    if (company?.kind !== 'profile') continue;
    out.push({ kind: 'field', key: 'currentCompany', values: [company.value], negated: true, known: company.known, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/*
 * Session 19 (nl-heldout29 h29-100, 101, 176): "made it to onsite but are no longer at that stage", "reached the hiring
 * manager screen, though they aren't in it currently", "everyone who reached case study except those currently in it":
 * the stage is named once (as reached) and referred back to; the negated reference is the CURRENT stage excluded.
 */
const STAGE_REFERENCE = "(?:in\\s+(?:it|that\\s+(?:stage|step|round|one))|at\\s+(?:it|that\\s+(?:stage|step|round|point|one))|there)";
const NOW_WORD = '(?:currently|presently|now|still|right\\s+now|at\\s+the\\s+moment|any\\s*more|today)';
const NEGATED_STAGE = new RegExp(
  '(?:(?:but|though|although|yet)\\s+)?(?:' +
    [
      // "(they) aren't in it currently", "are no longer at that stage", "not there anymore"
      `(?:(?:they|who|that)\\s+)?(?:(?:is|are)n['\\u2019]?t|(?:is|are)\\s+not|(?:is|are)\\s+no\\s+longer|no\\s+longer|not)\\s+(?:${NOW_WORD}\\s+)?${STAGE_REFERENCE}`,
      // "except those (who are) currently in it", "excluding the ones still there"
      `(?:except(?:\\s+for)?|excluding|other\\s+than|minus|but\\s+not)\\s+(?:those|the\\s+ones|anyone|anybody|people)\\s+(?:(?:who|that)\\s+(?:are|is|['\\u2019]re)\\s+|(?:who|that)['\\u2019]re\\s+)?(?:${NOW_WORD}\\s+)?${STAGE_REFERENCE}`,
    ].join('|') +
    `)(?:\\s+${NOW_WORD})?(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A negated reference back at the nearest stage named before it (in the same sentence), as a negated current-stage field. */
export function stageAnaphoraMentions(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NEGATED_STAGE)) {
    const start = m.index ?? 0;
    const stage = antecedent(text, found, start, (f) => f.kind === 'value' && f.readings.some((r) => r.dimension === 'stage'));
    if (stage?.kind !== 'value') continue;
    const values = stage.readings.find((r) => r.dimension === 'stage')!.values;
    if (values.length !== 1) continue;
    out.push({ kind: 'field', key: 'stage', values, negated: true, known: true, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}
