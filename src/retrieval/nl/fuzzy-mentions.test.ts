import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now });

describe('misspelt account values', () => {
  it('corrects a dropped, swapped or extra letter in a value and says so', () => {
    expect(parse('ux researchers in Amsterdm').request.filters).toEqual({ location: ['Amsterdam'] });
    expect(parse('the Andriod Engineer role').request.filters).toEqual({ job: ['Android Engineer'] });
    expect(parse('Senior Frontend Enginer applicants').request.filters).toEqual({ job: ['Senior Frontend Engineer'] });
    expect(parse('referals from Berln').notes).toContain('Read "Berln" as Berlin (spelling corrected)');
    // Two edits, but only a doubled letter moved; a silent final h left off a first name.
    expect(parse('security engineers minus refferals').request.filters).toEqual({ exclude: { source: ['Referral'] } });
    expect(parse("rejected for comp, Hanna's candidates").request.filters).toEqual({ rejectionReason: ['Compensation'], recruiter: ['Hannah Schmidt'] });
  });

  it('leaves ordinary words alone, even one letter from a value', () => {
    for (const text of ['designers at the panel interview', 'people who want to remove', 'compensating controls', 'cultured folks', 'lisboa']) {
      const parsed = parse(text);
      expect(parsed.notes.filter((n) => n.includes('spelling')), text).toEqual([]);
    }
  });
});
