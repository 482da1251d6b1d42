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
  it('machine learning or an ML library implies Data Science (round i, G923)', () => {
    expect(impliedSkillSource('Data Science', new Set(['machine learning', 'python']))).toBe('Machine Learning');
    expect(impliedSkillSource('Data Science', new Set(['keras']))).toBe('Keras');
    expect(impliedSkillSource('Data Science', new Set(['random forest software']))).toBe('Random forest');
    expect(impliedSkillSource('Data Science', new Set(['sql']), 'Built predictive models of customer churn in R.')).toBe('predictive models');
    expect(impliedSkillSource('Data Science', new Set(['sql']), 'Predictive modelling, clustering')).toBe('predictive modelling');
    // A neural network alone (a 1989 thesis, a fraud tool's name), statistics, or "data mining" (Access queries) are not enough.
    expect(impliedSkillSource('Data Science', new Set(['deep learning']))).toBeNull();
    expect(impliedSkillSource('Data Science', new Set(['statistics', 'r', 'sas']), 'Access queries & data mining; regression analysis')).toBeNull();
  });
  it('a data-analysis library implies Data Analysis; a numerics or dashboard tool does not', () => {
    expect(impliedSkillSource('Data Analysis', new Set(['pandas', 'python']))).toBe('pandas');
    expect(impliedSkillSource('Data Analysis', new Set(['r']), 'Cleaned survey data with dplyr and ggplot2')).toBe('dplyr');
    expect(impliedSkillSource('Data Analysis', new Set(['numpy', 'tableau']), 'Data visualization app; data cleansing of contact lists')).toBeNull();
    // The words evidence only their own skill.
    expect(impliedSkillSource('Machine Learning', new Set(['sql']), 'Built predictive models')).toBeNull();
  });
});
