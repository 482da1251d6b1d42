import { loadOnetSubset } from '../normalize/onet.js';
import { skillsInText } from '../normalize/skills.js';
import { normalizeTitle } from '../normalize/titles.js';

/*
 * What a job asks for, read from its title and description: occupation, canonical title, skills and
 * years of experience. The same reading serves mirror jobs and pasted descriptions.
 */

export interface JobSpec {
  id: string | null;
  title: string | null;
  canonicalTitle: string | null;
  occupationCode: string | null;
  occupationTitle: string | null;
  /** Canonical skills named in the title and description, in order of first mention. */
  skills: string[];
  /** Years of experience the description asks for ("5+ years of experience" → 5), null when unstated. */
  yearsRequired: number | null;
  description: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
};
const NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
// "5+ years of experience", "3-5 years of professional experience", "five years' experience in", "minimum of 4 years".
const YEARS_OF_EXPERIENCE = new RegExp(
  String.raw`\b${NUMBER}\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:plus\s+)?years?(?:['’]s?)?\s+(?:of\s+)?(?:[a-z/&-]+\s+){0,4}?(?:experience|work)`,
  'gi',
);
const AT_LEAST = new RegExp(String.raw`\b(?:at least|minimum of|min\.?|over)\s+${NUMBER}\s*\+?\s*years?\b`, 'gi');

const toNumber = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** The years of experience a description asks for: the largest stated requirement (capped), or null. */
export function parseYearsRequired(text: string): number | null {
  let best: number | null = null;
  for (const pattern of [YEARS_OF_EXPERIENCE, AT_LEAST]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const years = toNumber(match[1]);
      // "25 years of experience" in a job ad is company boilerplate ("our 25 years of experience"), not a requirement.
      if (years >= 1 && years <= 20 && (best === null || years > best)) best = years;
    }
  }
  return best;
}

/** A pasted description's first short line is usually its title. */
export function titleFromDescription(description: string): string | null {
  const first = description.split('\n').map((l) => l.trim()).find(Boolean);
  return first && first.length <= 80 && !/[.:;]$/.test(first) ? first : null;
}

let occupationTitles: Map<string, string> | null = null;

/** The O*NET occupation title of a code ("15-1252.00" → "Software Developers"). */
export function occupationTitleOf(code: string | null): string | null {
  if (!code) return null;
  occupationTitles ??= new Map(loadOnetSubset().occupations);
  return occupationTitles.get(code) ?? null;
}

/** Read a job's requirements from its title and description. */
export function jobSpecOf(input: { id?: string | null; title?: string | null; description?: string | null }): JobSpec {
  const description = (input.description ?? '').trim();
  const title = input.title?.trim() || titleFromDescription(description);
  const normalized = title ? normalizeTitle(title) : null;
  const skills = skillsInText([title ?? '', description].join('\n'));
  return {
    id: input.id ?? null,
    title: title ?? null,
    canonicalTitle: normalized?.canonicalTitle ?? null,
    occupationCode: normalized?.occupationCode ?? null,
    occupationTitle: normalized?.occupationTitle ?? null,
    skills,
    yearsRequired: parseYearsRequired(description),
    description,
  };
}
