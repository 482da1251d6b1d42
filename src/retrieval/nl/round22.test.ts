import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/* Round 22 (issue 11): the kinds nl-heldout28 and round 21 left, in phrasings of our own (never the batch's own sentences). */
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
const filters = (text: string) => parse(text).filters ?? {};

describe('round 22: fields named after or around their value', () => {
  it('"<stage> as their current stage" is the current stage, never a stage reached', () => {
    expect(filters('Backend Engineer applicants who have the onsite as their current stage')).toEqual({ job: ['Backend Engineer'], stage: ['Onsite'] });
    expect(filters('people with the final round as their current stage').stageReached).toBeUndefined();
  });

  it('a time word between a field and its copula changes nothing', () => {
    expect(filters('anyone whose title right now is not Product Designer')).toEqual({ exclude: { currentTitle: ['Product Designer'] } });
    expect(filters('Figma people whose job title currently isn\'t UX Designer').exclude).toEqual({ currentTitle: ['UX Designer'] });
  });

  it('"something other than <title>" excludes the current title', () => {
    expect(filters('designers whose title is something other than Product Designer').exclude).toEqual({ currentTitle: ['Product Designer'] });
    expect(filters('engineers working as something other than a Product Designer in Berlin')).toEqual({ location: ['Berlin'], exclude: { currentTitle: ['Product Designer'] } });
  });

  it('"working somewhere other than <company>" excludes the current employer; "worked" a past one', () => {
    expect(filters('sales folks now working somewhere other than Oracle')).toEqual({ exclude: { currentCompany: ['Oracle'] } });
    expect(filters('anyone who worked anywhere but Google or Meta')).toEqual({ exclude: { pastCompany: ['Google', 'Meta'] } });
    expect(parse('sales folks now working somewhere other than Oracle').boolean).toBeUndefined();
  });
});

describe('round 22: past titles', () => {
  it('"was a <title> at some point" is a past title', () => {
    expect(filters('someone who was a Financial Analyst at one point')).toEqual({ pastTitle: ['Financial Analyst'] });
    expect(filters('people who were Product Designers in the past').pastTitle).toEqual(['Product Designer']);
  });

  it('"were never <titles>" excludes the past title, never a department its first word names', () => {
    expect(filters('Backend Engineer applicants who were never Product Designers')).toEqual({ job: ['Backend Engineer'], exclude: { pastTitle: ['Product Designer'] } });
  });
});

describe('round 22: reasons and tags said from the team side', () => {
  it('"we had already filled the spot" is Position Filled', () => {
    expect(parse('Data Scientist applicants we lost because we had already filled the spot')).toEqual({ filters: { job: ['Data Scientist'], rejectionReason: ['Position Filled'] } });
  });

  it('"those we would need to sponsor" is the visa tag, and a contrast word before it excludes it', () => {
    expect(filters('Design applicants except the ones we would need to sponsor for a visa')).toEqual({ department: ['Design'], exclude: { tag: ['Needs Visa Sponsorship'] } });
    expect(filters('people we must sponsor').tag).toEqual(['Needs Visa Sponsorship']);
  });

  it('"we didn\'t source" excludes the Sourced channel', () => {
    expect(parse('Berlin designers we didn\'t source')).toEqual({ filters: { location: ['Berlin'], exclude: { source: ['Sourced'] } }, text: 'designers' });
    expect(filters('folks the team never sourced').exclude).toEqual({ source: ['Sourced'] });
  });
});

describe('round 22: negation scope', () => {
  it('"not <skill>" before another phrase excludes the skill and leaves the later value positive', () => {
    expect(filters('python NOT Kotlin in Berlin')).toEqual({ location: ['Berlin'], exclude: { skill: ['Kotlin'] } });
    expect(filters('go devs, not Java, located in Boston')).toEqual({ location: ['Boston'], exclude: { skill: ['Java'] } });
  });

  it('"never used <Skill>" excludes the skill', () => {
    expect(filters('Android people who have never used Kotlin')).toEqual({ exclude: { skill: ['Kotlin'] } });
    expect(filters('backend devs who haven\'t worked with Django in Berlin')).toEqual({ location: ['Berlin'], exclude: { skill: ['Django'] } });
  });

  it('"not those with over N years" is a years bound, never an activity date', () => {
    expect(filters('data people, but not the ones with over 6 years')).toEqual({ yearsExperience: { max: 6 } });
    expect(filters('nobody with over 10 years of experience').updated).toBeUndefined();
    expect(filters('candidates not touched in over 2 years').updated).toEqual({ before: '2024-11-27' });
  });

  it('"all but those rejected as/for <reason>" excludes the reason', () => {
    expect(filters('Controller applicants, all but those rejected as underqualified')).toEqual({ job: ['Controller'], exclude: { rejectionReason: ['Lacks Skills/Qualifications'] } });
    expect(filters('everything but the ones rejected for timing').exclude).toEqual({ rejectionReason: ['Timing'] });
  });

  it('"no thanks to <recruiter>" (despite them) is refused, never a positive recruiter', () => {
    const f = filters('we hired a designer, no thanks to Omar\'s pipeline');
    expect(f.recruiter).toBeUndefined();
  });
});

describe('round 22: words left over', () => {
  it.each([
    ['anyone in the Design dept who holds a master\'s', 'holds'],
    ['Kafka skills, as long as they are not in Berlin', 'long'],
    ['Go skills, providing that they never withdrew', 'providing'],
    ['whose stage is Onsite today', 'today'],
  ])('%s leaves no "%s"', (request, word) => {
    expect(parse(request).text ?? '').not.toContain(word);
  });

  it('an occupational noun after a count is the search text, not the count\'s people word', () => {
    expect(parse('show 5 engineers proficient in Kotlin')).toEqual({ filters: { skill: ['Kotlin'] }, text: 'engineers', limit: 5 });
  });
});
