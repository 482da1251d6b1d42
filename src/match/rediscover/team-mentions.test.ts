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

describe('lists of business functions a role serves (round i, the Firebase posting kind)', () => {
  it('a coordinated list of functions after "to / with / between / from / including" is no asked skill', () => {
    const engineer = jobSpecOf({
      title: 'Support Engineer',
      description: [
        'Responsibilities:',
        'Bring our customers’ problems to Product Management and Site Reliability Engineering and follow them to a fix.',
        'Minimum qualifications:',
        'Experience with SQL and Linux.',
      ].join('\n'),
    });
    expect(engineer.askedSkills).not.toContain('Product Management');
    expect(engineer.askedSkills).toEqual(expect.arrayContaining(['SQL', 'Linux']));
    const cases: [string, string][] = [
      ['Respond to legal questions from Sales, Business Development, Marketing and other clients.', 'Business Development'],
      ['Act as a liaison between Engineering, Product Management and support staff.', 'Product Management'],
      ['Report progress, communicating clearly with Engineering, Product Management, QA and Operations.', 'Product Management'],
      ['Give strategic input to Engineering and Product Management for the platform.', 'Product Management'],
      ['Build relationships across the company, including Marketing, Technical Support, Legal and Finance.', 'Technical Support'],
      ['Shape the strategy with stakeholders in Partner Programs, Product Management, Sales, and Marketing; support regional partners.', 'Product Management'],
    ];
    for (const [text, name] of cases) expect(maskTeamMentions(text), text).not.toContain(name);
  });

  it('the same teams in lower case, before a team word or after "work with"', () => {
    const cases: [string, string][] = [
      ['Collaborate with client services, product management and engineering teams to drive innovation.', 'product management'],
      ['Work with the sales, customer support, product management, and engineering teams on escalations.', 'product management'],
      ['Partner directly with product management to prioritize launches.', 'product management'],
      ['Advise business development and technology management teams on contract risk.', 'business development'],
      ['Work in cross-functional teams (including engineering, compliance and product management) on requirements.', 'product management'],
      ['Interact with Quality Assurance (QA) teams to improve testing.', 'Quality Assurance'],
    ];
    for (const [text, name] of cases) expect(maskTeamMentions(text), text).not.toContain(name);
  });

  it('keeps skill asks: a list after "experience in", the role’s own team, a task after "support"', () => {
    const keep = [
      '8 years of experience in Management Consulting, Product Management, Engineering or Finance.',
      'Exposure to Sales and Marketing in a startup.',
      'Degree in Finance and Accounting.',
      'Conduct analysis that turns data into insights, and support business development.',
      'Support development of the partner marketing strategy for the region.',
      'Support data analysis for monthly reviews.',
      'Directly manage a data science team.',
      'Build and lead a cross-functional data science team.',
      'Manage an account management team focused on large customers.',
      'Work with SQL and Python to build pipelines.',
    ];
    for (const text of keep) expect(maskTeamMentions(text), text).toBe(text);
    const lead = jobSpecOf({ title: 'Analytics Lead', description: 'Responsibilities:\nDirectly manage a data science team.\nSupport business development with market sizing.' });
    expect(lead.askedSkills).toEqual(expect.arrayContaining(['Data Science', 'Business Development']));
  });
});

describe('a bracket that introduces the teams (round j, G604)', () => {
  it('"teams (e.g. …)", "(including …)", "(such as …)" hold team lists, not skills', () => {
    const cases: [string, string][] = [
      ['Work with other partner teams (e.g. Product, Engineering, Business Development, Marketing) to scale operations.', 'Business Development'],
      ['Coordinate with internal groups (i.e., Finance, Legal, Product Management) on launches.', 'Product Management'],
      ['Engage cross-functional stakeholders (including Sales, Business Development and Marketing) early.', 'Business Development'],
      ['Drive alignment with partner functions (such as Account Management, Sales Operations) on targets.', 'Account Management'],
      ['Partner teams (for example, Quality Assurance and Engineering) review every release.', 'Quality Assurance'],
    ];
    for (const [text, name] of cases) {
      const masked = maskTeamMentions(text);
      expect(masked, text).toHaveLength(text.length);
      expect(masked, text).not.toContain(name);
    }
  });

  it('a bracket of skills after a non-team word stays a skill ask', () => {
    for (const text of [
      'Experience with analytics tools (e.g. SQL, Python, Tableau).',
      'Knowledge of business processes (e.g. Business Development) is a plus.',
      'Experience in Business Development (e.g. partnerships, licensing deals).',
    ]) {
      expect(maskTeamMentions(text)).toBe(text);
    }
  });
});

describe('a list of teams after "teams including" whatever its words (round i left-over, row 800)', () => {
  it('masks every item of an enumerated team list, including items that are no function words', () => {
    const text = 'Coordinate with partner groups such as: data-platform, firmware and hardware engineers, sales operations, account management and outside counsel.';
    const masked = maskTeamMentions(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('account management');
    const spec = jobSpecOf({ title: 'Launch Manager', description: `Responsibilities:\n${text}\nMinimum qualifications:\nExperience in project management.` });
    expect(spec.askedSkills).not.toContain('Account Management');
    expect(spec.askedSkills).toContain('Project Management');
  });
  it('ends the list where its last item goes on into the sentence, and keeps a field a team works in', () => {
    const text = 'Work with teams including UX-research, Legal and Sales to launch data analysis tooling.';
    const masked = maskTeamMentions(text);
    expect(masked).not.toContain('Sales');
    expect(masked).toContain('data analysis');
    expect(maskTeamMentions('Lead teams in data analysis and forecasting.')).toContain('data analysis');
    expect(maskTeamMentions('Experience supporting teams such as: accounting, payroll and audit.')).toContain('payroll');
  });
});
