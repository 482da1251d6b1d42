import { describe, expect, it } from 'vitest';
import { CandidateProfile } from './types.js';
import { extractProfile } from './extract-profile.js';

// Shaped like the fake Ashby's synthetic resumes: headline, summary, experience with MM/YYYY ranges, education, skills.
const SYNTHETIC = `Jordan Example
Senior Software Engineer
Summary
Backend engineer with 9 years of experience building data platforms.
Experience
Senior Software Engineer at Acme Analytics
03/2019 - Current
Built event pipelines in Go and Python on k8s.
Software Engineer at Globex
06/2015 - 02/2019
Maintained Node.js services backed by postgres.
Education
Bachelor of Science in Computer Science, University of Michigan, 2011 - 2015
Skills
Go, Python, Kubernetes, PostgreSQL, JS, AWS
Languages
English, Spanish
Certifications
AWS Certified Solutions Architect`;

const LIVECAREER = `STAFF ACCOUNTANT
Summary
Accountant specializing in reconciliations.
Experience
Company Name â€“ City , State
Staff Accountant 01/2015 to Current
Prepared monthly reconciliations.
Company Name ï¼\u200B City , State
Accounts Payable Clerk 06/2012 to 12/2014
Processed invoices.
Education
Bachelor of Science : Accounting , 2012 University of Houston City , State
Skills
QuickBooks, MS Excel, account reconciliation`;

const now = new Date(Date.UTC(2024, 0, 15));

// Issue 12 reasons check: LiveCareer layouts whose years and current title were read wrong.
const UNUSUAL_DATES = `CUSTOMER SERVICE SUPERVISOR
Experience
Company Name City , State
Operations Manager Aug. 11, 2003 thru Current
Supervised a team of twelve agents.
Company Name City , State
Summer Intern Summer 2001 - Fall 2002
Filed claims.
Company Name City , State
Teaching Assistant 01/1999 to 12/2000
Graded papers.
Volunteer Tutor 01/1995 to 12/1998
Tutored adults.`;

const STATED_TOTAL = `PROJECT COORDINATOR
Summary
Coordinator with 12 years of experience in construction projects.
Experience
Company Name City , State
Project Coordinator 03/2015 to 03/2019
Scheduled crews.`;

// Round k (G800): a construction aide job 06/2006–05/2013 and a project engineer job up to the May 2013 degree;
// the summary says 4 years. Other words and places than the resume read.
const STUDY_JOBS = `DESIGN ENGINEER
Summary
Design engineer with a record of shipped products, demonstrated by 4 years of experience.
Experience
Design Engineer 09/2014 to Current Company Name City , State
Designed enclosures and brackets.
CAD Technician 08/2013 to 08/2014 Company Name City , State
Drew shop drawings.
Lab Assistant 08/2012 to 05/2013 Company Name City , State
Ran tensile tests for the department.
Store Clerk 06/2007 to 05/2013 Company Name City , State
Stocked shelves and ran the register.
Education
Bachelor of Science : Mechanical Engineering May 2013 State University City , State`;

// Round p (G282): graduate research posts during a PhD and an MS, a short internship, then (in the second reading) an
// engineer job after the PhD. Other words and places than the resume read.
const GRAD_RESEARCH = `PROCESS ENGINEER
Experience
Process Engineering Intern 06/2014 to 08/2014 Company Name City , State
Qualified an etch tool.
Research Assistant 01/2009 to Current Company Name City , State
Built a MEMS scanner.
Graduate Researcher 01/2004 to 01/2006 Company Name City
Education
Ph. D : Mechanical Engineering , May, 2016 State University City , State
M. S : Mechatronics , 2007 National University City`;

