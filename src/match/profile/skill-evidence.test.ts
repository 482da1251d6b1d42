import { describe, expect, it } from 'vitest';
import { candidateSkillsInText, extractSkills, pendingCertifications, pendingSkills } from './skills.js';

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

  it('does not count a skill the resume lists as still being learned (held-out round c, LiveCareer 42156237)', () => {
    // The resume's own highlights line: R appears nowhere else, Python also in the generated keyword list.
    const highlights = 'Power user of MS Excel, Power BI, Tableau, Google Analytics, JIRA, Salesforce,\nTSQL, SQL, HTML, PHP, JavaScript, MS Access, MS Visio, MS Project. In progress - R, Python.';
    expect([...pendingSkills(highlights)].sort()).toEqual(['Python', 'R']);
    const text = `Highlights\n${highlights}\nSkills\nbudget, ETL, progress, Python, reporting, SQL, Tableau`;
    expect(candidateSkillsInText(text)).toEqual(expect.arrayContaining(['SQL', 'Tableau']));
    expect(candidateSkillsInText(text)).not.toContain('R');
    const { skills } = extractSkills(highlights.split('\n'), text);
    expect(skills.map((s) => s.value)).toEqual(expect.arrayContaining(['SQL']));
    expect(skills.map((s) => s.value)).not.toContain('R');
    // The other layouts, and what stays held: a skill in use, and work that is in progress.
    expect([...pendingSkills('Lean Six Sigma (In Progress); LEED Green Associate 2013')]).toEqual(['Six Sigma']);
    expect([...pendingSkills('Currently learning Tableau and Python')].sort()).toEqual(['Python', 'Tableau']);
    expect([...pendingSkills('Machine Learning: Supervised Learning, Python\nMonitored work in progress; SQL reports.')]).toEqual([]);
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

describe("other people's work the candidate dealt with (held-out round e)", () => {
  it('does not credit a recruiter with the skills of the people she placed (G134 / LiveCareer 18297650)', () => {
    const text = [
      'Technical Recruiter 01/2006 to 06/2008',
      'Focused in the placement of Software Engineers/Architects, Web Developers, Quality Assurance/Test Engineers.',
      'Performed extensive recruiting for Senior Software/Database Developers with heavy focus on technologies such as: C/C++, (Windows &',
      'UNIX/Linux), Java/J2EE, and Oracle.',
      'Skills',
      '.NET, accounting, C, C++, closing, cold calling, HR, Java, Linux, mentoring, Taleo',
    ].join('\n');
    const found = candidateSkillsInText(text);
    for (const skill of ['Quality Assurance', 'C++', 'Linux']) expect(found).not.toContain(skill);
    const listed = extractSkills(['.NET, accounting, C, C++, closing, cold calling, HR, Java, Linux, mentoring, Taleo'], text).skills.map((f) => f.value);
    expect(listed).not.toContain('C++');
    expect(listed).not.toContain('Linux');
  });
  it('does not credit a function the candidate served (G1107 / LiveCareer 28679359)', () => {
    const text = 'Sr. Marketing Manager 09/2010 to 06/2011\ne-Marketing and Creative Services Clients: Human Resources, Recruiting and Training\nBuilt campaigns for the Recruiting department.';
    expect(candidateSkillsInText(text)).not.toContain('Recruiting');
    // Work made for named functions, with the function again in a keyword list: still not the candidate's.
    const creative = 'Oversee all creative initiatives for Human Resources, Recruiting and Training.\nSkills\nNewsletters, online marketing, Project Management, Recruiting, SEO';
    expect(candidateSkillsInText(creative)).not.toContain('Recruiting');
    expect(extractSkills(['Newsletters, online marketing, Project Management, Recruiting, SEO'], creative).skills.map((f) => f.value)).not.toContain('Recruiting');
    // A product built for platforms is the candidate's work on them.
    expect(candidateSkillsInText('Wrote installers for Windows and Linux.')).toContain('Linux');
  });
  it('keeps a skill the candidate also used, and a recruiter her own recruiting', () => {
    const text = 'Software Engineer 2012 to 2016\nHired and mentored 4 developers.\nWrote the billing service in C++ on Linux.\nRecruiter 2016 to Current\nFull-cycle recruiting; sourced candidates on LinkedIn.';
    const found = candidateSkillsInText(text);
    expect(found).toContain('C++');
    expect(found).toContain('Linux');
  });
});

describe("a recruiter's own tasks after the people recruited (the Negotiation false negative left open after round h)", () => {
  it("credits the task a recruiter does after naming the people, not the people's skills", () => {
    const text = 'Staffing Consultant 2010 to 2014\nHandled full-cycle hiring of Java developers and QA testers, negotiating salaries and extending offers.';
    const found = candidateSkillsInText(text);
    expect(found).toContain('Negotiation');
    expect(found).not.toContain('Java');
    // A gerund that is one of the people's technologies stays theirs: a join or a comma follows it, not an object.
    const tech = candidateSkillsInText('Recruited network engineers skilled in routing, networking and security for data-centre clients.');
    expect(tech).not.toContain('Networking');
  });
});

describe('names that carry a skill word but are no practice of the candidate (round i left-overs)', () => {
  it('does not credit a skill from an event or publication name', () => {
    const text = 'Publications\nPaper on gear wear presented at the Symposium on Deep Learning and Mechanical Design (SDLMD 2016), Berlin.\nSkills\nSolidWorks, ANSYS';
    expect(candidateSkillsInText(text)).not.toContain('Deep Learning');
    expect(candidateSkillsInText('Reviewer, Journal of Machine Learning Research.')).not.toContain('Machine Learning');
    // The candidate's own work with the same words still counts.
    expect(candidateSkillsInText('Presented at the Workshop on Robotics (2019).\nBuilt machine learning models for churn in Python.')).toContain('Machine Learning');
  });
  it("does not credit the industries a candidate's clients are in", () => {
    const text = 'Account Director, PR agency 2012 to 2018\nSectors served include fintech, machine learning, cybersecurity and data analytics start-ups.';
    const found = candidateSkillsInText(text);
    expect(found).not.toContain('Machine Learning');
    expect(candidateSkillsInText('Industries: retail banking, machine learning platforms, healthcare.')).not.toContain('Machine Learning');
    expect(candidateSkillsInText('Industry experience includes retail; trained machine learning models for demand planning.')).toContain('Machine Learning');
  });
});

describe('experience in an industry is the candidate’s own work', () => {
  it('keeps the areas listed after "experience in the … industry including"', () => {
    expect(candidateSkillsInText('Deep experience in the insurance industry including budgeting, staff management, and contract negotiations.')).toContain('Budgeting');
    expect(candidateSkillsInText('Industries Served: Banking, Staffing and Recruiting, Telecommunications')).not.toContain('Recruiting');
  });
  it('does not credit products named as competitors (round x, G920 / LiveCareer 91189201)', () => {
    const text = "Developed a content strategy for VMware's IaaS case studies by bench-marking 150 IaaS case studies\npublished by competitors such as AWS, Microsoft Azure, Rackspace, and Google.";
    const skills = candidateSkillsInText(text);
    expect(skills).not.toContain('Amazon Web Services');
    expect(skills).not.toContain('Microsoft Azure');
    const listed = 'Competitive Analysis, Marketing, Product Development, Aws, Buying, Iaas, Product Marketing, Sales';
    expect(extractSkills([listed], `${text}\nSkills\n${listed}`).skills.map((f) => f.value)).not.toContain('Amazon Web Services');
    // Used in the candidate's own work as well, it stays.
    expect(candidateSkillsInText(`${text}\nMigrated the billing service to AWS Lambda.`)).toContain('Amazon Web Services');
  });
  it("does not credit the system an organisation keeps its data in (round t, G253 / LiveCareer 51508889)", () => {
    const text =
      'April 2008 to November 2009 Company Name City , State\nMerck has data in SAP and legacy system, TIBCO CIM is a key component of the solution to manage SAP and legacy system data translation.\nTIBCO CIM is the master data management tool.';
    expect(candidateSkillsInText(text)).not.toContain('SAP');
    expect(candidateSkillsInText('Acme Health kept its customer records in Salesforce CRM.')).not.toContain('Salesforce');
    // The candidate's own work with the system counts (round t held G253 / 17823436 true), and so does a pronoun subject.
    expect(candidateSkillsInText(`${text}\nBuilt up a Data bridge between our database and SAP database.`)).toContain('SAP');
    expect(candidateSkillsInText('We have data in SAP that I reconciled monthly.')).toContain('SAP');
    expect(candidateSkillsInText('Previously had data in SAP modules for the plant.')).toContain('SAP');
  });
});
