import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Where a "not" binds (nl-heldout's three reversed meanings, generalised): to the field the user
 * names, to the recruiter who is the subject of a negated recruiting verb, and, inside a reason
 * clause, to nothing (the reason is what happened). Phrasings are invented here, not copied from a batch.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('a negated copula on a field named explicitly excludes on THAT field', () => {
  it('uses the named field, not the value\'s usual reading (job, department, reason)', () => {
    expect(parse('Security Engineer applicants whose job title is not Security Engineer').filters).toEqual({ job: ['Security Engineer'], exclude: { currentTitle: ['Security Engineer'] } });
    expect(parse('people whose title isn\'t Product Manager').filters).toEqual({ exclude: { currentTitle: ['Product Manager'] } });
    expect(parse('previous role wasn\'t Data Scientist').filters).toEqual({ exclude: { pastTitle: ['Data Scientist'] } });
    expect(parse('designers whose location is not Lisbon').filters).toEqual({ exclude: { location: ['Lisbon'] } });
  });

  it('reads open values (companies, schools) as written, and lists after the copula', () => {
    expect(parse('engineers whose employer isn\'t Initech').filters).toEqual({ exclude: { currentCompany: ['Initech'] } });
    expect(parse('grads whose university was not Carnegie Mellon').filters).toEqual({ exclude: { school: ['Carnegie Mellon'] } });
    expect(parse('anyone whose city isn\'t Austin or Denver').filters?.exclude).toEqual({ location: ['Austin', 'Denver'] });
    expect(parse('candidate owner is not Omar, rejected for timing').filters).toEqual({ rejectionReason: ['Timing'], exclude: { recruiter: ['Omar Haddad'] } });
  });

  it('keeps the positive copula positive and refuses a double negation', () => {
    expect(parse('people whose sourcing channel was LinkedIn').filters).toEqual({ source: ['LinkedIn'] });
    const double = parseNaturalLanguage("nobody whose school isn't Stanford", vocab, { now });
    expect(double.request.filters?.school).toBeUndefined();
    expect(double.request.filters?.exclude?.school).toBeUndefined();
    expect(double.notes.join(' ')).toMatch(/double negation/);
  });
});

describe('a recruiter who is the subject of a negated recruiting verb is the recruiter excluded', () => {
  it('reads the name before "didn\'t/never/has not" + verb, wherever the phrase stands', () => {
    expect(parse('backend folks Marcus never interviewed').filters).toEqual({ exclude: { recruiter: ['Marcus Johnson'] } });
    expect(parse("who has Hannah not phone screened yet for the Android Engineer role").filters).toEqual({ job: ['Android Engineer'], exclude: { recruiter: ['Hannah Schmidt'] } });
    expect(parse("applicants Sofia hasn't owned since March").filters?.exclude).toEqual({ recruiter: ['Sofia Alvarez'] });
    expect(parse("anyone Omar or Priya did not bring in").filters).toEqual({ exclude: { recruiter: ['Omar Haddad', 'Priya Raman'] } });
  });

  it('never lets the negation land on the verb\'s own words or on what follows the verb', () => {
    // "sourced" is also a source, "hire" a status, "screen" a stage, "Lisbon" a location: all stay out of it.
    expect(parse('people Jordan never sourced in Lisbon').filters).toEqual({ location: ['Lisbon'], exclude: { recruiter: ['Jordan Lee'] } });
    expect(parse("candidates Marcus didn't hire").filters).toEqual({ exclude: { recruiter: ['Marcus Johnson'] } });
    expect(parse("people Hannah didn't screen from LinkedIn").filters).toEqual({ source: ['LinkedIn'], exclude: { recruiter: ['Hannah Schmidt'] } });
  });
});

describe('a negation inside a reason clause binds to the reason, positively', () => {
  it('a negated outcome verb then its cause is the reason itself', () => {
    expect(parse("engineers who never signed since they got a counteroffer").filters).toEqual({ rejectionReason: ['Accepted Another Offer'] });
    expect(parse("folks who did not come on board as they were overqualified").filters).toEqual({ rejectionReason: ['Overqualified'] });
    expect(parse("people who wouldn't accept due to comp").filters).toEqual({ rejectionReason: ['Compensation'] });
  });

  it('a negated verdict after the reason ("the pay wasn\'t competitive") belongs to the reason and reaches nothing after it', () => {
    expect(parse("archived because the salary wasn't competitive for the Data Scientist role").filters).toEqual({ rejectionReason: ['Compensation'], job: ['Data Scientist'] });
    expect(parse('rejected since the timing did not work out, in Berlin').filters).toEqual({ rejectionReason: ['Timing'], location: ['Berlin'] });
  });

  it('still excludes after a negated rejection verb, or when the negation names people', () => {
    expect(parse("people we didn't lose because of relocation").filters).toEqual({ exclude: { rejectionReason: ['Location'] } });
    expect(parse('nurses, but not the ones we archived because of comp').filters?.exclude).toEqual({ rejectionReason: ['Compensation'] });
    expect(parse('nurses, but not the ones we archived because of comp').filters?.rejectionReason).toBeUndefined();
  });
});

describe('where a negation starts and stops (nl-heldout2 reversals, generalised)', () => {
  it('binds a pronoun object ("don\'t want those", "skip them") to the clause before it', () => {
    expect(parse('turned down for comp? skip them. Sales department').filters).toEqual({ department: ['Sales'], exclude: { rejectionReason: ['Compensation'] } });
    expect(parse('people in Lisbon or Dublin - do not want those').filters).toEqual({ exclude: { location: ['Lisbon', 'Dublin'] } });
  });

  it('lets a plain word after "without/minus/no" be the thing excluded, keeping later values positive', () => {
    expect(parse('backend devs without terraform in Austin')).toEqual({ text: 'backend devs', boolean: '-"terraform"', filters: { location: ['Austin'] } });
    expect(parse('minus flutter, from LinkedIn').filters).toEqual({ source: ['LinkedIn'] });
  });

  it('reads "said no" as an answer, so the reason after it stays positive', () => {
    expect(parse('designers who said no because of comp').filters).toEqual({ rejectionReason: ['Compensation'] });
  });

  it('gives a reason\'s tail ("X rejections") the reason\'s negation, adding no status', () => {
    expect(parse('skip the overqualified rejections').filters).toEqual({ exclude: { rejectionReason: ['Overqualified'] } });
  });
});