describe('extractProfile', () => {
  it('reads a synthetic resume', () => {
    const profile = extractProfile({
      candidate: { name: 'Jordan Example', emailAddresses: [{ value: 'Jordan@Example.com' }], socialLinks: [{ type: 'LinkedIn', url: 'http://uk.linkedin.com/in/jordan-example/' }] },
      resumeText: SYNTHETIC,
      now,
    });
    expect(() => CandidateProfile.parse(profile)).not.toThrow();
    expect(profile.headline).toBe('Senior Software Engineer');
    expect(profile.currentTitle).toMatchObject({ value: 'Senior Software Engineer', source: 'resume' });
    expect(profile.currentCompany?.value).toBe('Acme Analytics');
    expect(profile.occupationCode).toBe('15-1252.00');
    expect(profile.work).toHaveLength(2);
    expect(profile.work[0]).toMatchObject({ start: '2019-03', end: null, current: true, company: 'Acme Analytics' });
    expect(profile.work[1]).toMatchObject({ start: '2015-06', end: '2019-02', company: 'Globex' });
    // The dates cover 8.6 years; the summary states 9, and a stated total larger than the dates wins.
    expect(profile.yearsExperience).toBe(9);
    expect(profile.yearsInRole).toBeCloseTo(4.8, 1);
    expect(profile.highestDegree).toBe('bachelor');
    expect(profile.education[0]).toMatchObject({ school: 'University of Michigan', major: 'Computer Science', endYear: 2015 });
    expect(profile.skills.map((s) => s.value)).toEqual(expect.arrayContaining(['Go', 'Python', 'Kubernetes', 'PostgreSQL', 'JavaScript', 'Amazon Web Services', 'Node.js']));
    expect(profile.languages.map((l) => l.value)).toEqual(['English', 'Spanish']);
    expect(profile.certifications.map((c) => c.value)).toContain('AWS Certified Solutions Architect');
    expect(profile.emails).toEqual(['jordan@example.com']);
    expect(profile.social[0]).toMatchObject({ type: 'linkedin', url: 'https://www.linkedin.com/in/jordan-example', source: 'ashby' });
  });

  it('prefers Ashby fields and labels their source', () => {
    const profile = extractProfile({ candidate: { name: 'A', position: 'Head of Data', company: 'Initech', school: 'MIT', location: 'Berlin' }, resumeText: null, now });
    expect(profile.currentTitle).toEqual({ value: 'Head of Data', source: 'ashby', confidence: 0.95 });
    expect(profile.currentCompany?.source).toBe('ashby');
    expect(profile.education[0]).toMatchObject({ school: 'MIT', source: 'ashby' });
    expect(profile.location?.value).toBe('Berlin');
    expect(profile.work).toEqual([]);
    expect(profile.yearsExperience).toBeNull();
  });

  it('reads "Aug. 11, 2003 thru Current" as the current role and leaves internships and assistantships out of the years', () => {
    const profile = extractProfile({ candidate: { name: '' }, resumeText: UNUSUAL_DATES, now: new Date(Date.UTC(2013, 7, 28)) });
    expect(profile.currentTitle?.value).toBe('Operations Manager');
    expect(profile.work[0]).toMatchObject({ title: 'Operations Manager', start: '2003-08', current: true });
    expect(profile.work.map((w) => w.start)).toEqual(['2003-08', '2001-06', '1999-01', '1995-01']);
    // Aug 2003 to Aug 2013; the internship, the assistantship and the volunteer tutoring are not professional years.
    expect(profile.yearsExperience).toBe(10);
  });

  it('takes a smaller stated total when roles held while studying explain the difference (round k, G800)', () => {
    const at = new Date(Date.UTC(2017, 5, 1));
    // The dates cover 06/2007 to 06/2017 (10 years); without the two jobs held up to the 2013 degree, 3.9.
    expect(extractProfile({ candidate: { name: '' }, resumeText: STUDY_JOBS, now: at }).yearsExperience).toBe(4);
    // Without a stated total the dates stand: the rule never lowers a total on its own.
    const unstated = STUDY_JOBS.replace(', demonstrated by 4 years of experience', '');
    expect(extractProfile({ candidate: { name: '' }, resumeText: unstated, now: at }).yearsExperience).toBeCloseTo(10, 0);
    // A stated total the study jobs do not explain (below even the career after the degree) leaves the dates too.
    const lower = STUDY_JOBS.replace('4 years of experience', '2 years of experience');
    expect(extractProfile({ candidate: { name: '' }, resumeText: lower, now: at }).yearsExperience).toBeCloseTo(10, 0);
  });

  it('leaves academic-assistant roles held while studying out of the dated total (round p, G282)', () => {
    const at = new Date(Date.UTC(2016, 4, 28));
    const profile = extractProfile({ candidate: { name: '' }, resumeText: GRAD_RESEARCH, now: at });
    expect(profile.yearsExperience).toBeNull();
    expect(profile.work.filter((w) => w.studentJob).map((w) => w.title)).toEqual(['Research Assistant', 'Graduate Researcher']);
    // Work after the degree counts, and so does a research assistant still held two years after it.
    const later = GRAD_RESEARCH.replace('Experience\n', 'Experience\nOptical Engineer 06/2016 to 06/2018 Company Name City , State\n');
    expect(extractProfile({ candidate: { name: '' }, resumeText: later, now: new Date(Date.UTC(2018, 5, 28)) }).yearsExperience).toBeCloseTo(9.4, 0);
  });

  it('takes the total a candidate states when the dates cover less of the career', () => {
    const profile = extractProfile({ candidate: { name: '' }, resumeText: STATED_TOTAL, now: new Date(Date.UTC(2019, 3, 1)) });
    expect(profile.yearsExperience).toBe(12);
  });

  it('reads the LiveCareer layout with mojibake and anonymised employers', () => {
    const profile = extractProfile({ candidate: { name: '' }, resumeText: LIVECAREER, now: new Date(Date.UTC(2016, 0, 1)) });
    expect(profile.currentTitle?.value).toBe('Staff Accountant');
    expect(profile.currentCompany).toBeNull();
    expect(profile.work.map((w) => w.title)).toEqual(['Staff Accountant', 'Accounts Payable Clerk']);
    // 43 months with both ends worked: 3.5 years rounded down (years.ts, tenthsDown), not 3.6.
    expect(profile.yearsExperience).toBeCloseTo(3.5, 1);
    expect(profile.highestDegree).toBe('bachelor');
    expect(profile.education[0]).toMatchObject({ school: 'University of Houston', major: 'Accounting', endYear: 2012 });
    expect(profile.skills.map((s) => s.value)).toEqual(expect.arrayContaining(['QuickBooks', 'Microsoft Excel', 'Account Reconciliation']));
  });
});

