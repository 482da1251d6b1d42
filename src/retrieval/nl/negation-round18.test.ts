import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/* Round 18 (issue 11): the reversed meanings of nl-heldout18/17, in phrasings of our own. */
const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request.filters ?? {};

describe('round 18: never reversed', () => {
  it('a later member introduced by a people word after "and"/"plus" is the exclusion cue\'s object', () => {
    expect(filters('designers, except the Backend Engineer applicants and anyone in Lisbon').exclude).toEqual({ job: ['Backend Engineer'], location: ['Lisbon'] });
    expect(filters('drop Dublin and anybody who came via LinkedIn').exclude).toEqual({ location: ['Dublin'], source: ['LinkedIn'] });
    expect(filters('ditch everyone Jordan owns and the referral people').exclude).toEqual({ recruiter: ['Jordan Lee'], source: ['Referral'] });
    expect(filters('excluding folks in Warsaw plus everyone at the offer stage').exclude).toEqual({ location: ['Warsaw'], stage: ['Offer'] });
    // Its own positive predicate keeps it positive; a cue that takes no object refuses it.
    expect(filters('no agency people and anyone in Berlin is fine').location).toEqual(['Berlin']);
    expect(filters('not from agencies and anyone in Warsaw').location).toBeUndefined();
  });

  it('removal verbs: hold back, sift out, count out, keep away from', () => {
    expect(filters('hold back anyone from career fairs').exclude).toEqual({ source: ['Career Fair'] });
    expect(filters('sift out anyone in Toronto').exclude).toEqual({ location: ['Toronto'] });
    expect(filters('count out anyone Maya recruited').exclude).toEqual({ recruiter: ['Maya Patel'] });
    expect(filters('keep away from anyone tagged Do Not Contact').exclude).toEqual({ tag: ['Do Not Contact'] });
  });

  it('a value that is the subject of a negated verb in a relative clause is excluded', () => {
    expect(filters("the Backend Engineer req that an agency didn't submit")).toEqual({ job: ['Backend Engineer'], exclude: { source: ['Agency'] } });
    expect(filters("people that LinkedIn didn't send us").exclude).toEqual({ source: ['LinkedIn'] });
  });
});
