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
