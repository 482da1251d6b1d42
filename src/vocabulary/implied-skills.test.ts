import { describe, expect, it } from 'vitest';
import { impliedSkillSource } from './implied-skills.js';

describe('impliedSkillSource', () => {
  it('a framework implies its language', () => {
    expect(impliedSkillSource('JavaScript', new Set(['html', 'css', 'jquery']))).toBe('jQuery');
    expect(impliedSkillSource('Python', new Set(['django']))).toBe('Django');
    expect(impliedSkillSource('Java', new Set(['hibernate']))).toBe('Hibernate');
    expect(impliedSkillSource('C#', new Set(['.net']))).toBeNull(); // .NET may be VB.NET
  });
  it('no framework, or a framework of another language, implies nothing', () => {
    expect(impliedSkillSource('JavaScript', new Set(['html', 'css']))).toBeNull();
    expect(impliedSkillSource('Python', new Set(['jquery']))).toBeNull();
    expect(impliedSkillSource('Networking', new Set(['jquery']))).toBeNull();
  });
  it('a machine-learning library or method implies Machine Learning (round h, G875)', () => {
    expect(impliedSkillSource('Machine Learning', new Set(['r', 'scikit-learn']))).toBe('scikit-learn');
    expect(impliedSkillSource('Machine Learning', new Set(['random forest software']))).toBe('Random forest');
    expect(impliedSkillSource('Machine Learning', new Set(['python', 'tensorflow']))).toBe('TensorFlow');
    // Statistics, R or SQL alone are no machine learning.
    expect(impliedSkillSource('Machine Learning', new Set(['statistics', 'r', 'sas', 'sql']))).toBeNull();
  });
});
