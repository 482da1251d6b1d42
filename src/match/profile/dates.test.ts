import { describe, expect, it } from 'vitest';
import { findDateRange, findStartOnly, joinSplitRanges, latestDateIn, parseDate } from './dates.js';
import { mergedYears, statedYears, statedYearsScope } from './years.js';

describe('dates', () => {
  it('parses the written forms', () => {
    expect(parseDate('01/2015')).toEqual({ year: 2015, month: 1 });
    expect(parseDate('Sept. 2014')).toEqual({ year: 2014, month: 9 });
    expect(parseDate('2010')).toEqual({ year: 2010, month: 1 });
    expect(parseDate('Current')).toBeNull();
  });
  it('finds ranges with to, dashes and Current', () => {
    expect(findDateRange('Company Name 01/2015 to Current Accountant')).toMatchObject({ start: { year: 2015, month: 1 }, end: null, current: true });
    expect(findDateRange('Jan 2015 - Mar 2017')).toMatchObject({ start: { year: 2015, month: 1 }, end: { year: 2017, month: 3 }, current: false });
    expect(findDateRange('Arts Instructor , 08/1990 - 05/2012 Company Name')).toMatchObject({ start: { year: 1990, month: 8 } });
    expect(findDateRange('grew revenue 20% in 2014')).toBeNull();
  });
  // Issue 12 reasons check: a day-of-month date kept only its year ("Aug. 11, 2003 thru Current" → 2003-01),
  // and a season or an "'10" year lost the role, so years of experience and the current title were wrong.
  it.each([
    ['Program Manager Aug. 11, 2003 thru Current', { year: 2003, month: 8 }, null, true],
    ['August 11th, 2003 through present', { year: 2003, month: 8 }, null, true],
    ['Analyst 11 Aug 2003 - 15 Jan 2005', { year: 2003, month: 8 }, { year: 2005, month: 1 }, false],
    ['Sales Lead Jan 2010 - Dec. 15, 2012', { year: 2010, month: 1 }, { year: 2012, month: 12 }, false],
    ['Intern Summer 2010 - Fall 2012', { year: 2010, month: 6 }, { year: 2012, month: 9 }, false],
    ["Cashier Feb '10 - Mar '12", { year: 2010, month: 2 }, { year: 2012, month: 3 }, false],
    ['December 2009 to Till Date: Senior Architect', { year: 2009, month: 12 }, null, true],
    ['Teacher 2011 till date', { year: 2011, month: 1 }, null, true],
    ['Nurse Sept. 2014 until present', { year: 2014, month: 9 }, null, true],
    ['Supply chain planner May 2015- Cont Role and Responsibilities', { year: 2015, month: 5 }, null, true],
  ])('reads the unusual range in %s', (line, start, end, current) => {
    expect(findDateRange(line)).toMatchObject({ start, end, current });
  });
  it('reads a range written with a doubled hyphen', () => {
    expect(findDateRange('Field Geologist, Boreal Survey 1996 -- 1999')).toMatchObject({ start: { year: 1996, month: 1 }, end: { year: 1999, month: 1 }, current: false });
    expect(findDateRange('Charge Nurse March 2012--Present')).toMatchObject({ start: { year: 2012, month: 3 }, end: null, current: true });
    expect(joinSplitRanges(['06/2001', '--', '08/2004'])).toEqual(['06/2001 to 08/2004']);
  });
  it('joins a start date and a "to Current" on the next line', () => {
    expect(joinSplitRanges(['09/2012', 'to Current', 'Store Manager'])).toEqual(['09/2012 to Current', 'Store Manager']);
  });
  it('joins ranges pdftotext split over lines', () => {
    expect(joinSplitRanges(['February 2013', 'to', '', 'December 2013', 'Company Name'])).toEqual(['February 2013 to December 2013', 'Company Name']);
  });
  it('merges overlapping jobs and reads stated years', () => {
    const now = { year: 2020, month: 1 };
    expect(mergedYears([{ start: { year: 2010, month: 1 }, end: { year: 2015, month: 1 } }, { start: { year: 2014, month: 1 }, end: null }], now)).toBe(10);
    expect(statedYears("Accountant with over 12 years' experience")).toBe(12);
    expect(statedYears('5+ years of professional experience')).toBe(5);
  });
});

