import { describe, expect, it } from 'vitest';
import { jobSpecOf } from './job-requirements.js';
import { jobOccupationWords } from './occupation-words.js';
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
});
