import { describe, expect, it } from 'vitest';
import { candidateSkillsInText } from '../profile/skills.js';
import { jobSpecOf } from './job-requirements.js';
import type { ResumeFacts } from './resume-facts.js';
import { scoreCandidate, type CandidateFacts } from './score.js';

/*
 * Round i, G923 (business analyst intern, "Data Sciences" coursework): resumes doing machine learning were told
 * "not on resume: Data Science", one listing pandas "not on resume: Data Analysis". Other phrasings here.
 */
const candidate: CandidateFacts = { candidateId: 'c1', name: 'Resume 1', current: null, past: [], skills: [], yearsExperience: null };

function skillReason(description: string, text: string): string | undefined {
  const job = jobSpecOf({ title: 'Quantitative Analyst', description });
  const resume: ResumeFacts = { text, career: [], yearsInRole: null, skills: new Set(candidateSkillsInText(text).map((s) => s.toLowerCase())) };
  return scoreCandidate(job, candidate, [], null, undefined, { resume, lexical: null }).reasons.find((r) => /skills/.test(r));
}

describe('Data Science and Data Analysis shown under other names (round i)', () => {
  // Data Science asked on its own: "Coursework in Data Science or Statistics" makes it one of two alternatives,
  // never a gap (context-mentions.ts), which the last case checks.
  const description = 'Minimum qualifications:\nCoursework in Data Science.\nExperience with SQL and data analysis.';

  it('machine learning is data science, and says where', () => {
    expect(skillReason(description, 'Skills\nSQL, machine learning (supervised and unsupervised), data analysis')).toBe(
      'Has 3 of 3 required skills: Data Science (via Machine Learning), SQL, Data Analysis',
    );
    expect(skillReason(description, 'Skills\nSQL, Python\nProjects\nBuilt predictive models of loan default and analyzed data from 2 million accounts.')).toBe(
      'Has 3 of 3 required skills: Data Science (via predictive models), SQL, Data Analysis',
    );
  });

  it('pandas is data analysis; statistics alone is no data science', () => {
    expect(skillReason(description, 'Skills\nSQL, Python, pandas, statistics')).toBe(
      'Has 2 of 3 required skills: SQL, Data Analysis (via pandas); not on resume: Data Science',
    );
  });

  it('an alternative is credited apart and never called missing', () => {
    const either = 'Minimum qualifications:\nCoursework in Data Science or Statistics.\nExperience with SQL and data analysis.';
    expect(skillReason(either, 'Skills\nSQL, Python, pandas, statistics')).toBe('Has 2 of 2 required skills: SQL, Data Analysis (via pandas)');
    expect(skillReason(either, 'Skills\nSQL, machine learning (supervised and unsupervised), data analysis')).toBe(
      'Has 2 of 2 required skills: SQL, Data Analysis; one of the backgrounds asked: Data Science (via Machine Learning)',
    );
  });
});
