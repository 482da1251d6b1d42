import { describe, expect, it } from 'vitest';
import { normalizeTitle } from './titles.js';

describe('normalizeTitle', () => {
  it('strips seniority and expands abbreviations', () => {
    expect(normalizeTitle('Sr. SWE')).toMatchObject({ canonicalTitle: 'Software Engineer', seniority: 'senior', occupationCode: '15-1252.00' });
    expect(normalizeTitle('Software Engineer II')).toMatchObject({ canonicalTitle: 'Software Engineer', seniority: 'mid' });
    expect(normalizeTitle('Jr. Accountant')).toMatchObject({ canonicalTitle: 'Accountant', seniority: 'junior', occupationCode: '13-2011.00' });
  });
  it('maps to O*NET occupations through alternate titles', () => {
    expect(normalizeTitle('RN').occupationCode).toBe('29-1141.00');
    expect(normalizeTitle('Sales Associate').occupationTitle).toBe('Retail Salespersons');
    expect(normalizeTitle('HR Generalist')).toMatchObject({ canonicalTitle: 'Human Resources Generalist', occupationCode: '13-1071.00' });
    expect(normalizeTitle('Data Scientist').occupationCode).toBe('15-2051.00');
  });
  it('reads a plural title as its singular (the head noun takes the number)', () => {
    for (const title of ['Coach', 'Coaches']) expect(normalizeTitle(title)).toMatchObject({ occupationTitle: 'Coaches and Scouts', match: 'exact' });
    for (const title of ['Nurse', 'Nurses']) expect(normalizeTitle(title)).toMatchObject({ occupationTitle: 'Registered Nurses', match: 'exact' });
    expect(normalizeTitle('Actuaries')).toMatchObject({ occupationTitle: 'Actuaries', match: 'exact' });
    expect(normalizeTitle('Facility Manager').occupationTitle).toBe('Facilities Managers');
    expect(normalizeTitle('HR Manager')).toMatchObject({ occupationTitle: 'Human Resources Managers', match: 'exact' });
  });
  it('leaves ambiguous abbreviations alone and gives no code for nonsense', () => {
    expect(normalizeTitle('PM').canonicalTitle).toBe('PM');
    expect(normalizeTitle('Xyzzy Plugh').occupationCode).toBeNull();
  });
});
