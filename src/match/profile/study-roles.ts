/*
 * Roles held while studying are no professional experience, whatever their title (round k, G800: "Construction
 * Aide 06/2006 to 05/2013" ended the month of the candidate's B.S. (May 2013) and made a resume whose summary says
 * "4 years of experience" read "8.8 years … the role asks at least 8"). `isStudentRole` catches the titles that
 * say so (intern, student, co-op); this rule catches the ones that do not, by their dates against the first degree.
 *
 * The rule: a role that ended by the year the candidate completed a first degree (associate's or bachelor's) and
 * began before that year and at most seven years before it (a four-to-six-year degree and the jobs begun in the last school years) was
 * held while studying, provided a career follows (some role begins in or after that year). Left alone on purpose:
 * roles before a master's or doctorate (often taken mid-career, while working), a role begun more than seven years
 * before the degree (a career before going back to school), a role still held or running past the degree year,
 * and a resume with no role after the degree (nothing to tell study jobs from the career).
 *
 * Dates alone do not tell a study job from a career finished with a degree: applied to every resume, the rule cut
 * 269 of the 2,484 LiveCareer totals, most of them wrongly (a network engineer 2003–2009 with an associate's degree
 * in 2010, a banking-centre manager 2005–2011 with a 2012 bachelor's). So the profile uses it only as an
 * explanation: when the resume states a total below the dated one ("demonstrated by 4 years of experience") and
 * leaving out the roles held while studying brings the dates to at most that figure, the stated figure is the
 * career (extract-profile.ts). The rule never lowers a total on its own.
 */

/** Roles of at most this many years before the first degree's year may have been held while studying. */
const STUDY_WINDOW_YEARS = 7;

interface DegreeYear {
  degreeLevel: string | null;
  endYear: number | null;
}

/** The year the first associate's or bachelor's degree was completed (up to `nowYear`), null when none is dated. */
export function firstDegreeYear(education: readonly DegreeYear[], nowYear: number): number | null {
  const years = education
    .filter((e) => (e.degreeLevel === 'bachelor' || e.degreeLevel === 'associate') && e.endYear !== null && e.endYear <= nowYear)
    .map((e) => e.endYear!);
  return years.length ? Math.min(...years) : null;
}

interface RoleYears {
  startYear: number | null;
  /** null while the role is held. */
  endYear: number | null;
}

/** Whether `role` was held while studying for the first degree (see above), given every role of the career. */
export function heldWhileStudying(role: RoleYears, career: readonly RoleYears[], degreeYear: number | null): boolean {
  if (degreeYear === null || role.startYear === null || role.endYear === null) return false;
  // Begun before the degree's year: a role begun and ended within it may as well follow the degree.
  if (role.endYear > degreeYear || role.startYear >= degreeYear || role.startYear < degreeYear - STUDY_WINDOW_YEARS) return false;
  // A career follows: some role begins in or after the degree's year and runs past it (or is held).
  return career.some((other) => other !== role && other.startYear !== null && other.startYear >= degreeYear && (other.endYear === null || other.endYear > degreeYear));
}
