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

  it('teams a role advises, supports or serves are no asked skills (round h, the counsel posting kind)', () => {
    const counsel = jobSpecOf({
      title: 'Senior Counsel',
      description: [
        'Responsibilities:',
        'Advise the Sales, Marketing and Product Management teams on commercial contracts.',
        'Minimum qualifications:',
        'JD degree and experience in contract law.',
      ].join('\n'),
    });
    expect(counsel.askedSkills).not.toContain('Product Management');
    const cases: [string, string][] = [
      ['Provide legal advice to teams from Engineering, Product Management and Marketing.', 'Product Management'],
      ['Provide guidance to groups across Product Management and Sales.', 'Product Management'],
      ['Advise Product Management and Engineering on privacy questions.', 'Product Management'],
      ['Support the Finance and Product Marketing teams with analyses.', 'Product Marketing'],
      ['Serve Sales and Product Management as their HR business partner.', 'Product Management'],
    ];
    for (const [text, name] of cases) expect(maskTeamMentions(text), text).not.toContain(name);
    // A skill after the same verbs stays: nothing there names a team or a function.
    for (const text of ['Support Linux and Windows servers.', 'Advise on SQL query tuning.', 'Experience supporting Oracle databases.']) {
      expect(maskTeamMentions(text)).toBe(text);
    }
  });
});
