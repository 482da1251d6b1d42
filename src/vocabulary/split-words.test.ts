import { describe, expect, it } from 'vitest';
import { joinSplitWords } from './split-words.js';

describe('a capital split off its word by pdftotext (round k, "Business Process I mprovement")', () => {
  it('joins the letter back when the joined word is a skill word and the rest is not', () => {
    expect(joinSplitWords('Qualifications\nBusiness Process I mprovement\nProject Management')).toBe('Qualifications\nBusiness Process Improvement\nProject Management');
    expect(joinSplitWords('Senior B usiness Analyst; Staff A ccountant')).toBe('Senior Business Analyst; Staff Accountant');
    expect(joinSplitWords('C ontinuous I mprovement and Change M anagement')).toBe('Continuous Improvement and Change Management');
  });

  it('leaves ordinary words, initials and short rests apart', () => {
    for (const text of ['I manage a team of five.', 'A team player', 'Served clients in B and C markets', 'J Smith, A cross-functional lead', 'I nt']) {
      expect(joinSplitWords(text)).toBe(text);
    }
    // A rest that is a skill word itself stays a word of its own.
    expect(joinSplitWords('X management')).toBe('X management');
  });
});

describe('one join for every way a skill may be named (mayNameSkill)', () => {
  it('finds a split name, and a derivation or other words beside it, on the text joined once', async () => {
    const { mayNameSkill } = await import('./skills.js');
    expect(mayNameSkill('Process Improvement', 'Qualifications\nBusiness Process I mprovement')).toBe(true);
    expect(mayNameSkill('Statistics', 'B usiness reports with statistical tables')).toBe(true);
    expect(mayNameSkill('Contract Negotiation', 'Senior B usiness Analyst\nNegotiated contracts with vendors.')).toBe(true);
    expect(mayNameSkill('Process Improvement', 'I mproved nothing here')).toBe(false);
  });
});
