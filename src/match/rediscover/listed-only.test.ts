import { describe, expect, it } from 'vitest';
import { candidateSkillsInText } from '../profile/skills.js';
import { jobSpecOf } from './job-requirements.js';
import type { ResumeFacts } from './resume-facts.js';
import { scoreCandidate, type CandidateFacts } from './score.js';

/*
 * When a skills-list mention is enough (round j: "Certified Public Accountant" from a lone "CPA" in an alphabetical
 * keyword list, "Negotiation" from one word of a list). A practice or credential named only in a skills list is said
 * to be listed, not held; a tool listed there is held. Other phrasings than the corpus lines.
 */
const candidate: CandidateFacts = { candidateId: 'c1', name: 'Resume 1', current: null, past: [], skills: [], yearsExperience: null };

function skillReason(description: string, text: string): string | undefined {
  const job = jobSpecOf({ title: 'Controller', description });
  const resume: ResumeFacts = { text, career: [], yearsInRole: null, skills: new Set(candidateSkillsInText(text).map((s) => s.toLowerCase())) };
  return scoreCandidate(job, candidate, [], null, undefined, { resume, lexical: null }).reasons.find((r) => /skills/i.test(r));
}

const description = 'Minimum qualifications:\nCertified Public Accountant.\nExperience with budgeting and Microsoft Excel.';
const experience = 'Experience\nController 2012 to 2019 Company Name\nPrepared the monthly close and board reports.';

describe('a practice or credential named only in a skills list (round j)', () => {
  it('says the list names it, without crediting or denying it', () => {
    const text = `${experience}\nSkills\nAccruals, budgeting, CPA, Microsoft Excel, month-end close`;
    expect(skillReason(description, text)).toBe('Has 1 of 3 required skills: Microsoft Excel; skills list names: Certified Public Accountant, Budgeting');
  });

  it('credits it when the resume shows it outside the list: a held credential, the practice in any form', () => {
    const text = `Jane Roe, CPA\n${experience}\nOwned the annual budgets of four plants.\nSkills\nAccruals, budgeting, CPA, Microsoft Excel`;
    expect(skillReason(description, text)).toBe('Has 3 of 3 required skills: Certified Public Accountant, Budgeting, Microsoft Excel');
  });

  it('a credential inside a society\'s name is not shown outside the list', () => {
    const text = `${experience}\nReconciled 40 bank accounts.\nLed the ERP migration.\nAffiliations\nMember of the Massachusetts Society of Certified Public Accountants\nSkills\nCPA, Microsoft Excel, budgets`;
    expect(skillReason(description, text)).toMatch(/skills list names: Certified Public Accountant/);
  });

  it('a listed practice alone is named, not counted as held', () => {
    const job = 'Minimum qualifications:\nExperience negotiating contracts.';
    expect(skillReason(job, `${experience}\nSkills\nNegotiation, payroll, scheduling`)).toBe('Skills list names: Negotiation');
    expect(skillReason(job, `${experience}\nNegotiated the lease of the new plant.\nSkills\nNegotiation`)).toBe('Has 1 of 1 required skills: Negotiation');
  });
});

describe('a title that joins two fields before one head names a person of each (round j, G853)', () => {
  it('credits Graphic Design to a graphic and web designer', () => {
    const job = jobSpecOf({ title: 'Visual Designer', description: 'Minimum qualifications:\nExperience in graphic design.' });
    const career = [{ title: 'Graphic and Web Designer (Contract)', canonicalTitle: null, occupationCode: null, company: null, start: '2012-03', end: '2014-05', current: false }];
    const text = 'Summary\nDesigner of retail brands.\nExperience\nMarch 2012 to May 2014 Company Name\nGraphic and Web Designer (Contract)\nCreated brand assets.';
    const resume: ResumeFacts = { text, career, yearsInRole: null, skills: new Set(candidateSkillsInText(text).map((s) => s.toLowerCase())) };
    const reasons = scoreCandidate(job, candidate, [], null, undefined, { resume, lexical: null }).reasons;
    expect(reasons).toContain('Has 1 of 1 required skills: Graphic Design');
  });
});
