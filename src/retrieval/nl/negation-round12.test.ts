import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 12: the safety net's new general rules and the development misses' rules, each tested on
 * phrasings invented here, not on the eval sets' own requests.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parseAll = (text: string) => parseNaturalLanguage(text, vocab, { now });
const parse = (text: string) => parseAll(text).request;

describe('the safety net: a negation the parser cannot bind refuses, and says so', () => {
  it('an adverb after "no" ("no longer", "no reason to") is no object of the cue: the value after it is excluded', () => {
    expect(parse('Python engineers, no longer based in Berlin').filters?.location).toBeUndefined();
    expect(parse("Go engineers, there's no reason to show referrals").filters).toEqual({ exclude: { source: ['Referral'] } });
  });

  it('a split particle ("keep X off", "take X away") removes what it encloses', () => {
    expect(parse('Design dept, keep the agency folks off').filters).toEqual({ department: ['Design'], exclude: { source: ['Agency'] } });
    expect(parse('Sales roles, take the Austin people away').filters).toEqual({ department: ['Sales'], exclude: { location: ['Austin'] } });
  });

  it('a negator alone at the end of its clause points back, and the user sees a plain-words note', () => {
    const p = parseAll('Python engineers, Toronto folks - nope');
    expect(p.request.filters?.location).toBeUndefined();
    // Round 17: "out" closing a clause that names nothing but values excludes them ("Berlin out" binds).
    const q = parseAll('Berlin out, Python engineers');
    expect(q.request.filters?.location).toBeUndefined();
    expect(q.request.filters?.exclude?.location).toEqual(['Berlin']);
    // Anything else in that clause leaves it refused, with the plain-words note.
    const r = parseAll('Berlin engineers with Python out, Go skills');
    expect(r.request.filters?.location).toBeUndefined();
    expect(r.notes.join(' ')).toMatch(/Not understood whether "Berlin" is negated/);
  });

  it('new words of the broad list refuse rather than filter ("hardly", "zero", "free of")', () => {
    for (const r of ['engineers, hardly want referrals', 'engineers, zero agency people', 'engineers free of Timing rejections']) {
      const f = parse(r).filters ?? {};
      expect(f.source ?? f.rejectionReason, r).toBeUndefined();
    }
  });

  it('a longer phrase around a cue the parser bound is not refused again ("not interested in")', () => {
    expect(parse('Data & ML dept, not interested in referral candidates').filters).toEqual({ department: ['Data & ML'], exclude: { source: ['Referral'] } });
  });
});

describe('general rules for the development misses', () => {
  it('a title referred back to with a negation excludes it as the current title', () => {
    expect(parse('folks who used to be a Staff Accountant but are not working as one now').filters?.exclude).toEqual({ currentTitle: ['Staff Accountant'] });
    expect(parse('previously a Registered Nurse but not one anymore').filters).toEqual({ pastTitle: ['Registered Nurse'], exclude: { currentTitle: ['Registered Nurse'] } });
  });

  it('"whose degree is high school" names the degree', () => {
    expect(parse('Nurse Practitioner job, drop anyone whose highest degree is high school').filters).toEqual({ job: ['Nurse Practitioner'], exclude: { degree: ['high school'] } });
  });

  it('a department name with a usual short form ("Clinical Ops") is the department', () => {
    expect(parse('Clinical Ops applicants in Boston').filters).toEqual({ department: ['Clinical Operations'], location: ['Boston'] });
  });

  it('"employed by" and "at X today" name employers', () => {
    expect(parse('currently employed by Stripe').filters).toEqual({ currentCompany: ['Stripe'] });
    expect(parse('people who have never been employed by Meta').filters).toEqual({ exclude: { pastCompany: ['Meta'] } });
    expect(parse('ex-Google folks who are not at Google anymore').filters?.exclude).toEqual({ currentCompany: ['Google'] });
  });

  it('limits said as a cap or a maximum', () => {
    expect(parse('Go skills, capped at 12').limit).toBe(12);
    expect(parse('referrals in Austin, 20 tops').limit).toBe(20);
  });

  it('"besides" after a quantifier is "except"; elsewhere it is refused', () => {
    expect(parse('all Product Designer applicants besides referrals').filters).toEqual({ job: ['Product Designer'], exclude: { source: ['Referral'] } });
    expect(parse('besides referrals, Product Designer applicants').filters?.source).toBeUndefined();
  });

  it('"not before <date>" flips the bound for any date key; since round 21 a negated verb with one bound does too', () => {
    expect(parse('applied to the Product Designer job, not after March').filters?.applied).toEqual({ before: '2026-04-01' });
    // Round 21: "didn't apply after March" / "haven't applied since" read as the other bound, as every batch labels them.
    expect(parse("Product Designer applicants who didn't apply after March").filters?.applied).toEqual({ before: '2026-04-01' });
    expect(parse("Product Designer applicants who didn't apply in March").filters?.applied).toBeUndefined();
  });

  it('a salary the team could not match is the Compensation reason', () => {
    expect(parse("Account Executive job, the salary ask we weren't able to match").filters).toEqual({ job: ['Account Executive'], rejectionReason: ['Compensation'] });
  });
});
