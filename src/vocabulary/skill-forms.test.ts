import { describe, expect, it } from 'vitest';
import { agentForms, skillForms } from './skill-forms.js';

describe('skill word forms', () => {
  it('names the person who does the skill', () => {
    expect(agentForms('Data Analysis')).toContain('Data analyst');
    expect(agentForms('Financial Analysis')).toContain('Financial analysts');
    expect(agentForms('Project Management')).toContain('Project manager');
    expect(agentForms('Software Development')).toContain('Software developer');
    expect(agentForms('Engineering')).toContain('engineer');
    expect(agentForms('Accounting')).toContain('accountant');
    expect(agentForms('Technical Writing')).toContain('Technical writer');
    expect(agentForms('Systems Administration')).toContain('Systems administrator');
    expect(agentForms('SQL')).toEqual([]);
  });

  it('names what the skill makes', () => {
    expect(skillForms('Forecasting')).toEqual(expect.arrayContaining(['forecast', 'forecasts']));
    expect(skillForms('Financial Modeling')).toEqual(expect.arrayContaining(['Financial model', 'Financial models']));
  });
});
