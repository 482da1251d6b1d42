import { describe, expect, it } from 'vitest';
import { agentForms, derivedForms, skillForms } from './skill-forms.js';

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

describe('derivations of a skill name (round w, G438: "not on resume: Statistics" beside "statistic model")', () => {
  it('gives the adjective, verb and practitioner of the last word, by its longest ending', () => {
    expect(derivedForms('Statistics')).toEqual(expect.arrayContaining(['statistic', 'statistical', 'statistician']));
    expect(derivedForms('Data Analysis')).toEqual(expect.arrayContaining(['Data analytics', 'Data analyzed', 'Data analytical']));
    // -ytics is read before -ics: analytics is analysis's row, not "analytical" alone.
    expect(derivedForms('Analytics')).toEqual(expect.arrayContaining(['analysis', 'analyze', 'analytical']));
    expect(derivedForms('Search Engine Optimization')).toEqual(expect.arrayContaining(['Search Engine optimized']));
    expect(derivedForms('Automation')).toEqual(expect.arrayContaining(['automated', 'automating']));
    expect(derivedForms('Psychology')).toEqual(expect.arrayContaining(['psychological', 'psychologist']));
  });

  it('leaves out forms that name another thing, short stems and words without a derivation ending', () => {
    expect(derivedForms('Physics')).not.toContain('physical');
    expect(derivedForms('Logistics')).not.toContain('logistic');
    expect(derivedForms('Logistics')).toContain('logistical');
    expect(derivedForms('Station')).toEqual([]);
    expect(derivedForms('SQL')).toEqual([]);
    expect(derivedForms('Project Management')).toEqual([]);
  });

  it('stops a skill being called missing but never makes it present', async () => {
    const { mayNameSkill, mentionsSkill, skillsInText } = await import('./skills.js');
    const text = 'Updated standardized procedures by interviewing employees and building statistic model.';
    expect(mayNameSkill('Statistics', text)).toBe(true);
    expect(mayNameSkill('Statistics', 'Compiled statistical and financial data for reports.')).toBe(true);
    expect(mayNameSkill('Statistics', 'Filed records and answered phones.')).toBe(false);
    expect(mayNameSkill('Physics', 'Assisted with physical therapy.')).toBe(false);
    // The looser test stays apart: mentionsSkill (which also decides listed-only practices) and crediting are unchanged.
    expect(mentionsSkill('Statistics', text)).toBe(false);
    expect(skillsInText(text)).not.toContain('Statistics');
  });
});

describe('practice skills written as actions (held-out round b)', () => {
  it('finds a practice skill written as what the person did', async () => {
    const { mentionsSkill } = await import('./skills.js');
    expect(mentionsSkill('Business Development', 'Prospected and closed net new business across the region.')).toBe(true);
    expect(mentionsSkill('Business Development', 'Field Account Executive (New Account Development)')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Director of Finance. Led the regional accounting team through month-end close.')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Builds and keeps strong sales teams by hiring and coaching.')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Managed a staff of four.')).toBe(true);
    // No action on the object: still missing.
    expect(mentionsSkill('Staff Management', 'Prepared monthly reports for the controller.')).toBe(false);
    expect(mentionsSkill('Business Development', 'Installed Windows servers for clients.')).toBe(false);
    expect(mentionsSkill('Staff Management', 'Reported to the senior leadership team.')).toBe(false);
  });
});

describe('staff management in other forms (round d)', () => {
  it('finds managing a staff, a team of N or a sales force, not a staff title', async () => {
    const { mentionsSkill } = await import('./skills.js');
    expect(mentionsSkill('Staff Management', 'Management of VAR/MSP sales channels Management of inside and outside sales resources')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Managed inside and outside sales representatives across the region.')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Repossession Supervisor (Staff size 18)')).toBe(true);
    expect(mentionsSkill('Staff Management', 'Responsible for a team of 12 across two shifts.')).toBe(true);
    // A staff title or a team someone sat in is not managing a staff.
    expect(mentionsSkill('Staff Management', 'Staff Accountant, 2015 to 2019. Prepared journal entries.')).toBe(false);
    expect(mentionsSkill('Staff Management', 'Worked as a staff nurse on a surgical team.')).toBe(false);
    expect(mentionsSkill('Staff Management', 'Management of accounts payable and vendor records.')).toBe(false);
  });
});

describe('round f: done forms and accounts managed', () => {
  it('finds Forecasting in "forecasted" and Account Management in managing client accounts, not in a bare title', async () => {
    const { mentionsSkill } = await import('./skills.js');
    expect(mentionsSkill('Forecasting', 'Forecasted budgets for upcoming QA projects.')).toBe(true);
    expect(mentionsSkill('Account Management', 'Managed key accounts across the Midwest.')).toBe(true);
    expect(mentionsSkill('Account Management', 'Oversaw a book of business worth $4M.')).toBe(true);
    expect(mentionsSkill('Account Management', 'Opened a savings account for the office.')).toBe(false);
  });
});

describe('round k: process improvement by implication is never called missing', () => {
  it('finds efficiency improved or processes put in place, not process paperwork', async () => {
    const { mentionsSkill } = await import('./skills.js');
    expect(mentionsSkill('Process Improvement', 'Designed supply chain solutions for clients to improve overall operational efficiencies.')).toBe(true);
    expect(mentionsSkill('Process Improvement', 'Reduced IT operations costs by 45% by implementing processes, methodologies and procedures.')).toBe(true);
    expect(mentionsSkill('Process Improvement', 'Boosted warehouse productivity through new pick routes.')).toBe(true);
    expect(mentionsSkill('Process Improvement', 'Skills: Lean/six sigma principles, troubleshooting')).toBe(true);
    // Split by pdftotext, and named after the repair.
    expect(mentionsSkill('Process Improvement', 'Business Process I mprovement')).toBe(true);
    // Process words without improving anything.
    expect(mentionsSkill('Process Improvement', 'Develop plan and process documentation to monitor progress of the campaign.')).toBe(false);
    expect(mentionsSkill('Process Improvement', 'Member of the Process Task Force; followed process guidelines.')).toBe(false);
  });
});
