import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 9 (the misses of nl-heldout8, generalised): each rule is tested on phrasings invented
 * here, not on the batch's own requests.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('everyday removal verbs at a clause start exclude their object', () => {
  it('reads ditch, scrap, nix, strike, cross off, take out, get rid of as exclusions', () => {
    expect(parse('designers - ditch the agency ones').filters).toEqual({ exclude: { source: ['Agency'] } });
    expect(parse('scrap anyone in Berlin').filters).toEqual({ exclude: { location: ['Berlin'] } });
    expect(parse('Seattle people; nix referrals').filters).toEqual({ location: ['Seattle'], exclude: { source: ['Referral'] } });
    expect(parse('cross off anyone from LinkedIn').filters).toEqual({ exclude: { source: ['LinkedIn'] } });
    expect(parse('engineers, get rid of the Sales folks').filters?.department).toBeUndefined();
    expect(parse('engineers, take out the ones tagged boomerang').filters).toEqual({ exclude: { tag: ['Boomerang'] } });
  });

  it('never makes a value positive where the verb is an ordinary word (the guard refuses instead)', () => {
    expect(parse('who made the cut for onsite').filters?.stageReached ?? []).not.toContain('Onsite');
    expect(parse('candidates we cut for comp').filters).toEqual({ rejectionReason: ['Compensation'] });
  });
});

describe('every member of a list after a negation carries it or is refused', () => {
  it('reads a list of schools before "alumni"/"grads" as one school list, excluded together', () => {
    expect(parse('no Stanford and MIT grads').filters).toEqual({ exclude: { school: ['Stanford', 'MIT'] } });
    expect(parse('Python skills, except Yale, Princeton or Cornell alumni').filters).toEqual({ skill: ['Python'], exclude: { school: ['Yale', 'Princeton', 'Cornell'] } });
    expect(parse('MIT, CMU or Stanford grads').filters).toEqual({ school: ['MIT', 'CMU', 'Stanford'] });
  });

  it('never keeps a value positive after a cue whose first object is a plain word', () => {
    for (const request of ['without Kafka and Berlin', 'minus figma or the Sales dept', 'excluding Rust and Waterloo alumni']) {
      const filters = parse(request).filters ?? {};
      expect(Object.keys(filters).filter((k) => k !== 'exclude')).toEqual([]);
    }
  });
});

describe('a reason clause keeps its own negation off the job it names', () => {
  it('"couldn\'t afford" is the Compensation reason, the job stays positive', () => {
    expect(parse('people we could not afford for the Controller job').filters).toEqual({ rejectionReason: ['Compensation'], job: ['Controller'] });
    expect(parse("candidates we just can't afford").filters).toEqual({ rejectionReason: ['Compensation'] });
  });

  it('"didn\'t get the X job because <reason>": the job and the reason are positive; without a cause it is refused', () => {
    expect(parse('never landed the Controller role because of timing').filters).toEqual({ job: ['Controller'], rejectionReason: ['Timing'] });
    expect(parse("didn't get the Backend Engineer role since they went elsewhere").filters).toEqual({ job: ['Backend Engineer'], rejectionReason: expect.any(Array) });
    const alone = parseNaturalLanguage("didn't get the Backend Engineer job", vocab, { now });
    expect(alone.request.filters?.job).toBeUndefined();
    expect(alone.request.filters?.exclude).toBeUndefined();
  });
});

describe('other round-9 rules', () => {
  it('"not counting" takes a list object; "any <dimension> besides" means except', () => {
    expect(parse('Berlin, not counting Design or Sales roles').filters).toEqual({ location: ['Berlin'], exclude: { department: ['Design', 'Sales'] } });
    expect(parse('engineers from any channel besides LinkedIn').filters).toEqual({ exclude: { source: ['LinkedIn'] } });
  });

  it('corrects "nto" to "not"; reads "turned away" as a rejection verb', () => {
    expect(parse('designers nto in Berlin').filters).toEqual({ exclude: { location: ['Berlin'] } });
    expect(parse('people turned away over comp').filters).toEqual({ rejectionReason: ['Compensation'] });
  });

  it('drops a "boolean:" label before a Boolean query, "holders" after a degree, "-wise" after a reason', () => {
    expect(parse('bool query: kafka AND (spark OR flink)')).toMatchObject({ boolean: 'kafka AND (spark OR flink)' });
    expect(parse('bool query: kafka AND (spark OR flink)').text).toBeUndefined();
    expect(parse('PhD holders in Berlin').text).toBeUndefined();
    expect(parse('rejected culture-wise').filters).toEqual({ rejectionReason: ['Culture'] });
  });

  it('never reads a near miss of a phrase that carries its own "not": the "not" stays a negation', () => {
    expect(parse('anyone not sitting at onsite').filters?.stageReached).toBeUndefined();
    expect(parse('anyone not sitting at onsite').filters?.rejectionReason).toBeUndefined();
    expect(parse('people not sitting in portfolio review').filters).toEqual({ exclude: { stage: ['Portfolio Review'] } });
  });
});
