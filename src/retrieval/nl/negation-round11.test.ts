import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 11 (the reversals of nl-heldout9 and nl-heldout10, generalised): each rule is tested on
 * phrasings invented here, not on the batches' own requests.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('more cues of removal exclude what follows', () => {
  it('reads "with the exception of", "keep out" and "unless" as negations', () => {
    expect(parse('Berlin people, with the exception of referrals').filters).toEqual({ location: ['Berlin'], exclude: { source: ['Referral'] } });
    expect(parse('Finance dept, keep out anyone from LinkedIn').filters).toEqual({ department: ['Finance'], exclude: { source: ['LinkedIn'] } });
    expect(parse('Seattle candidates unless they were referrals').filters).toEqual({ location: ['Seattle'], exclude: { source: ['Referral'] } });
  });
});

describe('"<recruiter> isn\'t the recruiter" excludes that recruiter', () => {
  it('binds the negated copula to its recruiter subject, never a stage "Recruiter Screen"', () => {
    expect(parse('Finance dept candidates where Hannah Schmidt is not the recruiter').filters).toEqual({ department: ['Finance'], exclude: { recruiter: ['Hannah Schmidt'] } });
    expect(parse("Austin folks where Jordan Lee wasn't the sourcer").filters).toEqual({ location: ['Austin'], exclude: { recruiter: ['Jordan Lee'] } });
    expect(parse('Senior Backend Engineer applicants where Hannah Schmidt is the recruiter').filters).toEqual({ job: ['Senior Backend Engineer'], recruiter: ['Hannah Schmidt'] });
  });
});

describe('a removal verb carries over a list member opened by a tag verb', () => {
  it('excludes the tagged member too', () => {
    expect(parse('Berlin candidates, leave out agency people and those flagged as do not contact').filters).toEqual({ location: ['Berlin'], exclude: { source: ['Agency'], tag: ['Do Not Contact'] } });
    expect(parse('Finance dept, excluding referrals and anyone who is tagged do not contact').filters).toEqual({ department: ['Finance'], exclude: { source: ['Referral'], tag: ['Do Not Contact'] } });
    expect(parse('skip agency candidates and people tagged DNC').filters).toEqual({ exclude: { source: ['Agency'], tag: ['Do Not Contact'] } });
  });
});

describe('"no updates in the last N days" is inactivity: updated before', () => {
  it('reads no updates / no changes over a period as before that date', () => {
    expect(parse('Finance dept, no update for 3 weeks').filters).toEqual({ department: ['Finance'], updated: { before: '2026-11-06' } });
    expect(parse('Berlin candidates with no changes over the past 2 months').filters).toEqual({ location: ['Berlin'], updated: { before: '2026-09-27' } });
  });
});

describe('a school name joined by "of" is one school', () => {
  it('keeps "University of X" whole before grads/alumni', () => {
    expect(parse('Berlin candidates, excluding University of Michigan grads').filters).toEqual({ location: ['Berlin'], exclude: { school: ['University of Michigan'] } });
    expect(parse('Seattle people but no University of Washington alumni').filters).toEqual({ location: ['Seattle'], exclude: { school: ['University of Washington'] } });
  });
});
