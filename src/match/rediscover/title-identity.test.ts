import { describe, expect, it } from 'vitest';
import { genericHeads, similarTitleWords, titleParts } from './title-identity.js';

describe('similarTitleWords', () => {
  it.each([
    ['Product Manager', 'Senior Product Manager', true],
    ['Product Manager', 'Account Manager', false],
    ['Product Manager', 'Product Designer', false],
    ['Product Manager', 'Manager', false],
    ['Product Manager', 'Manager, Product Marketing', true],
    ['Teacher', 'Elementary School Teacher', true],
    ['Math Teacher', 'Music Teacher', false],
    ['Software Engineer', 'Software Developer', true],
    ['Software Engineer', 'Civil Engineer', false],
    ['Software Engineer', 'Sr. Software Engineer - Backend', true],
    ['Staff Accountant', 'Tax Accountant', true],
    ['Accountant', 'Accounts Payable Clerk', false],
    ['Director of Engineering', 'Director of Sales', false],
    ['Director of Engineering', 'Engineering Director', true],
    ['Registered Nurse', 'Nurse', true],
  ])('%s ~ %s → %s', (job, role, expected) => {
    expect(similarTitleWords(job, role)).toBe(expected);
  });

  it('derives generic heads from O*NET titles', () => {
    const heads = genericHeads();
    for (const head of ['manager', 'engineer', 'specialist', 'analyst', 'teacher']) expect(heads.has(head)).toBe(true);
    for (const head of ['accountant', 'nurse', 'paralegal', 'recruiter']) expect(heads.has(head)).toBe(false);
  });

  it('reads inverted and "of" titles head first', () => {
    expect(titleParts('Manager, Product').head).toBe('manager');
    expect(titleParts('Head of Marketing').head).toBe('head');
    expect([...titleParts('Director of Engineering').modifiers]).toEqual(['engineering']);
  });
});
