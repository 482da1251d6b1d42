import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/* Round 21 (issue 11): the kinds nl-heldout23–26 left, in phrasings of our own (never the batches' own sentences). */
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
const filters = (text: string) => parse(text).filters ?? {};

describe('round 21: negations read as exclusions', () => {
  it('a capital NOT with no AND/OR beside it is a "not" in words; with an operator it stays Boolean', () => {
    expect(filters('Product Designer applicants NOT Berlin')).toEqual({ job: ['Product Designer'], exclude: { location: ['Berlin'] } });
    expect(filters('Kafka skills, NOT Referral, NOT LinkedIn')).toEqual({ skill: ['Kafka'], exclude: { source: ['Referral', 'LinkedIn'] } });
    expect(parse('scala OR kotlin NOT java').boolean).toBe('scala OR kotlin NOT java');
    expect(parse('python NOT java').boolean).toBe('NOT java');
  });

  it('"no <skill the account knows>" excludes the skill; "without <skill>" stays a keyword exclusion', () => {
    expect(parse('Android devs - no Kotlin')).toEqual({ filters: { exclude: { skill: ['Kotlin'] } }, text: 'Android devs' });
    expect(parse('Android devs without Kotlin').boolean).toBe('-"Kotlin"');
    expect(parse('Android devs, no Flutterish').boolean).toBe('-"Flutterish"');
  });

  it('"no <name> grads/alumni" in lower case excludes that school', () => {
    expect(filters('seattle engineers, no yale alumni')).toEqual({ location: ['Seattle'], exclude: { school: ['Yale'] } });
    expect(filters('analysts excluding princeton grads').exclude).toEqual({ school: ['Princeton'] });
  });

  it('a one-sided years bound under a removal verb is the other side of the same number; a range is refused', () => {
    expect(filters('Data Scientist applicants, drop anyone with more than 15 years')).toEqual({ job: ['Data Scientist'], yearsExperience: { max: 15 } });
    expect(filters('engineers, leave out anybody with fewer than 2 years').yearsExperience).toEqual({ min: 2 });
    expect(filters('nobody with 3 to 5 years').yearsExperience).toBeUndefined();
  });

  it('an excluded application date with one bound is its other bound', () => {
    expect(filters('Controller applicants, but skip whoever applied after September 15').applied).toEqual({ before: '2026-09-15' });
    expect(filters('Berlin people who have not applied to anything since March 2026').applied).toEqual({ before: '2026-03-01' });
  });

  it('the stage noun before a negation names the current stage; "reached" before it keeps the stage reached', () => {
    expect(filters('Data Scientist pipeline, current stage anything but Offer').exclude).toEqual({ stage: ['Offer'] });
    expect(filters('every stage other than Recruiter Screen').exclude).toEqual({ stage: ['Recruiter Screen'] });
    expect(filters('reached any stage except Offer').exclude).toEqual({ stageReached: ['Offer'] });
  });

  it('a rejection verb that introduced an excluded reason adds no status', () => {
    expect(filters('folks rejected from the Data Scientist req, just not for timing')).toEqual({ job: ['Data Scientist'], exclude: { rejectionReason: ['Timing'] } });
    expect(filters('rejected candidates').applicationStatus).toEqual(['Archived']);
  });

  it('a people noun between a stage and "right now" keeps the current stage', () => {
    expect(filters("Priya's final round people right now")).toEqual({ recruiter: ['Priya Raman'], stage: ['Final Round'] });
  });
});

describe('round 21: shapes that used to keep a value positive', () => {
  it.each([
    ['Data Scientist applicants, disregard the Berlin ones', 'berlin'],
    ['overlook agency people', 'agency'],
    ['Data Scientist applicants; bin the referrals', 'referral'],
    ['Data Scientist applicants w/out Boston', 'boston'],
    ['Data Scientist applicants ex. Boston', 'boston'],
    ['Data Scientist applicants, not incl. Boston', 'boston'],
    ['Data Scientist applicants, Boston-free', 'boston'],
    ['Backend Engineer applicants, untagged as boomerang', 'boomerang'],
    ['Data Scientist applicants vs the Berlin ones', 'berlin'],
    ['say no to agency people', 'agency'],
  ])('%s', (request, value) => {
    const f = filters(request);
    const positive = Object.entries(f)
      .filter(([k]) => k !== 'exclude')
      .flatMap(([, v]) => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : []));
    expect(positive).not.toContain(value);
  });
});
