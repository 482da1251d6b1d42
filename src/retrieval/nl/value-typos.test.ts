import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';
import { editDistance, valueTypo } from './value-typos.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('typos of account words', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('pyhton', 'python')).toBe(1);
    expect(editDistance('registerd', 'registered')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('corrects a dropped, swapped or sound-alike letter in a word of the account', () => {
    expect(valueTypo('Registerd', vocab)).toBe('registered');
    expect(valueTypo('Kubernets', vocab)).toBe('kubernetes');
    expect(valueTypo('Terrafrom', vocab)).toBe('terraform');
    expect(valueTypo('onsight', vocab)).toBe('onsite');
    expect(valueTypo('Sophia', vocab)).toBe('sofia');
  });

  it('never turns an everyday word or an inflection into a value', () => {
    for (const w of ['managed', 'designed', 'registers', 'scales', 'remove', 'employed', 'systemd', 'rejection', 'confidence', 'computing', 'talking', 'banking', 'extensive', 'coordinated', 'operators', 'engineered', 'leading']) {
      expect(valueTypo(w, vocab), w).toBeUndefined();
    }
  });

  it('the corrected word reaches every rule: partial job titles, skill cues, stages, possessives', () => {
    expect(parse('referrals for the Registerd Nurse role').filters).toEqual({ source: ['Referral'], job: ['Registered Nurse, Telehealth'] });
    expect(parse('Kubernates skills in Berlin').filters).toEqual({ skill: ['Kubernetes'], location: ['Berlin'] });
    expect(parse('anyone who got to the onsight stage').filters).toEqual({ stageReached: ['Onsite'] });
    expect(parse("Sophia's candidates").filters).toEqual({ recruiter: ['Sofia Alvarez'] });
  });

  it('keeps a correction only where the corrected word names a value', () => {
    // "contract" is one letter from "Contact" (a tag word), but "contact roles" names nothing: no correction.
    expect(parse('contract roles in Berlin').filters).toEqual({ location: ['Berlin'] });
    expect(parse('people who managed Platform teams').filters).toEqual({});
  });
});
