import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { negationTypo, osaDistance, possibleNegations } from './negation-guard.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now });

describe('negation guard', () => {
  it('finds typos of cue words but not the real words near them', () => {
    expect(osaDistance('nto', 'not')).toBe(1);
    expect(negationTypo('exlcuding')).toBe('excluding');
    expect(negationTypo('wihtout')).toBe('without');
    expect(negationTypo('nto')).toBe('not');
    for (const w of ['now', 'on', 'expect', 'newer', 'note', 'other', 'ship', 'into']) expect(negationTypo(w)).toBeUndefined();
    expect(possibleNegations('people besides agency ones').map((n) => n.text)).toEqual(['besides']);
  });

  it('refuses a value in the scope of a negation it does not understand, and says so', () => {
    const p = parse('candidates besides Berlin');
    expect(p.request.filters?.location).toBeUndefined();
    expect(p.request.text).toMatch(/Berlin/);
    expect(p.notes.join(' ')).toMatch(/Not understood whether "Berlin" is negated/);
    expect(parse('engineers wihtout agency ppl').request.filters?.source).toBeUndefined();
  });

  it('refuses a negated noun phrase of two values ("anyone but Priya\'s referrals"): neither is kept positive or excluded alone', () => {
    const p = parse("anyone but Priya's referrals");
    expect(p.request.filters).toEqual({});
    expect(p.notes.join(' ')).toMatch(/as one group/);
    expect(parse('not from agencies in Berlin').request.filters).toEqual({ exclude: { source: ['Agency'] }, location: ['Berlin'] });
  });

  it('reads a clearly scoped double negation positively', () => {
    expect(parse("I don't want anyone who wasn't a referral").request.filters).toEqual({ source: ['Referral'] });
    expect(parse("don't include people who never reached onsite").request.filters).toEqual({ stageReached: ['Onsite'] });
    // Two negations not clearly scoped: refused, never guessed.
    const p = parse('not without referrals');
    expect(p.request.filters?.source).toBeUndefined();
    expect(p.request.filters?.exclude?.source).toBeUndefined();
  });

  it('"non-X" excludes X only; imperative "pass on" is a cue at a clause start only', () => {
    expect(parse('non-referral candidates in Berlin').request.filters).toEqual({ location: ['Berlin'], exclude: { source: ['Referral'] } });
    expect(parse('pass on anyone from the career fair').request.filters).toEqual({ exclude: { source: ['Career Fair'] } });
    expect(parse('who did we pass on as overqualified').request.filters?.rejectionReason).toEqual(['Overqualified']);
  });

  it('an object cue reaches a following list item of another kind ("skip DNC and anyone Jordan owns")', () => {
    expect(parse('Referral source, skip DNC and anyone Jordan owns').request.filters).toEqual({ source: ['Referral'], exclude: { tag: ['Do Not Contact'], recruiter: ['Jordan Lee'] } });
  });
});
