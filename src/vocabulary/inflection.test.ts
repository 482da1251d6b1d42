import { describe, expect, it } from 'vitest';
import { nounSingular, numberForms } from './inflection.js';
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

describe('nounSingular', () => {
  it('takes the singular of regular and irregular plurals', () => {
    // "coaches" lost only its -s under the hand-written rule titles used before ("coache").
    expect(['coaches', 'actuaries', 'nurses', 'analyses', 'processes', 'waitresses', 'chiefs', 'wives'].map(nounSingular)).toEqual([
      'coach', 'actuary', 'nurse', 'analysis', 'process', 'waitress', 'chief', 'wife',
    ]);
  });

  it('keeps singular words, -is and -ss words and short abbreviations as they are', () => {
    for (const word of ['coach', 'basis', 'axis', 'business', 'boss', 'status', 'bus', 'ios', 'ops']) expect(nounSingular(word)).toBe(word);
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