describe('date layouts of the fresh reasons check', () => {
  it('reads two dates alone in brackets as a range (its dash lost) and joins a bracketed range split over two lines', () => {
    expect(findDateRange('Vertis Inc. (Atlanta Ga.): Account Executive (August 1998  September 2003)')).toMatchObject({
      start: { year: 1998, month: 8 },
      end: { year: 2003, month: 9 },
    });
    expect(joinSplitRanges(['Director of Sales (July 2009', 'March 2012)'])).toEqual(['Director of Sales (July 2009 March 2012)']);
    expect(joinSplitRanges(['Executive (March 2008 to July', '2009)'])).toEqual(['Executive (March 2008 to July 2009)']);
    // Two dates in brackets that are not alone are no range.
    expect(findDateRange('Won an award (June 2010, renewed May 2011)')).toBeNull();
  });

  it('finds a start-only date, never in a line that holds a range or two dates', () => {
    expect(findStartOnly('Business Development Manager 09/2013 Company Name City')).toMatchObject({ start: { year: 2013, month: 9 }, end: null, current: false });
    expect(findStartOnly('Since March 2015')).toMatchObject({ start: { year: 2015, month: 3 } });
    expect(findStartOnly('Manager 01/2010 to 01/2012')).toBeNull();
    expect(findStartOnly('Bachelor of Science 2013')).toBeNull();
  });
});

describe('date layouts of held-out round b', () => {
  // pdftotext glued the employer between "to" and the end date, and the end year into the next word.
  it('reads a range whose employer is glued between "to" and the end date', () => {
    expect(findDateRange('March 2004 toNorthwind TradersMay 2009.')).toMatchObject({ start: { year: 2004, month: 3 }, end: { year: 2009, month: 5 }, current: false });
    expect(findDateRange('met every client deadline June 1998 toContoso & PartnersAugust 2002Springfield Senior Auditor')).toMatchObject({
      start: { year: 1998, month: 6 },
      end: { year: 2002, month: 8 },
    });
    expect(findDateRange('April 2015 toFabrikam LLC Current')).toMatchObject({ start: { year: 2015, month: 4 }, current: true });
    // Not glued: "to" followed by a word in lower case, or an end that is only a year after a name.
    expect(findDateRange('Moved in May 2010 to improve the Acme Center 2012 plan')).toBeNull();
    expect(findDateRange('May 2010 toAcme 2012 plan')).toBeNull();
    // An end that is a word containing "date" is no end.
    expect(findDateRange('May 2010 toAcme interviewed candidates')).toBeNull();
  });

  it('reads month/year ranges with a spaced dash', () => {
    expect(findDateRange('Recruiting Coordinator 06/2007 - 03/2011 Company Name City , State')).toMatchObject({ start: { year: 2007, month: 6 }, end: { year: 2011, month: 3 } });
  });
});

describe('date layouts of held-out round c', () => {
  // LiveCareer 13964744 ("… Cognizant & Global Logic 2012 January 2016 April for Client …"), 53640713 and 24068423.
  it.each([
    ['Operations / Project Lead for Multiple Projects Cognizant & Global Logic 2012 January 2016 April for Client Google Maps', { year: 2012, month: 1 }, { year: 2016, month: 4 }],
    ['Duration : 2005 May to 2006 April Tax matters', { year: 2005, month: 5 }, { year: 2006, month: 4 }],
    ['Kentucky 2010 July - 2014 Dec Production environments', { year: 2010, month: 7 }, { year: 2014, month: 12 }],
  ])('reads a range of year-first dates: %s', (line, start, end) => {
    expect(findDateRange(line)).toMatchObject({ start, end, current: false });
    expect(findStartOnly(line)).toBeNull();
  });

  it('does not read a list of month-first dates backwards as year-first ones', () => {
    expect(findDateRange('Attendance in in-service May 2003 January 2004 March 2004 July 2005')).toBeNull();
    expect(findDateRange('Treasured Employee Award, Nov. 2012, April 2013, October 2013')).toBeNull();
  });
});

