import { describe, expect, it } from 'vitest';
import { cleanText, foldForMatch } from './text.js';

describe('cleanText', () => {
  it('undoes cp1252 mojibake from the resume corpora', () => {
    expect(cleanText('Company Name â€“ City , State')).toBe('Company Name - City , State');
    expect(cleanText('Company Name ï¼\u200B City , State')).toBe('Company Name - City , State');
    expect(cleanText('NaÃ¯ve Bayes')).toBe('Naïve Bayes');
    expect(cleanText('â¢ Hardworking')).toBe('• Hardworking');
  });
  it('undoes mojibake applied twice (UTF-8 read as cp1252, twice)', () => {
    // A right single quote (E2 80 99) broken twice.
    expect(cleanText('the client\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s budget')).toBe("the client's budget");
    // An em dash whose undefined cp1252 byte (0x9D of the once-broken form) became a zero-width space.
    expect(cleanText('Rotterdam 1998\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u20AC\u200B2001')).toBe('Rotterdam 1998-2001');
    // A two-byte letter broken twice.
    expect(cleanText('Universit\u00C3\u0192\u00C2\u00A9 Laval')).toBe('Université Laval');
  });
  it('leaves clean text alone', () => {
    expect(cleanText('Résumé of José, C++ & C#')).toBe('Résumé of José, C++ & C#');
  });
  it('folds for comparison', () => expect(foldForMatch(' Sr. Software-Engineer ')).toBe('sr software engineer'));
});
