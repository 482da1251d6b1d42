import { describe, expect, it } from 'vitest';
import { skillsInText } from '../../vocabulary/skills.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { heldFor, timedCareer } from './career.js';
import { jobSpecOf, jobTitleHead } from './job-requirements.js';
import { splitJobSections } from './job-sections.js';
import { keyTermsOf, stem } from './key-terms.js';
import { lexicalScores } from './lexical.js';

// The failure cases issue 12 found, each checked through the function that ships.

const FIELD_SALES = `Responsibilities:
Sell our products to enterprise customers in the territory. Strong communication skills.
Minimum qualifications:
BA/BS degree or equivalent practical experience. 4 years of experience in field sales.
Preferred qualifications:
10 years of experience in enterprise software sales. Experience with Salesforce.`;

describe('job understanding', () => {
  it('reads minimum and preferred qualifications apart: years and skills', () => {
    const sections = splitJobSections(FIELD_SALES);
    expect(sections.minimum).toMatch(/^BA\/BS degree/);
    expect(sections.preferred).toMatch(/Salesforce/);
    const job = jobSpecOf({ title: 'Field Sales Representative', description: FIELD_SALES });
    expect(job.yearsRequired).toBe(4);
    expect(job.yearsPreferred).toBe(10);
    expect(job.preferredSkills).toContain('Salesforce');
    expect(job.requiredSkills).not.toContain('Salesforce');
  });

  it('keeps soft skills out of the job skills', () => {
    const job = jobSpecOf({ title: 'Teacher', description: 'Minimum qualifications:\nExcellent communication skills, leadership and problem solving.' });
    expect(job.skills).toEqual([]);
  });

  it('finds no skill in a substring or an ordinary phrase', () => {
    expect(skillsInText('BA degree in Design or related field.')).not.toContain('Adobe InDesign');
    expect(skillsInText('Passion for consumer electronic user experience.')).not.toContain('UX Design');
  });

  it('recognises network gear and O*NET tools', () => {
    const found = skillsInText('Configure routers, switches and firewalls (Cisco, Juniper); troubleshoot with network analyzers.');
    expect(found).toEqual(expect.arrayContaining(['Routers', 'Network Switches', 'Firewalls', 'Cisco', 'Juniper', 'Network analyzers']));
  });

  it('maps titles with a confidence: exact titles are trusted, word guesses are partial', () => {
    expect(normalizeTitle('Accountant')).toMatchObject({ occupationCode: '13-2011.00', match: 'exact' });
    expect(jobTitleHead('SMB Sales Manager, North America, Google Cloud')).toBe('SMB Sales Manager');
    const teamLead = jobSpecOf({ title: 'Team Lead, Online Support', description: 'Lead the support team.' });
    expect(teamLead.occupationMatch).not.toBe('exact');
    const supply = jobSpecOf({ title: 'Supply Chain Manager', description: 'Run the supply chain.' });
    expect(supply).toMatchObject({ occupationMatch: 'exact', occupationTitle: 'Supply Chain Managers' });
    expect(supply.relatedOccupations.length).toBeGreaterThan(0);
    expect(supply.jobZone).toBeGreaterThanOrEqual(3);
  });
});

describe('careers with time', () => {
  it('weighs each role by how long and how recently it was held', () => {
    const roles = timedCareer(
      [
        { title: 'PR Consultant', canonicalTitle: null, occupationCode: null, company: null, start: '2005-01', end: null, current: true },
        { title: 'Sales Clerk', canonicalTitle: null, occupationCode: null, company: null, start: '2004-06', end: '2004-09', current: false },
      ],
      10,
    );
    expect(roles[0].months).toBe(121);
    expect(roles[1].months).toBe(4);
    expect(roles[1].yearsAgo).toBeGreaterThan(10);
    expect(roles[0].weight).toBeGreaterThan(3 * roles[1].weight);
    expect(heldFor(121)).toBe('10 years');
    expect(heldFor(4)).toBe('4 months');
  });

  it('weighs a current role whose length is known only from below as an unknown one, not a short one (round h, G338)', () => {
    const career = [{ title: 'Account Executive', canonicalTitle: null, occupationCode: null, company: null, start: '2012-12', end: null, current: true }];
    const [bounded] = timedCareer(career, 0.1, true);
    const [measured] = timedCareer(career, 0.1);
    expect(bounded.lengthAtLeast).toBe(true);
    expect(measured.lengthAtLeast).toBeUndefined();
    expect(bounded.weight).toBeGreaterThan(measured.weight);
    // Measured at under three months, the role starts at the resume's latest date: its length is unknown for
    // the reason (round k, G298), and it weighs as measured.
    expect(measured.lengthUnknown).toBe(true);
    expect(bounded.lengthUnknown).toBeUndefined();
    expect(timedCareer(career, 0.5)[0].lengthUnknown).toBeUndefined();
    // A long role stays as long as measured.
    expect(timedCareer(career, 4, true)[0].weight).toBe(timedCareer(career, 4)[0].weight);
  });

  it('leaves a current role undated when the resume date is unknown rather than guessing', () => {
    const [role] = timedCareer([{ title: 'Engineer', canonicalTitle: null, occupationCode: null, company: null, start: '2012-01', end: null, current: true }]);
    expect(role.months).toBeNull();
  });
});

describe('lexical signal', () => {
  it('ranks the resume that does the work above one that only shares boilerplate, and quotes the resume', () => {
    const job = jobSpecOf({ title: 'Tax Manager', description: 'Minimum qualifications:\nExperience in corporate tax, treasury and transfer pricing.' });
    expect(stem('accountants')).toBe(stem('accounting'));
    expect(keyTermsOf({ title: 'Tax Manager', fullTitle: 'Tax Manager', sections: job.sections, skills: [] }).find((t) => t.label === 'tax')?.weight).toBe(3);
    const scores = lexicalScores(job.keyTerms, [
      { candidateId: 'tax', text: 'Corporate Tax Manager. Led treasury operations and transfer pricing studies for ten years.' },
      { candidateId: 'other', text: 'Store manager with experience in retail, scheduling and minimum staffing.' },
      { candidateId: 'none', text: null },
    ]);
    expect(scores.get('tax')!.value).toBe(1);
    expect(scores.get('other')!.value).toBeLessThan(0.5);
    expect(scores.has('none')).toBe(false);
    expect(scores.get('tax')!.topTerms).toEqual(expect.arrayContaining(['tax', 'treasury', 'pricing']));
  });
});
