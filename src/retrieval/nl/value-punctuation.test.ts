import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';
import { trimValuePunctuation } from './value-punctuation.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('closing punctuation is never part of an open value', () => {
  it('trims sentence and clause ends, brackets and quotes, but keeps an initialism and inner dots', () => {
    for (const p of ['.', '?', '!', ',', ';', ':', ')', '"', '\u201d', '.)', '?"']) expect(trimValuePunctuation(`Amazon${p}`)).toBe('Amazon');
    expect(trimValuePunctuation('U.S.')).toBe('U.S.');
    expect(trimValuePunctuation('J.P. Morgan.')).toBe('J.P. Morgan');
    expect(trimValuePunctuation('Node.js')).toBe('Node.js');
  });

  it('reads employers, schools and places at the end of a sentence without its punctuation (nl-heldout22)', () => {
    for (const end of ['.', '?', '!']) {
      expect(parse(`engineers currently working at Amazon${end}`).filters).toEqual({ currentCompany: ['Amazon'] });
      expect(parse(`accountants who didn't study at NYU${end}`).filters).toEqual({ exclude: { school: ['NYU'] } });
      expect(parse(`data engineers who never worked for Databricks${end}`).filters).toEqual({ exclude: { pastCompany: ['Databricks'] } });
      expect(parse(`engineers who are based in Berlin${end}`).filters).toEqual({ location: ['Berlin'] });
    }
    expect(parse('MIT alumni, other than those currently working at Apple.').filters).toEqual({ school: ['MIT'], exclude: { currentCompany: ['Apple'] } });
    expect(parse('people who are ex-Google.').filters).toEqual({ pastCompany: ['Google'] });
    // An alias is still found behind the dot.
    expect(parse('engineers based in NYC.').filters).toEqual({ location: ['New York'] });
  });

  it('keeps a list of employers whole when a comma follows the first one', () => {
    expect(parse('backend engineers, not currently at Stripe, or Square.').filters).toEqual({ exclude: { currentCompany: ['Stripe', 'Square'] } });
  });
});
