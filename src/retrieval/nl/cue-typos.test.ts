import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { cueTypo } from './cue-typos.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now });

describe('typos in cue words', () => {
  it('corrects one edit (or one swap) in a cue word of 6+ letters', () => {
    expect(cueTypo('soruced', vocab)).toBe('sourced');
    expect(cueTypo('exlcuding', vocab)).toBe('excluding');
    expect(cueTypo('wihtout', vocab)).toBe('without');
    expect(parse('soruced by Priya, Data & ML dept').request.filters).toEqual({ recruiter: ['Priya Raman'], department: ['Data & ML'] });
    expect(parse('engineers exlcuding agencies').request.filters).toEqual({ exclude: { source: ['Agency'] } });
  });

  it('leaves inflections, real words and account words alone', () => {
    for (const w of ['sources', 'reaches', 'applies', 'expect', 'excerpt', 'tagger', 'design', 'remote', 'skipped']) expect(cueTypo(w, vocab), w).toBeUndefined();
  });
});
