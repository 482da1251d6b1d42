import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/* Round 19 (nlfix20): kinds found by the blind batches nl-heldout21 (lower-case Slack) and nl-heldout22 (full sentences). */
const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('"non-" glued to a value negates that value alone', () => {
  it('excludes the hyphenated value and keeps the rest of the noun phrase positive (h21-083, h21-165)', () => {
    expect(parse('non-remote data scientist applicants').filters).toEqual({ exclude: { location: ['Remote'] }, job: ['Data Scientist'] });
    expect(parse('non-agency security engineer applicants').filters).toEqual({ exclude: { source: ['Agency'] }, job: ['Security Engineer'] });
    expect(parse('non-referral Berlin folks').filters).toEqual({ exclude: { source: ['Referral'] }, location: ['Berlin'] });
  });

  it('still refuses "non" written apart before a noun phrase of two values (exclude cannot say "not (A and B)")', () => {
    const filters = parse('non referral data scientist applicants').filters ?? {};
    expect(filters.exclude).toBeUndefined();
    expect(filters.source).toBeUndefined();
  });
});

describe('lower-case employers in a list after a cue', () => {
  it('keeps every lower-case name of an "or" list in the negation (h21-159)', () => {
    expect(parse('backend engineers, not currently at stripe or square').filters).toEqual({ exclude: { currentCompany: ['stripe', 'square'] } });
    expect(parse('never worked at stripe or square').filters).toEqual({ exclude: { pastCompany: ['stripe', 'square'] } });
  });

  it('never takes an ordinary word after "or" as a name', () => {
    expect(parse('people currently at stripe or similar').filters).toEqual({ currentCompany: ['stripe'] });
  });
});

describe('a negated list of members each opened by a people word', () => {
  it('keeps the negation for every member, and "and leave X\'s candidates out" removes X (h22-120)', () => {
    expect(parse("Could you pull candidates for Platform roles in Seattle, but not those rejected for a lack of skills or those from agencies, and leave Omar's candidates out?").filters).toEqual({
      department: ['Platform'],
      location: ['Seattle'],
      exclude: { rejectionReason: ['Lacks Skills/Qualifications'], source: ['Agency'], recruiter: ['Omar Haddad'] },
    });
    expect(parse('not those from agencies or those in Berlin').filters).toEqual({ exclude: { source: ['Agency'], location: ['Berlin'] } });
    expect(parse('except anyone in Berlin or anyone Omar recruited').filters).toEqual({ exclude: { location: ['Berlin'], recruiter: ['Omar Haddad'] } });
  });

  it('reads "people" after a department list as the next member\'s people word, not the People department', () => {
    expect(parse('skip people in the Product department and people from Agency').filters).toEqual({ exclude: { department: ['Product'], source: ['Agency'] } });
    // "People roles" is still the department.
    expect(parse('Remote, exclude Customer Success and People roles').filters).toEqual({ location: ['Remote'], exclude: { department: ['Customer Success', 'People'] } });
  });

  it('never leaves a member after "or anyone <its own cue>" positive', () => {
    const filters = parse('nobody from Company Website or anyone applied to Senior Financial Analyst').filters ?? {};
    expect(filters.job).toBeUndefined();
  });
});

describe('more round-19 kinds', () => {
  it('reads "<field> is neither A nor B" as excluding both on that field (h22-140)', () => {
    expect(parse('Boomerang candidates whose application status is neither Archived nor Hired.').filters).toEqual({ tag: ['Boomerang'], exclude: { applicationStatus: ['Archived', 'Hired'] } });
    expect(parse('people whose location is neither Berlin nor Munich').filters).toEqual({ exclude: { location: ['Berlin', 'Munich'] } });
  });

  it('reads "are at <company> now" as the current employer, and an account value there as itself (h22-042)', () => {
    expect(parse('candidates who once worked at Google and are at Stripe now.').filters).toEqual({ pastCompany: ['Google'], currentCompany: ['Stripe'] });
    expect(parse('people who are at Onsite now').filters).toEqual({ stage: ['Onsite'] });
    expect(parse("who aren't at Stripe now").filters).toEqual({ exclude: { currentCompany: ['Stripe'] } });
  });
});