// Fresh reasons check (issue 12): two careers read far too short because dated roles were missed.
describe('dated roles outside the usual layout', () => {
  const profileOf = (text: string) => extractProfile({ candidate: { name: 'Resume 1' }, resumeText: text, now: new Date('2017-06-01T00:00:00Z') });

  it('reads "Company (City): Title (Month Year to Month Year)" roles in a highlights block, dash lost and range split over lines', () => {
    const text = [
      'BUSINESS DEVELOPMENT DIRECTOR',
      'Highlights',
      'Strong interpersonal skills.',
      'Acme Media (Atlanta Ga.) Director of Business Development (July 2009 \u00c2\u200b',
      'March 2012)',
      'Attracting new clients and growing the client base.',
      'Definition Six (Atlanta Ga.) Business Development Executive (March 2008 to July',
      '2009)',
      'Acquired new clients.',
      'LBi Atlanta (Formerly Creative Group (Atlanta Ga.) Director of Client',
      'Development (January 2005 to',
      'October 2008)',
      'Sold interactive strategy.',
      'Printing Co (Atlanta, Ga.): Account Executive (August 1998 \u00c2\u200b September 2003)',
      'Prospected for new clients.',
      'Experience',
      'Business Development Director 03/2012 to 01/2014 Company Name City , State',
      'Created brand awareness within the defined market.',
    ].join('\n');
    const profile = profileOf(text);
    expect(profile.work.map((w) => [w.title, w.start, w.end])).toEqual([
      ['Business Development Director', '2012-03', '2014-01'],
      ['Director of Business Development', '2009-07', '2012-03'],
      ['Business Development Executive', '2008-03', '2009-07'],
      ['Director of Client Development', '2005-01', '2008-10'],
      ['Account Executive', '1998-08', '2003-09'],
    ]);
    expect(profile.work[1].company).toBe('Acme Media');
    // 1998-08..2003-09 (62 months) + 2005-01..2014-01 (109) = 171 months, 14.2 years rounded down (a reader's 14.1),
    // not the 1.9 of the experience section alone.
    expect(profile.yearsExperience).toBeCloseTo(14.2, 1);
  });

  it('keeps reading roles after an "Accomplishments:" sub-heading inside the experience section', () => {
    const text = [
      'SENIOR PROGRAM MANAGER',
      'Professional Experience',
      'Company Name City , State Senior Engineering Program Manager 02/2011 to 04/2017',
      'Accomplishments:',
      'Managed mission critical initiatives.',
      'Company Name City , State Founder/Principal Consultant 03/1998 to 01/2011',
      'Provided consulting services to Fortune 500 organizations.',
      'Company Name City , State Senior Manager 06/1993 to 03/1998',
      'Education',
      'Master of Science : Information Systems',
    ].join('\n');
    const profile = profileOf(text);
    expect(profile.work.map((w) => w.title)).toEqual(['Senior Engineering Program Manager', 'Founder/Principal Consultant', 'Senior Manager']);
    expect(profile.yearsExperience).toBeCloseTo(23.8, 0);
  });

  // Rounds f and g (G125, G49): roles dated by employer in an accomplishments section, a dash twice mis-decoded.
  it('counts roles dated by employer in another section toward the dated total, as a lower bound', () => {
    const text = [
      'OPERATIONS DIRECTOR',
      'Accomplishments',
      'Cut freight cost 18% across two regions.',
      'PLANT LEADERSHIP: Cascade Paperboard Co.',
      '2006) Ran the converting line turnaround.',
      'Orchard Valley Foods Inc. (2004) Rebuilt the maintenance schedule.',
      'Lakeshore Metals Corporation; Gary, IN (1990\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u200b2001) PLANT MANAGER | Lean | Safety',
      'Work History',
      'Operations Director , 03/2012 to Current',
      'Company Name \u2013 City , State',
      'Plant Manager , 01/2009 to 03/2012',
      'Company Name \u2013 City , State',
      'Education',
      'Master of Science : Industrial Engineering 1989 State University',
    ].join('\n');
    const profile = profileOf(text);
    // 1990-01..2001-01 (11.1) + 2004 and 2006 (a month each) + 2009-01..2017-06 (8.4) = 19.6 rounded down, not the work
    // history's 8.4.
    expect(profile.yearsExperience).toBeCloseTo(19.6, 1);
    expect(profile.yearsExperienceAtLeast).toBe(true);
    // The roles stay out of the work history: their titles and the current employer are not read from them.
    expect(profile.work.map((w) => w.start)).toEqual(['2012-03', '2009-01']);
    expect(CandidateProfile.parse(profile)).toEqual(profile);
  });

  // Round t (G483): "Additional Experience (1995 – 1999)" dated two sales roles that had no dates of their own; the
  // figure read 15.5 years from 1998 on.
  it('counts a block of roles dated by its heading toward the dated total, as its range says', () => {
    const text = [
      'BUSINESS DEVELOPMENT DIRECTOR',
      'Highlights',
      'Strong interpersonal skills.',
      'Printing Co (Atlanta, Ga.): Account Executive (August 1998 \u00c2\u200b September 2003)',
      'Prospected for new clients.',
      'Additional Experience (1995 \u00c2\u200b 1999)',
      'Account Executive / Harbor Freightways',
      'Territory Manager / Lakeside Express',
      'Sold transportation and logistical solutions.',
      'Experience',
      'Business Development Director 03/2012 to 01/2014 Company Name City , State',
      'Created brand awareness within the defined market.',
    ].join('\n');
    const profile = profileOf(text);
    // 1995-01..2003-09 and 2012-03..2014-01, 128 months: 10.6 rounded down, not the 7 of the dated roles alone.
    expect(profile.yearsExperience).toBeCloseTo(10.6, 1);
    expect(profile.yearsExperienceAtLeast).toBeUndefined();
    // The block's roles have no dates of their own, so they stay out of the work history.
    expect(profile.work.map((w) => w.start)).toEqual(['2012-03', '1998-08']);
  });

  it('calls the total a lower bound when a current role may run past the resume\'s last date (a later year in a plan\'s name)', () => {
    const text = ['Work History', 'Payroll Lead , 05/2010 to Current', 'Company Name \u2013 City , State', 'Wrote the unit plan for the Horizon 2014 programme.', 'Clerk , 01/2004 to 05/2010'].join('\n');
    const profile = extractProfile({ candidate: { name: 'Resume 1' }, resumeText: text, now: new Date('2010-05-28T00:00:00Z') });
    expect(profile.yearsExperience).toBeCloseTo(6.4, 1);
    expect(profile.yearsExperienceAtLeast).toBe(true);
  });

  it('keeps a work history alone as an exact total', () => {
    const profile = profileOf(['Work History', 'Buyer , 01/2010 to 01/2015', 'Company Name \u2013 City , State'].join('\n'));
    // 61 months with both ends worked: 5 years, as a reader counts January to January.
    expect(profile.yearsExperience).toBeCloseTo(5, 1);
    expect(profile.yearsExperienceAtLeast).toBeUndefined();
  });

  it('reads a role written with only its start as the latest, held since then', () => {
    const text = [
      'Experience',
      'Business Development Manager 09/2013 Company Name City',
      'Developed strategic relationships.',
      'SALES MANAGER 01/2010 to 01/2012 Company Name City , State',
      'Led a regional sales team.',
      'Received the President\u2019s Club award in 06/2011 for sales results.',
    ].join('\n');
    const profile = profileOf(text);
    expect(profile.work.map((w) => [w.title, w.start, w.end])).toEqual([
      ['Business Development Manager', '2013-09', null],
      ['SALES MANAGER', '2010-01', '2012-01'],
    ]);
    expect(profile.currentTitle?.value).toBe('Business Development Manager');
  });
});

