import { DEGREE_LEVELS, type DegreeLevel, type EducationEntry } from './types.js';

/*
 * Education from the education section: one entry per degree mention, with the school, major and year
 * found on the same line or the lines around it (LiveCareer: "Bachelor of Science : Accounting , 2010
 * University of X City , State"; Kaggle: "January 2015 B.Tech Computer Mumbai, Maharashtra Y College").
 */

// Checked in order: "High School Diploma" is high school, not a diploma.
const DEGREE_PATTERNS: [RegExp, DegreeLevel][] = [
  [/\b(ph\.?\s?d\.?|doctor(ate)? of [a-z]+|doctorate|doctoral|ed\.d\.?|psy\.?d\.?|pharm\.?\s?d\.?|d\.?n\.?p\.?|j\.d\.?|juris doctor(ate)?|m\.d\.?(?=\s|,|$)|dds|dmd|dpt)\b/i, 'doctorate'],
  [/\b(master'?s?|masters|m\.\s?s\.?c?\.?|msc|m\.s\.(?=\s)|m\.a\.|mba|m\.b\.a\.?|m\.?ed\.?|m\.eng|meng|mph|msw|mfa|m\.?tech|mca|llm|ll\.m\.?|msn|m\.com|mcom|mpa|mha|mba\b|pgdm|post graduate|postgraduate|pg diploma)\b/i, 'master'],
  [/\b(MS|MA|ME)\b(?=\s*(in|of|:|,|-|\(|[A-Z]))/, 'master'],
  [/\b(high school|ged|h\.?s\.?c\.?|s\.?s\.?c\.?|secondary school|higher secondary|senior secondary|secondary education|12th|10th|matriculation|intermediate|hsc|ssc)\b/i, 'high school'],
  [/\b(bachelor'?s?|bachelors|b\.\s?s\.?c?\.?|bsc|b\.a\.|bba|b\.b\.a\.?|b\.?ed\.?|b\.e\.?|b\.?tech|b\.com|bcom|bca|bfa|bsn|b\.?arch|llb|ll\.b\.?|b\.?pharm|b\.?m\.?m|bms|baf|b\.?s\.?w|undergraduate degree)\b/i, 'bachelor'],
  [/\b(BS|BA|BE|BSBA|BSEE|BSME|BSCS)\b/, 'bachelor'],
  [/\b(associate'?s?( degree)?( of| in)|associates? degree|associate of|associates in|a\.a\.s?\.?|a\.s\.|aas|aos)\b/i, 'associate'],
  [/\b(AA|AS|AAS)\b(?=\s*(in|of|:|,|-|\())/, 'associate'],
  [/\b(diploma|certificate|certification program|vocational)\b/i, 'certificate/diploma'],
];

const SCHOOL = /((?:[A-Z][\w.&'-]*\s+){0,5}(?:University|College|Institute|School|Academy|Polytechnic|Vidyalaya|Vidyapeeth|Conservatory|Seminary)\b(?:\s+(?:of|for|at)\s+(?:[A-Z][\w.&'-]*)(?:\s+(?:&|and|of)?\s*[A-Z][\w.&'-]*){0,4})?|University of (?:[A-Z][\w.&'-]*)(?:\s+(?:at\s+)?[A-Z][\w.&'-]*){0,4})/;
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;

// "Bachelor" → "Bachelor of Science": the field-of-degree words belong to the degree, not the major.
const DEGREE_TAIL = /^(?:'s|s)?(?:\s+(?:degree\s+)?(?:of|in)\s+(?:Applied\s+|Fine\s+|Social\s+|Business\s+)?(?:Science|Sciences|Arts|Engineering|Administration|Education|Laws|Technology|Commerce|Philosophy|Nursing|Work|Music|Business Administration|Architecture)\b)?/i;

export function degreeLevelOf(text: string): { level: DegreeLevel; degree: string } | null {
  for (const [pattern, level] of DEGREE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const tail = text.slice(match.index + match[0].length).match(DEGREE_TAIL)?.[0] ?? '';
      return { level, degree: (match[0] + tail).trim() };
    }
  }
  return null;
}

export function higherDegree(a: DegreeLevel, b: DegreeLevel): DegreeLevel {
  return DEGREE_LEVELS.indexOf(a) >= DEGREE_LEVELS.indexOf(b) ? a : b;
}

function schoolIn(text: string): string | null {
  const match = text.replace(/\bCity\s*,\s*State\b.*$/, '').match(SCHOOL);
  if (!match) return null;
  return match[0].replace(/\s+/g, ' ').replace(/^(From|At|In|The)\s+/, '').trim();
}

function majorIn(line: string, degree: string): string | null {
  const after = line.slice(line.indexOf(degree) + degree.length);
  const match = after.match(/^\s*(?:[:,\-–(]\s*)?(?:(?:in|of)\s+)?([A-Z][A-Za-z&/ ]{2,60}?)(?=\s*(?:,|\(|\)|:|\d|GPA|University|College|Institute|School|City|$|\s-\s))/);
  const major = match?.[1]?.trim();
  if (!major || /^(Science|Arts|Degree|Diploma|Of|In)$/i.test(major)) return null;
  return major;
}

/*
 * A neighbouring line that is another labelled item of the section ("Workshops : Oracle Database 11g
 * Administration (2013)", "Certifications: …", "Relevant coursework: …") dates that item, not the degree (round u,
 * G198: a 2012 B.S. read as 2012–2013 from the workshop line below it, so tutoring during the degree fell before
 * its "start" and counted as work).
 */
const OTHER_ITEM = /^(?:workshops?|certifications?|certificates?|licen[cs]es?|courses?|(?:relevant\s+)?coursework|trainings?|seminars?|conferences?|honou?rs|awards?|activities|publications?|projects?|skills|languages?|memberships?|affiliations?)\s*:/i;

/** Education entries in the education section's lines. */
export function parseEducation(lines: string[], confidence: number): EducationEntry[] {
  const entries: EducationEntry[] = [];
  const used = new Set<number>();
  const trimmed = lines.map((l) => l.trim());
  trimmed.forEach((line, i) => {
    const degree = degreeLevelOf(line);
    if (!degree) return;
    let school = schoolIn(line);
    const window = [i - 1, i + 1, i - 2, i + 2].filter((k) => k >= 0 && k < trimmed.length && !used.has(k));
    if (!school) {
      for (const k of window) {
        if (degreeLevelOf(trimmed[k])) continue;
        school = schoolIn(trimmed[k]);
        if (school) {
          used.add(k);
          break;
        }
      }
    }
    const years = [line, ...window.slice(0, 2).map((k) => trimmed[k]).filter((l) => !OTHER_ITEM.test(l))].join(' ').match(YEAR)?.map(Number) ?? [];
    used.add(i);
    entries.push({
      source: 'resume',
      confidence,
      school,
      degree: degree.degree,
      degreeLevel: degree.level,
      major: majorIn(line, degree.degree),
      startYear: years.length > 1 ? Math.min(...years) : null,
      endYear: years.length > 0 ? Math.max(...years) : null,
    });
  });
  // Schools listed without a recognisable degree still tell where someone studied.
  trimmed.forEach((line, i) => {
    if (used.has(i)) return;
    const school = schoolIn(line);
    if (!school || entries.some((e) => e.school === school)) return;
    const years = line.match(YEAR)?.map(Number) ?? [];
    entries.push({ source: 'resume', confidence: confidence * 0.7, school, degree: null, degreeLevel: null, major: null, startYear: null, endYear: years.length ? Math.max(...years) : null });
  });
  return entries;
}