describe('stated years of round d', () => {
  it('reads the common phrasings of a career length, not durations of other things', () => {
    expect(statedYears("Multifaceted technical career with 15+ years' track record of innovation")).toBe(15);
    expect(statedYears('Over 15 years in enterprise software sales')).toBe(15);
    expect(statedYears('Registered nurse with 12 years as a charge nurse')).toBe(12);
    expect(statedYears('A 20-year career in retail banking')).toBe(20);
    expect(statedYears('Sold 3 years warranty plans to customers')).toBeNull();
    expect(statedYears('Mentored children 5 years of age and older')).toBeNull();
    expect(statedYears('Promoted within 2 years of joining the company')).toBeNull();
  });
  it('reads the figure through an encoding artefact, as the profile does on cleaned text', () => {
    expect(statedYears('Over 3 years\u00c2\u00a0of experience serving as a key contributor')).toBe(3);
    expect(statedYears('Over 3 years\u00c2 of experience serving')).toBe(3);
  });
});

describe('stated years of round e', () => {
  it('reads a figure before a comma-separated list of fields (G1107 / LiveCareer 18297650)', () => {
    expect(statedYears('Seasoned executive with 10 + years Staffing, Technology Recruiting and Staffing experience')).toBe(10);
    expect(statedYears('8 years sales, marketing and account management experience')).toBe(8);
    expect(statedYears('Promoted within 2 years, then gained experience in sales')).toBeNull();
  });
});

describe("the resume's date (round d)", () => {
  it('skips dates after expected, expires or valid until, and dates after the fallback', async () => {
    const { resumeWrittenAt } = await import('./extract-profile.js');
    const text = 'Program Manager , 12/2014 to 12/2020\nCertified Associate in Project Management (CAPM) #2743884, Expires : Expected in 2028\nPMI, 2021';
    expect(resumeWrittenAt(text, new Date('2026-12-01T00:00:00Z')).getUTCFullYear()).toBe(2021);
    expect(latestDateIn('Licence valid until 2030. Nurse, 2015 to 2019')).toEqual({ year: 2019, month: expect.any(Number) });
    expect(latestDateIn('MBA, anticipated May 2027; Analyst 2016 - 2018')?.year).toBe(2018);
    expect(resumeWrittenAt('Analyst 2016 - 2018. Plan to finish by 2029', new Date('2026-12-01T00:00:00Z')).getUTCFullYear()).toBe(2018);
  });

  it('skips a legal citation\'s section number (round y, G1234: "7 U.S.C.2024")', () => {
    const text = 'Investigator 10/2016 to Current\nfound guilty for violating the U.S. Food Stamp Act (7 U.S.C.2024).\nAgent 2002 to 2013';
    expect(latestDateIn(text)?.year).toBe(2016);
    expect(latestDateIn('Cited 21 CFR 2019 in audits; Analyst 2012 - 2014')?.year).toBe(2014);
    expect(latestDateIn('Analyst 2012 - 2014; promoted 2015')?.year).toBe(2015);
  });

  it('skips a degree the resume says it will complete (round f: "Enrolled and will\\nGraduate : 2018")', () => {
    expect(latestDateIn('Technician 08/2013 to Current\nSoftware Development, Enrolled and will\nGraduate : 2018\nAnalyst 2010 - 2013')?.year).toBe(2013);
    expect(latestDateIn('BS Computer Science, graduating 2020. Developer 2015 - 2017')?.year).toBe(2017);
    expect(latestDateIn('Graduated 2012. Analyst 2012 - 2016')?.year).toBe(2016);
  });

  it('skips a year that is part of a plan\'s name (round g: "Vision 2020")', () => {
    expect(latestDateIn('Planner 06/2014 to Current\nDrafted the council response to Agenda 2030.')?.year).toBe(2014);
    expect(latestDateIn('Help Desk Lead 2009 - Present\nDrafted our Strategy 2022 for the board')?.year).toBe(2009);
    // A product version or a dataset's year is past when written: the resume is no older than it.
    expect(latestDateIn('Help Desk Lead 2009 - Present\nMigrated 300 desktops to Office 2016 licences')?.year).toBe(2016);
    expect(latestDateIn('Strategy Analyst 03/2012 to 05/2015; co-author of the Horizon 2025 roadmap')).toEqual({ year: 2015, month: 5 });
  });

  it('keeps years that label a date, a degree, a layout field or a range start', () => {
    expect(latestDateIn('Technician 2010 - 2012\nGraduated 2015')?.year).toBe(2015);
    expect(latestDateIn('Clerk 2010 - 2012\nBachelor of Arts : History 2016 Lakeside State University')?.year).toBe(2016);
    expect(latestDateIn('Clerk 2010 - 2012\nCPR 2017')?.year).toBe(2017);
    expect(latestDateIn('Coordinator, Harbor Foods 2014 - Present')?.year).toBe(2014);
    expect(latestDateIn('Clerk 2010 - 2012\nHonoured by Mayor Ortiz 2013 "Neighbour of the Year"')?.year).toBe(2013);
  });
});

