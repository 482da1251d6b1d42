import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { jobSpecOf } from './job-requirements.js';
import { jobOccupationWords } from './occupation-words.js';
import type { CareerEntry } from './resume-facts.js';
import { scoreCandidate, type CandidateFacts } from './score.js';
import { occupationNamesTitle } from './title-identity.js';

const words = (title: string) => jobOccupationWords(jobSpecOf({ title, description: title }));

describe('the job occupation line', () => {
  it('names a confident mapping, hedges a guess, and never names an occupation that shares only the generic head', () => {
    expect(words('Data Scientist')).toBe('occupation Data Scientists (15-2051.00)');
    expect(words('Software Engineer')).toBe('occupation Software Developers (15-1252.00)');
    expect(words('Senior Product Manager')).toBe('occupation not named (O*NET files the title under Marketing Managers, a different field)');
    expect(words('Product Manager, Platform')).toBe('occupation not named (O*NET files the title under Marketing Managers, a different field)');
    expect(words('Program Manager')).toMatch(/^occupation not named \(O\*NET files the title under Social and Community Service Managers/);
    // A word-overlap guess: "Civil Engineers" for a backend engineer shares only "engineer".
    expect(words('Senior Backend Engineer')).toBe('occupation not named (O*NET files the title under Civil Engineers, a different field)');
    expect(words('Content Marketing Manager')).toBe('occupation uncertain (nearest: Marketing Managers, 11-2021.00)');
  });

  it('occupationNamesTitle: a shared qualifier names, a shared head alone with a missing qualifier does not', () => {
    expect(occupationNamesTitle('Product Manager', 'Marketing Managers')).toBe(false);
    expect(occupationNamesTitle('Product Designer', 'Commercial and Industrial Designers')).toBe(false);
    expect(occupationNamesTitle('Product Marketing Manager', 'Marketing Managers')).toBe(true);
    expect(occupationNamesTitle('Operations Manager', 'General and Operations Managers')).toBe(true);
    expect(occupationNamesTitle('Manager', 'Marketing Managers')).toBe(true);
  });

  it('reads title abbreviations: "HR Manager" is named Human Resources Managers, "Product Mgr" is still not Marketing Managers', () => {
    expect(words('HR Manager')).toBe('occupation Human Resources Managers (11-3121.00)');
    expect(words('Senior HR Manager')).toBe('occupation Human Resources Managers (11-3121.00)');
    expect(words('HR Specialist')).toBe('occupation Human Resources Specialists (13-1071.00)');
    expect(words('Mech Engineer')).toBe('occupation Mechanical Engineers (17-2141.00)');
    expect(words('Exec Assistant')).toBe('occupation Executive Secretaries and Executive Administrative Assistants (43-6011.00)');
    expect(words('Ops Manager')).toBe('occupation General and Operations Managers (11-1021.00)');
    expect(words('Product Mgr')).toMatch(/^occupation not named \(O\*NET files the title under Marketing Managers/);
    // An expansion does not make a wrong field right: an HR director is no film director, a lab tech no environmental technician.
    expect(words('HR Director')).toMatch(/^occupation not named \(O\*NET files the title under Producers and Directors/);
    expect(words('Lab Tech')).toMatch(/^occupation not named/);
    // O*NET files "PM" under IT project managers; a recruiter's PM is as often product or program.
    expect(words('PM')).toBe('occupation not named ("PM" may be product manager, project manager or program manager)');
    expect(occupationNamesTitle('HR Manager', 'Human Resources Managers')).toBe(true);
    expect(occupationNamesTitle('QA Engineer', 'Software Quality Assurance Analysts and Testers')).toBe(true);
    expect(occupationNamesTitle('PM', 'Information Technology Project Managers')).toBe(false);
    expect(occupationNamesTitle('Senior PM', 'Marketing Managers')).toBe(false);
  });

  it('the reasons follow: an HR Manager job says "same occupation" of a Human Resources Manager, a Product Manager job of no Marketing Manager', () => {
    expect(reasonsOf('HR Manager', 'Human Resources Manager')[0]).toBe('Same occupation as the job (Human Resources Managers): current role Human Resources Manager (4 years, since 2018)');
    expect(reasonsOf('Human Resources Manager', 'HR Manager')[0]).toBe('Same occupation as the job (Human Resources Managers): current role HR Manager (4 years, since 2018)');
    expect(reasonsOf('Product Manager', 'Product Mgr').join(' ')).not.toMatch(/occupation|Marketing Managers/);
    expect(reasonsOf('Marketing Manager', 'Product Mgr').join(' ')).not.toMatch(/Marketing Managers/);
    expect(reasonsOf('PM', 'Project Manager').join(' ')).not.toMatch(/occupation/);
  });
});

/** The reasons for one candidate whose current role (4 years, since 2018) is `roleTitle`. */
function reasonsOf(jobTitle: string, roleTitle: string): string[] {
  const job = jobSpecOf({ title: jobTitle, description: 'Responsibilities:\nWork with the team.' });
  const mapped = normalizeTitle(roleTitle);
  const ref = { title: roleTitle, canonicalTitle: mapped.canonicalTitle, occupationCode: mapped.occupationCode };
  const role: CareerEntry = { ...ref, company: null, start: '2018-01', end: null, current: true };
  const candidate: CandidateFacts = { candidateId: 'c1', name: 'Resume 1', current: ref, past: [], skills: [], yearsExperience: null };
  return scoreCandidate(job, candidate, [], null, undefined, { resume: { text: null, career: [role], yearsInRole: 4, skills: new Set() }, lexical: null }).reasons;
}
