import { describe, expect, it } from 'vitest';
import { headingKind, linesOf, splitSections } from './sections.js';

describe('sections', () => {
  it('recognises headings from the corpora', () => {
    expect(headingKind('Professional Experience')).toBe('experience');
    expect(headingKind('Education and Training')).toBe('education');
    expect(headingKind('Skill Highlights')).toBe('skills');
    expect(headingKind('Managed a team of 15 people')).toBeNull();
  });
  it('splits text and Kaggle glued headings', () => {
    const sections = splitSections('HEADLINE\nSkills: Python, SQLEducation Details \nB.E Computer\nCompany Details \ncompany - Acme');
    expect(sections.map((s) => s.kind)).toEqual(['header', 'skills', 'education', 'experience']);
    expect(linesOf(sections, 'skills')).toEqual(['Python, SQL']);
    expect(linesOf(sections, 'experience')).toEqual(['company - Acme']);
  });
});
