import { describe, expect, it } from 'vitest';
import { datedBlocks } from './dated-blocks.js';

describe('blocks of roles dated by a heading (round t, G483)', () => {
  it('reads a work heading with its own range followed by titled roles without dates', () => {
    const lines = ['Additional Experience (1995 – 1999)', 'Account Executive / Harbor Freightways', 'Territory Manager / Lakeside Express', 'Sold logistics solutions.'];
    expect(datedBlocks(lines)).toEqual([{ heading: 'Additional Experience', start: { year: 1995, month: 1 }, end: { year: 1999, month: 1 } }]);
    expect(datedBlocks(['Prior Employment: 1988 - 1994', 'Buyer, Northwind Traders'])).toMatchObject([{ heading: 'Prior Employment', start: { year: 1988 } }]);
  });

  it('reads no block from a dated role, a description, or a student, volunteer or practicum block', () => {
    // A role line with its range is the work history's, not a block.
    expect(datedBlocks(['Director of Career Services Jul 2002 to Oct 2005', 'Company Name City , State'])).toEqual([]);
    // The heading must be followed by a role title, not a sentence.
    expect(datedBlocks(['Additional Experience (1995 - 1999)', 'Sold transportation and logistical solutions to local businesses.'])).toEqual([]);
    expect(datedBlocks(['Practicum Experience Aug 2014 to Sep 2016', 'Clinical Rotation / County Hospital'])).toEqual([]);
    expect(datedBlocks(['Volunteer Experience (2010 - 2014)', 'Coordinator / Food Bank'])).toEqual([]);
    expect(datedBlocks(['Internship Experience 2012 - 2013', 'Analyst / Contoso'])).toEqual([]);
    expect(datedBlocks(['Additional Experience (2010 - 2012)', 'Student Worker / Campus Library'])).toEqual([]);
    // Anything after the range makes the line something else (a role, a sentence).
    expect(datedBlocks(['Sales Experience 2001 - 2005 in the Southeast', 'Account Manager, Acme'])).toEqual([]);
  });
});
