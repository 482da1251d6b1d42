import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('where a list of employers or skills ends', () => {
  it('an employer before a bare comma is not an open skill of the list after it', () => {
    expect(parse('designers who used to work at Airbnb, Figma skills').filters).toEqual({ pastCompany: ['Airbnb'], skill: ['Figma'] });
    expect(parse('used to work at Shopify, Python skills').filters).toEqual({ pastCompany: ['Shopify'], skill: ['Python'] });
    // Joined by "or", two skills stay one list.
    expect(parse('React or Vue skills').filters).toEqual({ skill: ['React', 'Vue'] });
  });

  it('"<skill> expertise" names the skill', () => {
    expect(parse('Kafka expertise, Berlin').filters).toEqual({ skill: ['Kafka'], location: ['Berlin'] });
    expect(parse('Terraform expertise').filters).toEqual({ skill: ['Terraform'] });
  });

  it('a negated employer list stops before a skill phrase', () => {
    expect(parse('never worked at Oracle, Java skills').filters).toEqual({ skill: ['Java'], exclude: { pastCompany: ['Oracle'] } });
    expect(parse("didn't work at Amazon, Go skills").filters).toEqual({ skill: ['Go'], exclude: { pastCompany: ['Amazon'] } });
    expect(parse('never worked at Amazon, Meta or Google').filters).toEqual({ exclude: { pastCompany: ['Amazon', 'Meta', 'Google'] } });
  });
});

describe('employers and titles said together', () => {
  it('the employer of a current title is the current company, negated by its own cue', () => {
    expect(parse('currently working as a Staff Accountant at Deloitte').filters).toEqual({ currentTitle: ['Staff Accountant'], currentCompany: ['Deloitte'] });
    expect(parse('now a Product Designer at Figma').filters).toEqual({ currentTitle: ['Product Designer'], currentCompany: ['Figma'] });
    expect(parse('currently a Senior Software Engineer, but not at Stripe').filters).toEqual({ currentTitle: ['Senior Software Engineer'], exclude: { currentCompany: ['Stripe'] } });
    expect(parse('currently a Staff Accountant but not at Deloitte or KPMG').filters).toEqual({ currentTitle: ['Staff Accountant'], exclude: { currentCompany: ['Deloitte', 'KPMG'] } });
  });

  it('a title in the plural in the work history is a past title, not a company', () => {
    expect(parse('no Recruiting Coordinators in their work history').filters).toEqual({ exclude: { pastTitle: ['Recruiting Coordinator'] } });
    expect(parse('Marketing Directors in their work history').filters).toEqual({ pastTitle: ['Marketing Director'] });
  });

  it('"<field> anything but X or Y" excludes the whole list on that field', () => {
    expect(parse('application status anything but Hired or Lead').filters).toEqual({ exclude: { applicationStatus: ['Hired', 'Lead'] } });
    expect(parse('current title is anything other than Product Manager').filters).toEqual({ exclude: { currentTitle: ['Product Manager'] } });
  });
});

describe('clear double negations', () => {
  it('an article before the refused people changes nothing ("skip the ones who never …")', () => {
    expect(parse('skip the ones who never made it to onsite').filters).toEqual({ stageReached: ['Onsite'] });
    expect(parse("drop all the people who weren't referrals").filters).toEqual({ source: ['Referral'] });
    // One negation only: still an exclusion.
    expect(parse('skip the ones from LinkedIn').filters).toEqual({ exclude: { source: ['LinkedIn'] } });
  });

  it('"no one with a <field> other than X" is "whose", for a field every application has', () => {
    expect(parse('no one with an application status other than Active').filters).toEqual({ applicationStatus: ['Active'] });
    // A school may be missing, so "not (school ≠ MIT)" is not "school = MIT": refused, never guessed.
    expect(parse('no one with a school other than MIT').filters).toEqual({});
  });
});

describe('tag paraphrases', () => {
  it('reads a tag from its paraphrase, and "<tag> tagged" as the tag', () => {
    expect(parse('open source contributors in Munich').filters).toEqual({ tag: ['Open Source'], location: ['Munich'] });
    expect(parse('people who interned here, Platform dept').filters).toEqual({ tag: ['Former Intern'], department: ['Platform'] });
    expect(parse('Top Talent tagged people in Berlin').filters).toEqual({ tag: ['Top Talent'], location: ['Berlin'] });
    expect(parse('excluding open source contributors').filters).toEqual({ exclude: { tag: ['Open Source'] } });
  });
});

describe('receiving an offer is reaching the Offer stage', () => {
  it('"got/received an offer" reached Offer; negated, it excludes that stage', () => {
    expect(parse('people who received an offer').filters).toEqual({ stageReached: ['Offer'] });
    expect(parse('Berlin folks who got an offer').filters).toEqual({ location: ['Berlin'], stageReached: ['Offer'] });
    expect(parse("people who didn't get an offer").filters).toEqual({ exclude: { stageReached: ['Offer'] } });
    expect(parse('asked for too much money').filters).toEqual({ rejectionReason: ['Compensation'] });
    // A reason clause keeps its own "not": the offer never comes back positive.
    expect(parse('never got an offer because they were overqualified').filters).toEqual({ rejectionReason: ['Overqualified'] });
  });
});
