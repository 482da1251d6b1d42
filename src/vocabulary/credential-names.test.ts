import { describe, expect, it } from 'vitest';
import { skillsInText } from './skills.js';

describe('a credential inside an organisation name is no credential held (round j, G997)', () => {
  it('reads no credential from a society, association or institute', () => {
    for (const text of [
      'Affiliations\nNew York State Society of Certified Public Accountants (NYSSCPA)',
      'Member, American Institute of Certified Public Accountants',
      'Member of the Illinois CPA Society since 2010',
    ]) {
      expect(skillsInText(text), text).not.toContain('Certified Public Accountant');
    }
  });

  it('still reads the credential written as held', () => {
    for (const text of ['Certifications\nCPA, licensed in New York', 'Certified Public Accountant (CPA), State of Ohio', 'CPA; member of the New York State Society of CPAs']) {
      expect(skillsInText(text), text).toContain('Certified Public Accountant');
    }
  });
});

describe('certifications listed one after another stay held', () => {
  it('keeps Security+ before Network+', () => {
    expect(skillsInText('Certifications: MCTS, Security+ Network+ Certificate')).toContain('CompTIA Security+');
  });
});
