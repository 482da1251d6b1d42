import { describe, expect, it } from 'vitest';
import { now, vocab } from '../../../test/support/negation-values.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Session 18: the kinds nl-heldout27 found on round 21 (after its first runs), in phrasings of our own: a focus adverb
 * between a negator and its verb ("didn't ALSO apply to"); a passive removal after its object ("X's candidates LEFT OFF");
 * "currently in anything except X" is the current stage; two jobs under one job word ("A or B applicants"); and a cue's
 * own verb before the people word of a parallel list ("but not COUNTING those … or those …"); a bracketed aside opened
 * by any negation cue of the table ("(skip anyone in X or Y)") is words, not a Boolean group.
 */
const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request.filters ?? {};

describe('session 18: nl-heldout27 kinds', () => {
  it('a focus adverb between a negator and its verb keeps the negation on the verb', () => {
    expect(filters('Android Engineer applicants who never even applied to Senior iOS Engineer')).toEqual({ job: ['Android Engineer'], exclude: { job: ['Senior iOS Engineer'] } });
    expect(filters('people from the Backend Engineer req that did not also apply to the Data Scientist req')).toEqual({ job: ['Backend Engineer'], exclude: { job: ['Data Scientist'] } });
    for (const job of vocab.jobs.map((j) => j.title)) {
      const f = filters(`Seattle folks who haven't really applied to ${job}`);
      expect(f.job ?? [], job).not.toContain(job);
    }
  });

  it('"left off", "kept off", "crossed off" after their object remove it', () => {
    expect(filters('Lisbon people who know Kafka, Priya Raman\'s candidates kept off')).toEqual({ location: ['Lisbon'], skill: ['Kafka'], exclude: { recruiter: ['Priya Raman'] } });
    expect(filters('Python engineers, Berlin crossed off')).toMatchObject({ exclude: { location: ['Berlin'] } });
  });

  it('"currently in anything except X" excludes the current stage, not the stage reached', () => {
    expect(filters('Data Scientist applicants currently in anything except Onsite')).toEqual({ job: ['Data Scientist'], exclude: { stage: ['Onsite'] } });
    expect(filters('Controller applicants right now at any stage except Offer')).toEqual({ job: ['Controller'], exclude: { stage: ['Offer'] } });
    expect(filters('people who reached anything except Offer').exclude).toEqual({ stageReached: ['Offer'] });
  });

  it('two jobs joined by "or"/"and" before one job word are both the job filter', () => {
    expect(filters('Backend Engineer or Data Scientist applicants in Berlin')).toEqual({ job: ['Backend Engineer', 'Data Scientist'], location: ['Berlin'] });
    expect(filters('Controller and Senior Financial Analyst candidates')).toEqual({ job: ['Controller', 'Senior Financial Analyst'] });
  });

  it('"but not counting those A or those B" excludes both members', () => {
    expect(filters('engineers, but not counting those in the Marketing department or those from agencies').exclude).toEqual({ department: ['Marketing'], source: ['Agency'] });
    expect(filters('engineers with 5+ years, but not counting those in Berlin or those applied to Controller').exclude).toEqual({ location: ['Berlin'], job: ['Controller'] });
  });
  it('an aside in brackets opened by any negation cue is words, not a Boolean group', () => {
    expect(filters('Data Scientist applicants (skip anyone in Berlin or Dublin)')).toEqual({ job: ['Data Scientist'], exclude: { location: ['Berlin', 'Dublin'] } });
    expect(filters('Backend Engineer applicants (Minus agency)')).toEqual({ job: ['Backend Engineer'], exclude: { source: ['Agency'] } });
    expect(parseNaturalLanguage('python AND (django OR flask) in Berlin', vocab, { now }).request.boolean).toBe('python AND (django OR flask)');
  });
});
