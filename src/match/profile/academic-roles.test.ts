import { describe, expect, it } from 'vitest';
import { academicStudentJob, isAcademicAssistantTitle } from './academic-roles.js';

const role = (title: string, startYear: number, endYear: number | null) => ({ title, startYear, endYear });
const degree = (degreeLevel: string, endYear: number, startYear: number | null = null) => ({ degreeLevel, startYear, endYear });

describe('academic-assistant roles held while studying (round p, G282 and G847)', () => {
  it('reads academic-assistant titles, not staff or faculty posts', () => {
    for (const t of ['Research Assistant', 'Graduate Researcher', 'Graduate Student Researcher', 'Undergraduate Researcher', 'Student Researcher', 'PhD Candidate in Finance', 'Ph.D. Student', 'Doctoral Researcher', 'Mathematics and Statistics Tutor', 'Graduate TA', 'TA, Statistics', 'Teaching Fellow']) {
      expect(isAcademicAssistantTitle(t), t).toBe(true);
    }
    for (const t of ['Research Assistant Professor', 'Postdoctoral Researcher', 'Research Scientist', 'Lecturer', 'Tutoring Center Manager', 'Data Analyst', 'Tax Accountant', 'Staff Engineer', 'Owner, Accounting Tutor Sole Proprietorship']) {
      expect(isAcademicAssistantTitle(t), t).toBe(false);
    }
    expect(isAcademicAssistantTitle(null)).toBe(false);
  });

  it('counts a graduate research post during a PhD or an MS as a student job', () => {
    // A research assistant from 2008, still held on a resume dated 2015, PhD completed April 2015; a graduate
    // researcher 2003–2005 with an MS completed 2006.
    const education = [degree('doctorate', 2015), degree('master', 2006), degree('bachelor', 2003)];
    expect(academicStudentJob(role('Research Assistant', 2008, null), education, 2015)).toBe(true);
    expect(academicStudentJob(role('Graduate Researcher', 2003, 2005), education, 2015)).toBe(true);
    // A tutor job during an MBA completed 2007.
    expect(academicStudentJob(role('Mathematics and Statistics Tutor', 2005, 2006), [degree('master', 2007)], 2016)).toBe(true);
    // Round r, G1039: an undergraduate researcher 2011–2012 during a B.S. in Finance and Banking completed 2013.
    expect(academicStudentJob(role('Undergraduate Researcher', 2011, 2012), [degree('bachelor', 2013)], 2015)).toBe(true);
  });

  it('leaves alone work after the degree, before the study period, or with no dated degree', () => {
    const phd = [degree('doctorate', 2012)];
    // Running past the completion year: a research assistant kept on after the degree, or still held later.
    expect(academicStudentJob(role('Research Assistant', 2010, 2016), phd, 2018)).toBe(false);
    expect(academicStudentJob(role('Research Assistant', 2010, null), phd, 2018)).toBe(false);
    // Begun after the degree.
    expect(academicStudentJob(role('Research Assistant', 2013, 2015), phd, 2018)).toBe(false);
    // A postdoc is no assistant title.
    expect(academicStudentJob(role('Postdoctoral Research Associate', 2011, 2012), phd, 2018)).toBe(false);
    // Begun before the study period (a career research assistant who later took a master's).
    expect(academicStudentJob(role('Research Assistant', 2001, 2009), [degree('master', 2009)], 2012)).toBe(false);
    // A written start of studies bounds the period.
    expect(academicStudentJob(role('Research Assistant', 2007, 2009), [degree('master', 2009, 2008)], 2012)).toBe(false);
    expect(academicStudentJob(role('Research Assistant', 2008, 2009), [degree('master', 2009, 2008)], 2012)).toBe(true);
    // No dated degree, or a title that is no assistant's.
    expect(academicStudentJob(role('Research Assistant', 2008, 2009), [{ degreeLevel: 'master', startYear: null, endYear: null }], 2012)).toBe(false);
    expect(academicStudentJob(role('Data Analyst', 2008, 2009), [degree('master', 2009)], 2012)).toBe(false);
  });
});
