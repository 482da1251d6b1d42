import { describe, expect, it } from 'vitest';
import { isListLine, textOutsideSkillLists } from './skills-lists.js';

/* Round j: a lone "CPA" and a lone "Negotiation" in keyword lists were credited as held (other phrasings here). */
describe('the list lines of skills sections', () => {
  it('tells a list of names from a sentence about the work', () => {
    expect(isListLine('Accruals, budgeting, CFA, cost accounting, mediation, month-end close')).toBe(true);
    expect(isListLine('Mediation')).toBe(true);
    expect(isListLine('Mediated disputes between tenants and the landlord board, settling 40 cases a year')).toBe(false);
  });

  it('leaves out only the skills sections\' list lines, keeping their sentences and every other section', () => {
    const text = [
      'Jane Roe, CFA',
      'Summary',
      'Treasury analyst for a regional bank.',
      'Core Qualifications',
      'Mediation, cost accounting',
      'Mediated disputes between tenants and the landlord board, settling 40 cases a year',
      'Experience',
      'Treasury Analyst 2015 to 2019 Company Name',
      'Prepared cash forecasts.',
      'Skills',
      'Arbitration, Excel',
    ].join('\n');
    const outside = textOutsideSkillLists(text);
    expect(outside).toContain('Jane Roe, CFA');
    expect(outside).toContain('Mediated disputes');
    expect(outside).toContain('Prepared cash forecasts.');
    expect(outside).not.toContain('Arbitration');
    expect(outside).not.toContain('Mediation, cost accounting');
  });
});
