import { describe, expect, it } from 'vitest';
import { numberForms } from './inflection.js';
import { normalizeSkill, skillsInText } from './skills.js';

describe('numberForms', () => {
  it("gives the last word's other number, keeping its case", () => {
    expect(numberForms('logic analyzers')).toEqual(['logic analyzer']);
    expect(numberForms('Logic Analyzer')).toEqual(['Logic Analyzers']);
    expect(numberForms('Data Analysis')).toEqual(['Data Analyses']);
    expect(numberForms('Infusion pumps')).toEqual(['Infusion pump']);
  });

  it('leaves uncountable nouns and short abbreviations alone', () => {
    expect(numberForms('accounting software')).toEqual([]);
    expect(numberForms('SAS')).toEqual([]);
    expect(numberForms('iOS')).toEqual([]);
  });
});

describe('skills in either number', () => {
  it('reads a singular or plural tool name as the one vocabulary entry', () => {
    expect(normalizeSkill('Logic Analyzer')).toBe('Logic analyzers');
    expect(skillsInText('Calibrated the network analyzer and two logic analyzer probes.')).toEqual(expect.arrayContaining(['Network analyzers', 'Logic analyzers']));
  });

  it('never turns a one-word product name into a common word', () => {
    expect(skillsInText('She excels at customer work.')).not.toContain('Microsoft Excel');
    expect(normalizeSkill('Panda')).not.toBe('Pandas');
  });
});