describe("the resume's date when it anticipates a year (round h, G338)", () => {
  it('skips a date marked after it as still to come, and later dates a resume written by then can only plan', async () => {
    const { anticipatedYear } = await import('./dates.js');
    const text = 'Regional Buyer\nMay 2011 to Current\nPresident\'s Club 2012, 2014 (expected)\nExecutive MSc in Finance : 2016 Northgate University';
    expect(anticipatedYear(text)).toBe(2014);
    expect(latestDateIn(text)?.year).toBe(2012);
    expect(latestDateIn('Nurse 2009 - 2013\nCCRN (2015 - pending)\nBSN 2017')?.year).toBe(2013);
    // A bracket pdftotext wrapped: "( 2016" then "Expected)".
    expect(latestDateIn('Technician 2012 - 2014\nSecurity+ ( 2016\nExpected) Linux+')?.year).toBe(2014);
  });
  it('ignores a marker a later resume kept: a range goes on past the anticipated year', async () => {
    const { anticipatedYear } = await import('./dates.js');
    const text = 'BS Biology, expected May 2010\nLab Analyst 2009 - 2013\nLab Lead 2013 to Current\nSafety award 2014';
    expect(anticipatedYear(text)).toBeNull();
    expect(latestDateIn(text)?.year).toBe(2014);
  });
  it('gives the span the resume was written in: its latest past date, up to the end of the anticipated year', async () => {
    const { resumeDating } = await import('./extract-profile.js');
    const text = 'Regional Buyer\nMay 2011 to Current\nPresident\'s Club 2012, 2014 (expected)';
    const { at, upTo } = resumeDating(text, new Date('2024-01-01T00:00:00Z'));
    expect(at.toISOString().slice(0, 7)).toBe('2012-01');
    expect(upTo?.toISOString().slice(0, 7)).toBe('2014-12');
    expect(resumeDating('Analyst 2016 - 2018', new Date('2024-01-01T00:00:00Z')).upTo).toBeNull();
  });
});

describe('stated years of round m', () => {
  // G849 / LiveCareer 22946204: a skill duration (which may count school projects) is no total of professional work.
  it('does not read how long a skill or tool was used as a career length', () => {
    expect(statedYears('5+ years of expertise in C language and Matlab with projects about simulations')).toBeNull();
    expect(statedYears('7+ years of expertise in Java and Python')).toBeNull();
    expect(statedYears('Over 6 years of experience with SQL Server and SSIS')).toBeNull();
    expect(statedYears('3 years expertise in AutoCAD')).toBeNull();
  });
  it('still reads a total stated for a field or profession', () => {
    expect(statedYears('over 10 years of experience in retail management')).toBe(10);
    expect(statedYears('8+ years as a Project Manager')).toBe(8);
    expect(statedYears('Over 12 years in the banking industry')).toBe(12);
    expect(statedYears('Engineer with 9 years of experience. 5+ years of expertise in C')).toBe(9);
    expect(statedYears('with 20 years of expertise in all facets of accounting')).toBe(20);
    expect(statedYears('Bookkeeper with 12 years of experience with accounts receivable and payable')).toBe(12);
    expect(statedYears('10 years of experience in Retail Management')).toBe(10);
  });
});

describe('what a stated figure is about (held-out round q, G1195 / LiveCareer 25718772)', () => {
  it('reads the work a statement names its years as spent at', () => {
    const text = 'Professional with 7 years in security and safety compliance.\nQuality-focused Cook in fast-paced kitchens.Line Cook with more then 10 years of\nexperience in high-pressure culinary environments. Skilled in';
    expect(statedYearsScope(text)).toEqual({ sentence: 'Line Cook with more then 10 years of experience in high-pressure culinary environments', scope: 'Line Cook high-pressure culinary environments' });
    expect(statedYearsScope('Over 10 years of experience. Skilled in')).toBeNull();
  });
});
