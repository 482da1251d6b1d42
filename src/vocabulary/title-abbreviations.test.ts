import { describe, expect, it } from 'vitest';
import { ambiguousTitleAbbreviation, expandTitleWords } from './title-abbreviations.js';

describe('title abbreviations as the occupation-naming check reads them', () => {
  it('spells out unambiguous abbreviations, singular, head last', () => {
    expect(expandTitleWords(['hr', 'manager'])).toEqual(['human', 'resource', 'manager']);
    expect(expandTitleWords(['qa', 'engineer'])).toEqual(['quality', 'assurance', 'engineer']);
    expect(expandTitleWords(['ops', 'manager'])).toEqual(['operation', 'manager']);
    expect(expandTitleWords(['vp', 'sale'])).toEqual(['vice', 'president', 'sale']);
    expect(expandTitleWords(['ux', 'designer'])).toEqual(['user', 'experience', 'designer']);
    expect(expandTitleWords(['mech', 'eng'])).toEqual(['mechanical', 'engineer']);
  });

  it('reads a word by its place: the head is the role, a word before it the field', () => {
    expect(expandTitleWords(['lab', 'tech'])).toEqual(['lab', 'technician']);
    expect(expandTitleWords(['tech', 'recruiter'])).toEqual(['tech', 'recruiter']);
    expect(expandTitleWords(['system', 'admin'])).toEqual(['system', 'administrator']);
    expect(expandTitleWords(['admin', 'assistant'])).toEqual(['administrative', 'assistant']);
    expect(expandTitleWords(['eng', 'manager'])).toEqual(['engineering', 'manager']);
    // Account or accounting? Left as written.
    expect(expandTitleWords(['acct', 'manager'])).toEqual(['acct', 'manager']);
  });

  it('never expands PM and its kin, and says what they may mean', () => {
    expect(expandTitleWords(['product', 'manager'])).toEqual(['product', 'manager']);
    expect(expandTitleWords(['pm'])).toEqual(['pm']);
    expect(ambiguousTitleAbbreviation(['platform', 'pm'])).toEqual({ word: 'pm', readings: ['product manager', 'project manager', 'program manager'] });
    expect(ambiguousTitleAbbreviation(['tpm'])?.readings).toContain('technical program manager');
    expect(ambiguousTitleAbbreviation(['hr', 'manager'])).toBeNull();
    expect(ambiguousTitleAbbreviation(['constructor'])).toBeNull();
  });
});
