import { describe, expect, it } from 'vitest';
import { candidateSkillsInText, extractSkills, pendingCertifications } from './skills.js';

/* Held-out round b of the reasons check: skills claimed that the candidate does not hold (invented text). */
describe('skills a resume names but the candidate does not hold', () => {
  it('does not count a pending certification as held', () => {
    expect([...pendingCertifications('Tax Accounting * CPA Candidate * Leadership')]).toEqual(['Certified Public Accountant']);
    expect(candidateSkillsInText('Payroll Accounting\nCPA Candidate (exam scheduled)\n')).not.toContain('Certified Public Accountant');
    expect(candidateSkillsInText('Currently pursuing the PMP; payroll specialist')).not.toContain('Project Management Professional');
    // The bare name in a keyword list does not outweigh the resume's own "candidate".
    const { certifications } = extractSkills(['Payroll, CPA, Excel'], 'Summary\nCPA candidate with payroll experience.\nSkills\nPayroll, CPA, Excel');
    expect(certifications.map((c) => c.value)).not.toContain('Certified Public Accountant');
    // A held one stays.
    expect(candidateSkillsInText('Licensed CPA (New York), payroll and tax.')).toContain('Certified Public Accountant');
  });

  it("does not read another party's team as the candidate's skill", () => {
    expect(candidateSkillsInText("Served as liaison between the client and Contoso's project management team.")).not.toContain('Project Management');
    expect(candidateSkillsInText('Worked closely with the project management and quality assurance departments.')).not.toContain('Project Management');
    expect(candidateSkillsInText('Led project management for the data-centre build.')).toContain('Project Management');
  });
});

describe('tools used with another team stay', () => {
  it('keeps a tool the candidate worked with to support a team', () => {
    expect(candidateSkillsInText('Worked with Salesforce to support the inside sales team.')).toContain('Salesforce');
  });
});
