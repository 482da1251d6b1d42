import { foldForMatch } from '../../vocabulary/text.js';

/*
 * Splits resume text into sections by their headings. Headings are matched against a vocabulary seen in
 * the LiveCareer and Kaggle corpora and in our synthetic resumes; Kaggle glues headings to the previous
 * line ("B.Tech.Education Details"), so those are split off first.
 */

type SectionKind =
  | 'header' | 'summary' | 'skills' | 'experience' | 'education' | 'certifications' | 'languages'
  | 'groups' | 'interests' | 'honors' | 'activities' | 'accomplishments' | 'other';

const HEADINGS: Record<Exclude<SectionKind, 'header'>, string[]> = {
  summary: [
    'summary', 'professional summary', 'executive profile', 'career overview', 'professional profile', 'profile', 'career focus',
    'executive summary', 'objective', 'career objective', 'overview', 'about me', 'qualifications summary', 'summary of qualifications',
    'personal summary', 'professional overview', 'about',
  ],
  skills: [
    'skills', 'highlights', 'skill highlights', 'core qualifications', 'qualifications', 'technical skills', 'core strengths',
    'summary of skills', 'computer skills', 'areas of expertise', 'key skills', 'skill details', 'core competencies', 'competencies',
    'strengths', 'technical proficiencies', 'skills summary', 'key qualifications', 'relevant skills', 'additional skills', 'skill set',
    'skills and abilities', 'expertise', 'technical skill', 'it skills', 'personal skills', 'software skills', 'tools', 'technologies',
  ],
  experience: [
    'experience', 'professional experience', 'work history', 'work experience', 'employment history', 'relevant experience',
    'military experience', 'company details', 'career history', 'professional history', 'employment', 'experience details',
    'teaching experience', 'related experience', 'employment experience', 'professional background', 'career experience',
    'work', 'experience and employment history', 'relevant work experience', 'additional experience', 'volunteer experience',
  ],
  education: [
    'education', 'education and training', 'educational background', 'education details', 'academic background',
    'academic qualifications', 'education training', 'educational qualifications', 'academic qualification', 'education and certifications',
    'academics', 'academic profile', 'educational qualification', 'qualification', 'education background', 'training',
  ],
  certifications: [
    'certifications', 'certification', 'licenses', 'licenses and certifications', 'certifications and licenses', 'credentials',
    'licensure', 'certificates', 'licenses certifications', 'certifications licenses', 'professional certifications',
  ],
  languages: ['languages', 'language skills', 'language', 'languages known', 'language proficiency'],
  // Memberships, not volunteering: "Volunteer Work" says what someone did, not what they belong to.
  groups: [
    'professional affiliations', 'affiliations', 'memberships', 'professional memberships', 'professional organizations',
    'professional organisations', 'professional associations', 'memberships and affiliations',
    'affiliations and memberships', 'professional affiliations and memberships', 'professional memberships and affiliations',
    'clubs and organizations', 'professional societies',
  ],
  interests: ['interests', 'hobbies', 'personal interests', 'hobbies and interests', 'interests and hobbies', 'outside interests', 'hobbies interests', 'interests hobbies'],
  honors: [
    'honors', 'awards', 'honors and awards', 'awards and honors', 'honors awards', 'awards honors', 'awards and recognition',
    'awards and recognitions', 'honors and recognition', 'fellowships and awards', 'scholarships and awards',
    'awards and scholarships', 'honours', 'honours and awards', 'awards and honours', 'awards and achievements',
  ],
  // Mixed sections: each item is read as an award or a membership by its words.
  activities: ['activities and honors', 'honors and activities', 'activities and awards'],
  // Work results, mostly: only phrases that name an award are read from them.
  accomplishments: ['accomplishments', 'core accomplishments', 'achievements'],
  other: [
    'additional information', 'personal information', 'publications', 'references', 'presentations',
    'projects', 'personal details', 'activities', 'community service', 'volunteer work', 'personal', 'declaration', 'extracurricular activities',
  ],
};

const HEADING_KIND = new Map<string, Exclude<SectionKind, 'header'>>();
for (const [kind, names] of Object.entries(HEADINGS) as [Exclude<SectionKind, 'header'>, string[]][]) {
  for (const name of names) HEADING_KIND.set(name, kind);
}

export interface Section {
  kind: SectionKind;
  heading: string | null;
  lines: string[];
}

const GLUED_HEADINGS = /\s*(Education Details|Skill Details|Company Details)\s*(?:\n|$)/g;

const INLINE_KINDS = new Set<SectionKind>(['skills', 'experience', 'education', 'certifications', 'languages']);
const ONE_LINE_KINDS = new Set<SectionKind>(['groups', 'interests', 'honors']);

/** The kind of a heading line, or null when the line is ordinary text. */
export function headingKind(line: string): Exclude<SectionKind, 'header'> | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 45) return null;
  // "SKILLS:" and "Skills" are headings; "Skills: Python, SQL" is content that a skills section reader handles.
  const withoutColon = trimmed.replace(/\s*:\s*$/, '');
  const folded = foldForMatch(withoutColon);
  return HEADING_KIND.get(folded) ?? null;
}

/*
 * A heading word that finishes the sentence wrapped from the line above is no heading: "…develop an
 * understanding of their respective needs and" / "interests." (round h, G1076: that line opened an
 * "interests" section, and the two roles dated below it, 1986–1988 and 1976–1980, were lost to the work
 * history). Only a line starting in lower case right under a line that runs on (no blank line, no closing
 * punctuation) is read so; "projects:" under a finished sentence stays a heading.
 */
function isContinuation(line: string, previous: string): boolean {
  return /^\s*[a-z]/.test(line) && previous.trim() !== '' && !/[.:;!?]["')\]]?$/.test(previous.trim());
}

/** Split resume text into ordered sections; lines before the first heading form the 'header' section. */
export function splitSections(text: string): Section[] {
  const prepared = text.replace(GLUED_HEADINGS, (_m, heading: string) => `\n${heading}\n`);
  const sections: Section[] = [{ kind: 'header', heading: null, lines: [] }];
  let previous = '';
  for (const rawLine of prepared.split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    const kind = isContinuation(line, previous) ? null : headingKind(line);
    previous = line;
    if (kind) {
      sections.push({ kind, heading: line.trim(), lines: [] });
      continue;
    }
    // "Skills: Python, SQL" or "EDUCATION: B.Sc." opens a section with content on the same line.
    const inline = line.match(/^\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:\-–]\s+(\S.*)$/);
    const inlineKind = inline ? headingKind(inline[1]) : null;
    if (inline && inlineKind && INLINE_KINDS.has(inlineKind)) {
      sections.push({ kind: inlineKind, heading: inline[1], lines: [inline[2]] });
      continue;
    }
    // "Awards: Employee of the Month" inside a job is one line of that kind; the job goes on after it.
    if (inline && inlineKind && ONE_LINE_KINDS.has(inlineKind)) {
      const current = sections[sections.length - 1];
      sections.push({ kind: inlineKind, heading: inline[1], lines: [inline[2]] }, { kind: current.kind, heading: null, lines: [] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

/** All lines of the sections of one kind, in order. */
export function linesOf(sections: Section[], kind: SectionKind): string[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}
