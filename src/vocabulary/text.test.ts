import { describe, expect, it } from 'vitest';
import { cleanText, foldForMatch } from './text.js';

describe('cleanText', () => {
  it('undoes cp1252 mojibake from the resume corpora', () => {
    expect(cleanText('Company Name â€“ City , State')).toBe('Company Name - City , State');
    expect(cleanText('Company Name ï¼\u200B City , State')).toBe('Company Name - City , State');
    expect(cleanText('NaÃ¯ve Bayes')).toBe('Naïve Bayes');
    expect(cleanText('â¢ Hardworking')).toBe('• Hardworking');
  });
  it('leaves clean text alone', () => {
    expect(cleanText('Résumé of José, C++ & C#')).toBe('Résumé of José, C++ & C#');
  });
  it('folds for comparison', () => expect(foldForMatch(' Sr. Software-Engineer ')).toBe('sr software engineer'));
});
