import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/* Round 19 (issue 11): kinds of phrasing nl-heldout17–20 left as text, in phrasings of our own. */
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
const filters = (text: string) => parse(text).filters ?? {};

describe('round 19: phrasings read as filters', () => {
  it('an account skill written as its name before a people noun is a skill; a role noun or another kind of value is not', () => {
    expect(filters('Go folks in Lisbon').skill).toEqual(['Go']);
    expect(filters('Kubernetes candidates, skip the referrals')).toEqual({ skill: ['Kubernetes'], exclude: { source: ['Referral'] } });
    expect(filters('kafka folks').skill).toBeUndefined();
    expect(filters('Rust devs in Berlin').skill).toBeUndefined();
    expect(filters('no ex-Salesforce people').skill).toBeUndefined();
  });

  it('"require (a visa) sponsorship" names the tag, not a must-have word', () => {
    expect(parse('Toronto folks who require sponsorship')).toEqual({ filters: { location: ['Toronto'], tag: ['Needs Visa Sponsorship'] } });
    expect(parse("people who'll need a visa sponsor").filters?.tag).toEqual(['Needs Visa Sponsorship']);
    expect(parse('requires Terraform').boolean).toBe('"Terraform"');
  });

  it('degree holders ("master\'s grads") are the degree, and the school after "grads from" stays a school', () => {
    expect(parse("PhD grads for the Backend Engineer job")).toEqual({ filters: { degree: ['doctorate'], job: ['Backend Engineer'] } });
    expect(filters("bachelor's grads from UCLA")).toEqual({ degree: ['bachelor'], school: ['UCLA'] });
  });

  it('cue words of a value are not left as text: "during the X process", "marked <reason>", "left for another offer", "because it …"', () => {
    expect(parse('who went dark during the Android Engineer process')).toEqual({ filters: { rejectionReason: ['Unresponsive'], job: ['Android Engineer'] } });
    expect(parse('candidates marked unresponsive in Berlin')).toEqual({ filters: { rejectionReason: ['Unresponsive'], location: ['Berlin'] } });
    expect(parse('folks in Lisbon who left for another offer')).toEqual({ filters: { location: ['Lisbon'], rejectionReason: ['Accepted Another Offer'] } });
    expect(parse('applied back in 2024, Berlin').filters?.applied).toEqual({ after: '2024-01-01', before: '2025-01-01' });
    expect(parse('worked at Stripe in the past').text).toBeUndefined();
  });

  it('years: "between 3 & 5 yrs", and a negated lower bound is an upper bound ("not over 2 years")', () => {
    expect(filters('Go skills, between 3 & 5 yrs').yearsExperience).toEqual({ min: 3, max: 5 });
    expect(filters('Go skills, not over 2 years')).toEqual({ skill: ['Go'], yearsExperience: { max: 2 } });
    // With a verb of activity it stays a date bound.
    expect(filters('Go skills, not contacted in over 2 years').updated).toEqual({ before: '2024-11-27' });
  });
});

describe('round 19: lists and profile facts', () => {
  it('"know"/"can use" read an account skill of several words whole', () => {
    expect(filters('designers who know Design Systems').skill).toEqual(['Design Systems']);
    expect(filters('people who know React Native but not Swift')).toMatchObject({ skill: ['React Native'] });
    expect(filters('reps who can use Cold Calling and Salesforce').skill).toEqual(['Cold Calling', 'Salesforce']);
    // A skill the account writes in lower case is still read as written after the first one.
    expect(filters('analysts who know Spark or dbt').skill).toEqual(['Spark', 'dbt']);
  });

  it('an Oxford list of employers or account titles names every member', () => {
    expect(filters('excluding people currently at Stripe, Shopify or Square').exclude).toEqual({ currentCompany: ['Stripe', 'Shopify', 'Square'] });
    expect(filters("who aren't at Apple or Netflix today").exclude).toEqual({ currentCompany: ['Apple', 'Netflix'] });
    const [a, b] = vocab.titles;
    expect(filters(`nobody currently titled ${a} or ${b}`).exclude).toEqual({ currentTitle: [a, b] });
    // A member the account names otherwise ends the list; without a closing "or" a bare comma joins nothing.
    expect(filters('people currently at Stripe, Berlin').currentCompany).toEqual(['Stripe']);
  });

  it('"were at X once" is a past employer; a department named capitalised at a clause start before a role word is the department', () => {
    expect(filters('designers who were at Airbnb once').pastCompany).toEqual(['Airbnb']);
    expect(filters('was once at Shopify').pastCompany).toEqual(['Shopify']);
    expect(filters('People roles, anyone in Berlin')).toEqual({ department: ['People'], location: ['Berlin'] });
    expect(filters('people roles in Berlin').department).toBeUndefined();
  });
});

describe('round 19: never reversed', () => {
  it('removal words: "forget" at a clause start, postposed "removed" after "with the …", "opening not included"', () => {
    expect(filters('Berlin, forget anyone who came via LinkedIn')).toEqual({ location: ['Berlin'], exclude: { source: ['LinkedIn'] } });
    expect(filters('Go skills — forget the Maya and Jordan candidates').exclude).toEqual({ recruiter: ['Maya Patel', 'Jordan Lee'] });
    expect(filters('Backend Engineer applicants, with the referral ones removed')).toEqual({ job: ['Backend Engineer'], exclude: { source: ['Referral'] } });
    expect(filters('Engineering dept, Android Engineer opening not included').exclude).toEqual({ job: ['Android Engineer'] });
    // "don't forget X" is no removal; "forget" is a word that may say "not", so X is refused, never excluded.
    const kept = filters("don't forget the referrals");
    expect(kept.exclude).toBeUndefined();
    expect(kept.source).toBeUndefined();
  });

  it('a removal verb\'s later member with its own positive predicate stays positive', () => {
    expect(filters('drop Lisbon and anybody applied to Backend Engineer is fine')).toEqual({ exclude: { location: ['Lisbon'] }, job: ['Backend Engineer'] });
    expect(parse('remove Toronto and anyone in Berlin is fine')).toEqual({ filters: { exclude: { location: ['Toronto'] }, location: ['Berlin'] } });
    expect(filters('remove Toronto and anyone in Berlin').exclude).toEqual({ location: ['Toronto', 'Berlin'] });
  });

  it('a bracketed aside opening with a lower-case negation is a clause, not a Boolean group', () => {
    expect(parse('Go skills (not in Berlin)')).toEqual({ filters: { skill: ['Go'], exclude: { location: ['Berlin'] } } });
    expect(parse('python AND (django OR flask)').boolean).toBe('python AND (django OR flask)');
    expect(parse('(NOT java) in Berlin').boolean).toBe('(NOT java)');
  });
});