describe('a current role on a resume that may be later than its latest date (round h, G338)', () => {
  it('marks the years in role and the dated total as lower bounds', async () => {
    const { resumeDating } = await import('./extract-profile.js');
    const text = [
      'Summary',
      'Buyer for regional grocers.',
      'Accomplishments',
      "President's Club 2012, 2014 (expected)",
      'Experience',
      'Regional Buyer',
      'May 2011 to Current Company Name - City , State',
      'Assistant Buyer',
      'June 2006 to April 2011 Company Name - City , State',
      'Education',
      'Executive MSc : Finance , 2016 Northgate University',
    ].join('\n');
    const { at, upTo } = resumeDating(text, new Date('2024-01-01T00:00:00Z'));
    const profile = extractProfile({ candidate: { name: '' }, resumeText: text, now: at, nowUpTo: upTo });
    expect(profile.yearsInRole).toBeCloseTo(0.7, 1);
    expect(profile.yearsInRoleAtLeast).toBe(true);
    expect(profile.yearsExperienceAtLeast).toBe(true);
    // Without a later year in view, the same resume's figures are what the dates say.
    const plain = extractProfile({ candidate: { name: '' }, resumeText: text, now: at });
    expect(plain.yearsInRoleAtLeast).toBeUndefined();
  });
});

