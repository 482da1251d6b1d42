import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * nl-heldout23's two reversed meanings on round 19 (session 17), as kinds, in phrasings of our own: "+" joins the members
 * of a list like "and" ("excluding A + B" kept B positive), and "put aside" / "lay aside" remove like "set aside"
 * ("putting aside the X dept and anyone from an agency" kept the source positive).
 */
const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request.filters ?? {};

describe('"+" lists and "put aside"', () => {
  it('"+" joins the members of a list, positive or excluded', () => {
    expect(filters('Berlin + Munich candidates, not Agency + Referral')).toEqual({ location: ['Berlin', 'Munich'], exclude: { source: ['Agency', 'Referral'] } });
    expect(filters('Backend Engineer applicants except Berlin + Remote')).toEqual({ job: ['Backend Engineer'], exclude: { location: ['Berlin', 'Remote'] } });
  });

  it('"put aside" and "lay aside" remove, in any form', () => {
    expect(filters('Lisbon candidates, put aside the referrals')).toEqual({ location: ['Lisbon'], exclude: { source: ['Referral'] } });
    expect(filters('Design roles, laying aside the agency people and anyone in Berlin')).toEqual({ department: ['Design'], exclude: { source: ['Agency'], location: ['Berlin'] } });
  });

  it('a people word after the first member ("the agency PEOPLE and anyone in X") does not end the excluded list', () => {
    // The People department's name read as a value broke the chain, so the later member came out positive.
    for (const cue of ['excluding', 'setting aside', 'minus', 'skip']) {
      for (const location of vocab.locations) {
        const f = filters(`Design roles, ${cue} the agency people and anyone in ${location}`);
        expect(f.location ?? [], `${cue} … ${location}`).not.toContain(location);
        expect(f.exclude?.source, `${cue} … ${location}`).toEqual(['Agency']);
      }
    }
  });
});
