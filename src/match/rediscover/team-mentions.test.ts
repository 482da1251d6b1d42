import { describe, expect, it } from 'vitest';
import { jobSpecOf } from './job-requirements.js';
import { maskTeamMentions } from './team-mentions.js';

describe('teams and functions a posting works with are no skills', () => {
  it('a function named as a team in the responsibilities is no asked skill (fresh reasons check, posting 154)', () => {
    const partnerEngineer = jobSpecOf({
      title: 'Android Partner Engineer, Technical Solutions Consultant',
      description: [
        'Responsibilities:',
        'Improve product feature offerings by providing partner feedback to internal cross-functional teams including Product Management and Engineering.',
        'Minimum qualifications:',
        'Experience working with Unix/Linux especially for low level software.',
      ].join('\n'),
    });
    expect(partnerEngineer.askedSkills).not.toContain('Product Management');
    // "Experience working with Unix/Linux" asks for the skills.
    expect(partnerEngineer.askedSkills).toEqual(expect.arrayContaining(['Unix', 'Linux']));
  });

  it('masks the three shapes of a team mention and keeps skill asks', () => {
    const cases: [string, string][] = [
      ['Give feedback to teams including Product Management and Engineering.', 'Product Management'],
      ['Partner with Product Management to define the roadmap.', 'Product Management'],
      ['Work closely with the Product Management and Finance teams.', 'Product Management'],
      ['Collaborate with stakeholders such as Product Marketing, Sales and Legal.', 'Product Marketing'],
    ];
    for (const [text, name] of cases) {
      const masked = maskTeamMentions(text);
      expect(masked).toHaveLength(text.length);
      expect(masked).not.toContain(name);
    }
    for (const text of ['Experience working with Unix/Linux.', 'Work with SQL and Python to build pipelines.', 'Experience in product management.']) {
      expect(maskTeamMentions(text)).toBe(text);
    }
  });

  it('a word the posting uses only in a team or product name is never quoted as a key word', () => {
    const sales = jobSpecOf({
      title: 'Field Sales Representative, Google Cloud',
      description: 'Responsibilities:\nWork with wider Google AdWords and Google Cloud account teams to develop pipeline.\nBuild a pipeline of customers.',
    });
    const term = (label: string) => sales.keyTerms.find((t) => t.label === label);
    expect(term('adwords')?.quote).toBe(false);
    expect(term('pipeline')?.quote).not.toBe(false);
  });
});
