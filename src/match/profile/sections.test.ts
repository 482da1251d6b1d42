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
  it('does not read the last word of a wrapped sentence as a heading', () => {
    const text = [
      'Work History',
      'Site Supervisor',
      'May 2004 to June 2009 Company Name - City , State',
      'Coordinated subcontractors and kept the owner informed on all open',
      'projects.',
      'Estimator',
      'June 1999 to April 2004 Company Name - City , State',
      'Priced bids for retail fit-outs, weighing cost against their',
      'activities',
      'Interests',
      'Sailing',
    ].join('\n');
    const sections = splitSections(text);
    expect(sections.map((s) => s.kind)).toEqual(['header', 'experience', 'interests']);
    expect(linesOf(sections, 'experience')).toContain('June 1999 to April 2004 Company Name - City , State');
    // A lower-case heading after a finished sentence or a blank line is still one.
    expect(splitSections('Led the rollout.\nprojects:\nDermcare').map((s) => s.kind)).toEqual(['header', 'other']);
    expect(splitSections('Acme\n\nskills\nExcel').map((s) => s.kind)).toEqual(['header', 'skills']);
  });
});
