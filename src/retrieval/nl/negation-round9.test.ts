import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 9 (the misses of nl-heldout8, generalised): each rule is tested on phrasings invented
 * here, not on the batch's own requests.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('everyday removal verbs at a clause start exclude their object', () => {
  it('reads ditch, scrap, nix, strike, cross off, take out, get rid of as exclusions', () => {
    expect(parse('designers - ditch the agency ones').filters).toEqual({ exclude: { source: ['Agency'] } });
    expect(parse('scrap anyone in Berlin').filters).toEqual({ exclude: { location: ['Berlin'] } });
    expect(parse('Seattle people; nix referrals').filters).toEqual({ location: ['Seattle'], exclude: { source: ['Referral'] } });
    expect(parse('cross off anyone from LinkedIn').filters).toEqual({ exclude: { source: ['LinkedIn'] } });
    expect(parse('engineers, get rid of the Sales folks').filters?.department).toBeUndefined();
    expect(parse('engineers, take out the ones tagged boomerang').filters).toEqual({ exclude: { tag: ['Boomerang'] } });
  });

  it('never makes a value positive where the verb is an ordinary word (the guard refuses instead)', () => {
    expect(parse('who made the cut for onsite').filters?.stageReached ?? []).not.toContain('Onsite');
    expect(parse('candidates we cut for comp').filters).toEqual({ rejectionReason: ['Compensation'] });
  });
});
