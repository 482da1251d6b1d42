import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Session 19: the kinds nl-heldout29 found at its first run, in phrasings of our own: a comma list under an exclusion
 * cue that goes on after the first member's own cue word ("agency SUBMISSIONS, …") or after a member the parser could
 * not read ("those who showed up late, and …"); a stage named as reached and referred back to as not current ("but
 * not there anymore"); two departments under one role word ("Product or Design roles"); "nothing from X"; and
 * "exclusively" as a quantifier like "only".
 */
const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request.filters ?? {};
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('session 19: nl-heldout29 kinds', () => {
  it("a comma list goes on after the first member's own cue word", () => {
    expect(filters("Backend Engineer applicants, excluding agency submissions, Omar's candidates and anyone in Berlin")).toEqual({
      job: ['Backend Engineer'],
      exclude: { source: ['Agency'], recruiter: ['Omar Haddad'], location: ['Berlin'] },
    });
  });

  it('a comma list closed by "and" goes on past a member the parser could not read, which stays text', () => {
    const r = parse("everyone at onsite except those in Lisbon, the ones who showed up late, and Marcus's");
    expect(r.filters?.exclude).toMatchObject({ location: ['Lisbon'], recruiter: ['Marcus Johnson'] });
    expect(r.filters?.recruiter).toBeUndefined();
    expect(r.text).toMatch(/late/);
    // Not closed by "and"/"or" after the later member: no reach past the unread one, and never a guess.
    expect(filters('skip those in Lisbon, the ones who showed up late').exclude).toEqual({ location: ['Lisbon'] });
    // A segment that asks for something ("show me …") is a clause of its own, not a member.
    expect(filters("Python engineers excluding agency, show me Hannah's and Omar's candidates").exclude).toEqual({ source: ['Agency'] });
  });

  it('a reason in its own words, "took a job somewhere else", is a member', () => {
    expect(filters("reached onsite, except those in Berlin, those who landed a role elsewhere, and Sofia's")).toMatchObject({
      exclude: { location: ['Berlin'], rejectionReason: ['Accepted Another Offer'] },
    });
  });

  it('a stage reached, referred back to as not current, excludes the current stage', () => {
    expect(filters('people who made it to final round but are no longer at that stage')).toEqual({ stageReached: ['Final Round'], exclude: { stage: ['Final Round'] } });
    expect(filters('reached offer, though they are not in it right now, in London')).toEqual({ stageReached: ['Offer'], exclude: { stage: ['Offer'] }, location: ['London'] });
    expect(filters('got to case study except the ones still there')).toEqual({ stageReached: ['Case Study'], exclude: { stage: ['Case Study'] } });
    // With no stage before it, "not there anymore" is no stage reference.
    expect(filters('engineers not there anymore').exclude?.stage).toBeUndefined();
  });

  it('two departments under one role word are both the department filter', () => {
    expect(filters('Sales or Marketing roles in Berlin')).toEqual({ department: ['Sales', 'Marketing'], location: ['Berlin'] });
    expect(filters('Product or Design roles')).toEqual({ department: ['Product', 'Design'] });
  });

  it('"nothing from X" excludes X', () => {
    expect(filters('Sales roles, nothing from the Platform dept')).toEqual({ department: ['Sales'], exclude: { department: ['Platform'] } });
    expect(filters('nothing updated in the past 4 months')).toEqual({ updated: { before: '2026-07-27' } });
  });

  it('reasons and tags in the recruiter\'s own words', () => {
    expect(parse('Data Scientist applicants rejected because they wanted more money than we could pay')).toEqual({ filters: { job: ['Data Scientist'], rejectionReason: ['Compensation'] } });
    expect(filters("Design roles, anyone who'd need us to sponsor their visa")).toEqual({ department: ['Design'], tag: ['Needs Visa Sponsorship'] });
    expect(filters('London candidates, but not the ones we turned down because the role was already filled')).toEqual({ location: ['London'], exclude: { rejectionReason: ['Position Filled'] } });
    expect(filters('Controller applicants, but not the ones rejected because of where they are based')).toEqual({ job: ['Controller'], exclude: { rejectionReason: ['Location'] } });
    expect(filters('Data Scientist applicants who never gelled with our team culturally')).toEqual({ job: ['Data Scientist'], rejectionReason: ['Culture'] });
    // Without a reason cue, "where they live" is no reason.
    expect(filters('engineers who can work where they live').rejectionReason).toBeUndefined();
  });

  it('"exclusively" is a quantifier, not text', () => {
    expect(parse('exclusively referral candidates for Engineering roles')).toEqual({ filters: { source: ['Referral'], department: ['Engineering'] } });
  });
});
