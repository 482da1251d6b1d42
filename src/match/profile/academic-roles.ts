/*
 * Academic-assistant roles held while studying for a degree are student jobs, whatever else the title says (round
 * p: G282, "9.3 years of experience outside internships and student jobs" for a PhD's "Research Assistant 2008 to
 * Current" (PhD April 2015) and an MS student's "Graduate Researcher 2003–2005" (MS 2006); G847, a "Mathematics and
 * Statistics Tutor 09/2005 to 09/2006" during an MBA completed 2007 made 7.1 years read 8.2, over an 8-year minimum).
 *
 * Titles alone do not tell: a research assistant or tutor may be a career (a clinical research assistant after a
 * bachelor's, a tutoring business). Dates alone do not either (study-roles.ts). Both together do: a role is a
 * student job when its title is an academic-assistant title (data below) and it lies within a degree's study
 * period — begun no earlier than the degree's start (when written; else its completion year less the longest usual
 * length of that degree) and no later than its completion year, and ended by the completion year (or still held on
 * a resume dated no later than it). Conservative on purpose: a role that runs past the completion year, begun before
 * the study period, or on a resume with no dated degree is left in the total; a postdoc, research scientist or
 * lecturer is no assistant title, so work after the degree always counts.
 *
 * Round r: an "Undergraduate Researcher" post held during a B.S. (G1039, "1.2 years of experience outside
 * internships and student jobs" was exactly that post), so undergraduate and student researcher titles are here too.
 */

/** Academic-assistant titles, lower case (matched as whole words anywhere in the title). */
const ACADEMIC_ASSISTANT_TITLES = [
  'teaching assistant',
  'teaching fellow',
  'graduate assistant',
  'graduate research assistant',
  'graduate teaching assistant',
  'research assistant',
  'graduate researcher',
  'undergraduate researcher',
  'undergraduate research fellow',
  'student researcher',
  'graduate student researcher',
  'graduate student',
  'doctoral candidate',
  'doctoral researcher',
  'doctoral student',
  'phd candidate',
  'phd researcher',
  'phd student',
  'ph.d. candidate',
  'ph.d. researcher',
  'ph.d. student',
  'tutor',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const ASSISTANT_TITLE = new RegExp(`(?:^|[^a-z])(?:${ACADEMIC_ASSISTANT_TITLES.map(escape).join('|')})(?![a-z])`, 'i');
// "TA" only in capitals and alone ("Graduate TA", "TA, Statistics"), never "ta" inside a word or a lower-case token.
const TA = /(?:^|[^A-Za-z])TA(?![A-Za-z])/;

/** Words that make a title a staff or faculty post however it reads otherwise ("Research Assistant Professor", a tutoring business's owner). */
const NOT_ASSISTANT_WORDS = ['professor', 'postdoc', 'postdoctoral', 'scientist', 'lecturer', 'instructor', 'owner', 'proprietor', 'proprietorship', 'founder', 'director', 'manager'];
const NOT_ASSISTANT = new RegExp(`\\b(?:${NOT_ASSISTANT_WORDS.join('|')})\\b`, 'i');

/** Whether a role title is an academic-assistant title (teaching or research assistant, graduate researcher, tutor …). */
export function isAcademicAssistantTitle(title: string | null): boolean {
  return !!title && (ASSISTANT_TITLE.test(title) || TA.test(title)) && !NOT_ASSISTANT.test(title);
}

/** The longest usual study length of each degree, in years before its completion year, when its start is not written. */
const STUDY_YEARS: Record<string, number> = {
  associate: 3,
  bachelor: 6,
  master: 3,
  doctorate: 8,
};

interface Degree {
  degreeLevel: string | null;
  startYear: number | null;
  endYear: number | null;
}

interface Role {
  title: string | null;
  startYear: number | null;
  /** null while the role is held. */
  endYear: number | null;
}

/** Whether `role` is an academic-assistant job held within a degree's study period (see above); `nowYear` dates a held role. */
export function academicStudentJob(role: Role, education: readonly Degree[], nowYear: number): boolean {
  if (role.startYear === null || !isAcademicAssistantTitle(role.title)) return false;
  const lastYear = role.endYear ?? nowYear;
  return education.some((degree) => {
    const years = degree.degreeLevel ? STUDY_YEARS[degree.degreeLevel] : undefined;
    if (degree.endYear === null || years === undefined) return false;
    const studyStart = degree.startYear !== null && degree.startYear <= degree.endYear ? degree.startYear : degree.endYear - years;
    return role.startYear! >= studyStart && role.startYear! <= degree.endYear && lastYear <= degree.endYear;
  });
}
