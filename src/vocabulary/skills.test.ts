import { describe, expect, it } from 'vitest';
import { canonicalSkills, expandQueryTerm, isCertification, normalizeSkill, skillsInText } from './skills.js';
import { SKILL_SYNONYMS } from './skill-synonyms.js';

describe('normalizeSkill', () => {
  it.each([
    ['k8s', 'Kubernetes'], ['golang', 'Go'], ['JS', 'JavaScript'], ['Java Script', 'JavaScript'], ['TS', 'TypeScript'],
    ['py', 'Python'], ['postgres', 'PostgreSQL'], ['psql', 'PostgreSQL'], ['node.js', 'Node.js'], ['nodejs', 'Node.js'],
    ['react.js', 'React'], ['AWS', 'Amazon Web Services'], ['GCP', 'Google Cloud Platform'], ['ML', 'Machine Learning'],
    ['NLP', 'Natural Language Processing'], ['ci/cd', 'CI/CD'], ['RN', 'Registered Nurse'], ['CPA', 'Certified Public Accountant'],
    ['MS Excel', 'Microsoft Excel'], ['excel', 'Microsoft Excel'], ['Quick Books', 'QuickBooks'], ['C#', 'C#'], ['C++', 'C++'],
  ])('%s → %s', (raw, canonical) => expect(normalizeSkill(raw)).toBe(canonical));

  it('falls back to O*NET technology names and keeps unknown phrases tidied', () => {
    expect(normalizeSkill('Epic Systems')).toBe('Epic Systems');
    expect(normalizeSkill('Autodesk Maya')).toBe('Autodesk Maya');
    expect(normalizeSkill('account reconciliation expert')).toBe('Account reconciliation expert');
    expect(normalizeSkill(' , ')).toBeNull();
  });

  it('has a curated table of at least 150 skills across fields', () => {
    expect(SKILL_SYNONYMS.length).toBeGreaterThanOrEqual(150);
  });

  it('de-duplicates spellings of one skill', () => {
    expect(canonicalSkills(['k8s', 'Kubernetes', 'kube', 'Python', 'py'])).toEqual(['Kubernetes', 'Python']);
  });

  it('marks licences and certifications', () => {
    expect(isCertification('Registered Nurse')).toBe(true);
    expect(isCertification('Python')).toBe(false);
  });
});

describe('expandQueryTerm', () => {
  it('expands an abbreviation to the canonical name and its spellings', () => {
    expect(expandQueryTerm('k8s')).toEqual(expect.arrayContaining(['Kubernetes', 'k8s']));
    expect(expandQueryTerm('Kubernetes')[0]).toBe('Kubernetes');
  });
  it('returns unknown terms unchanged', () => expect(expandQueryTerm('zebra')).toEqual(['zebra']));
});

describe('skillsInText', () => {
  it('finds skills on word boundaries', () => {
    expect(skillsInText('Built services in Node.js with PostgreSQL on k8s; CI/CD via GitHub.')).toEqual(
      expect.arrayContaining(['Node.js', 'PostgreSQL', 'Kubernetes', 'CI/CD', 'GitHub']),
    );
    expect(skillsInText('javascripting and pythonic')).toEqual([]);
  });
  it('does not read every "go" or "excel" as a skill', () => {
    expect(skillsInText('I go to work and excel at it. Let us go.')).toEqual([]);
    expect(skillsInText('Go to market strategy')).not.toContain('Go');
    expect(skillsInText('Languages: Go, Python, R')).toEqual(expect.arrayContaining(['Go', 'Python', 'R']));
  });
  it('needs capitals for short abbreviations in prose', () => {
    expect(skillsInText('an ml pipeline')).not.toContain('Machine Learning');
    expect(skillsInText('an ML pipeline')).toContain('Machine Learning');
  });
});
