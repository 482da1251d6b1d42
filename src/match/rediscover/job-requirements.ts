import { jobZoneOf, relatedOccupations } from '../../vocabulary/occupations.js';
import { loadOnetSubset } from '../../vocabulary/onet.js';
import { isSoftSkill, skillsInText } from '../../vocabulary/skills.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { splitJobSections, type JobSections } from './job-sections.js';
import { keyTermsOf, type KeyTerm } from './key-terms.js';
import { maskOrganisationNames } from './organisation-names.js';
import { alternativeSkillsOf, maskContextMentions } from './context-mentions.js';
import { maskTeamMentions } from './team-mentions.js';
import { maskLearningObjects } from './learning-objects.js';

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
  /** `exact`: the title is one of the occupation's O*NET titles (say "same occupation"); `partial`: a word-overlap guess (hedge). */
  occupationMatch: 'exact' | 'partial' | null;
  /** An exact title O*NET lists under several occupations with no clear home: scored as exact, never stated as fact. */
  occupationAmbiguous: boolean;
  /** O*NET related occupations of the job's (adjacent moves), most related first. */
  relatedOccupations: string[];
  /** O*NET job zone of the job's occupation (1–5), null when unknown. */
  jobZone: number | null;
  /** Hard skills the job names anywhere (soft skills left out), required first, in order of first mention. */
  skills: string[];
  /** Hard skills named in the title, responsibilities or minimum qualifications. */
  requiredSkills: string[];
  /**
   * Required skills the posting asks for in words (its title's head, responsibilities, minimum
   * qualifications): what reasons may name. A team after the title's comma ("…, Google Cloud") still
   * steers ranking (measured: dropping it cost 0.09 nDCG on a Google Cloud architect posting) but is no
   * skill to tell a recruiter a Google Cloud recruiter lacks.
   */
  askedSkills: string[];
  /**
   * Asked skills named only as one of alternatives ("experience in advertising sales or business development"):
   * a reason may credit one but never calls it missing (see context-mentions.ts).
   */
  alternativeSkills?: string[];
  /** Hard skills named only among preferred qualifications: a plus, never a gap. */
  preferredSkills: string[];
  /** Minimum years of experience ("4 years of experience" under minimum qualifications → 4), null when unstated. */
  yearsRequired: number | null;
  /** Years named among preferred qualifications, null when none. */
  yearsPreferred: number | null;
  /** Weighted terms for the lexical (BM25) signal over the full resume text. */
  keyTerms: KeyTerm[];
  sections: JobSections;
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

/** Every years-of-experience figure stated in a text, in order. */
function yearsStated(text: string): number[] {
  const found: { at: number; years: number }[] = [];
  for (const pattern of [YEARS_OF_EXPERIENCE, AT_LEAST]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const years = toNumber(match[1]);
      // "25 years of experience" in a job ad is company boilerplate ("our 25 years of experience"), not a requirement.
      if (years >= 1 && years <= 20 && !found.some((f) => f.at === match.index)) found.push({ at: match.index, years });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.years);
}

// Wording that makes a sentence a wish, not a requirement ("ideally 8 years", "10 years preferred").
const PREFERRED_WORDING = /\b(?:prefer(?:red|ably)?|ideal(?:ly)?|desired|desirable|nice[- ]to[- ]have|a plus|bonus|is a plus)\b/i;

/** Years one requirement sentence asks: alternatives joined by "or" ask the smallest, otherwise every figure must be met. */
function yearsOfSentence(sentence: string): number | null {
  const figures = yearsStated(sentence);
  if (figures.length === 0) return null;
  return /\bor\b/i.test(sentence) && figures.length > 1 ? Math.min(...figures) : Math.max(...figures);
}

const sentencesOf = (text: string): string[] => text.split(/\n|(?<=[.;])\s+(?=[A-Z0-9])/).filter((s) => s.trim());

/**
 * Years a description asks for, minimum and preferred apart. Every line of a minimum-qualifications
 * section must be met, so "10 years in a technical role" and "5 years managing teams" ask for 10 (not
 * the smallest figure: 66 of the Google postings list two figures there). Without sections, each
 * sentence's wording decides: "minimum/at least/required" or plain is required, "preferred/ideally" is not.
 */
export function experienceAsked(text: string): { required: number | null; preferred: number | null } {
  const sections = splitJobSections(text);
  // A one-line "Minimum of 4 years in a similar role" reads as a heading with nothing under it: then the text is the scope.
  const requiredScope = sections.minimum || sections.responsibilities || (sections.preferred ? '' : text);
  const required: number[] = [];
  const preferred: number[] = [];
  for (const sentence of sentencesOf(requiredScope)) {
    const years = yearsOfSentence(sentence);
    if (years !== null) (PREFERRED_WORDING.test(sentence) ? preferred : required).push(years);
  }
  for (const sentence of sentencesOf(sections.preferred)) {
    const years = yearsOfSentence(sentence);
    if (years !== null) preferred.push(years);
  }
  return { required: required.length ? Math.max(...required) : null, preferred: preferred.length ? Math.max(...preferred) : null };
}

/** The minimum years a description asks for (see `experienceAsked`). */
export function parseYearsRequired(text: string): number | null {
  return experienceAsked(text).required;
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

/** "SMB Sales Manager, North America, Google Cloud" → "SMB Sales Manager": postings append team and place after a comma. */
export function jobTitleHead(title: string): string {
  return title.split(/,|\s[-–|]\s|\(/)[0].trim() || title;
}

/**
 * The job's occupation from its title head, or from the whole title when only that maps exactly
 * ("Team Lead, Online Support": "Team Lead" alone is no occupation).
 */
function jobOccupation(head: string, title: string): ReturnType<typeof normalizeTitle> {
  const fromHead = normalizeTitle(head);
  if (fromHead.match === 'exact') return fromHead;
  const fromTitle = head === title ? fromHead : normalizeTitle(title);
  if (fromTitle.match === 'exact') return fromTitle;
  // "Entity Controller", "Global Supply Chain Manager": the shorter title a modifier hides. A guess, so partial.
  const words = head.split(/\s+/);
  for (let drop = 1; drop < words.length; drop++) {
    const shorter = normalizeTitle(words.slice(drop).join(' '));
    if (shorter.match === 'exact' && words.length - drop >= 1) return { ...shorter, canonicalTitle: fromHead.canonicalTitle, match: 'partial' };
  }
  return fromHead;
}

const hardSkills = (text: string): string[] => skillsInText(text).filter((s) => !isSoftSkill(s));

/** Read a job's requirements from its title and description. */
export function jobSpecOf(input: { id?: string | null; title?: string | null; description?: string | null }): JobSpec {
  const description = (input.description ?? '').trim();
  const title = input.title?.trim() || titleFromDescription(description);
  const head = title ? jobTitleHead(title) : null;
  const normalized = head && title ? jobOccupation(head, title) : null;
  const sections = splitJobSections(description);
  // What the hire will learn ("Develop expertise in Google Cloud Platform") is neither required nor preferred:
  // learning-objects.ts. Masked once: the asked text below is this text with the title cut to its head (a prefix).
  const requiredText = maskLearningObjects([title ?? '', sections.responsibilities, sections.minimum].join('\n'));
  const required = hardSkills(requiredText);
  // Reasons name a skill only where the posting asks for it in words: not its title's team, not an organisation
  // it names, not a team or function it works with ("feedback to teams including Product Management").
  // Nor a standard the role keeps or a channel among channels ("ensure high levels of customer service"; "email,
  // events, videos, social media"): context-mentions.ts.
  const headText = requiredText.slice(0, head?.length ?? 0) + requiredText.slice(title?.length ?? 0);
  const askedText = maskContextMentions(maskTeamMentions(maskOrganisationNames(headText)));
  const inWords = new Set(hardSkills(askedText));
  const alternatives = alternativeSkillsOf(askedText);
  // Key words a reason may quote: the posting's words outside its title's team and the organisations and teams it names.
  const quotable = maskTeamMentions(maskOrganisationNames([head ?? '', sections.responsibilities, sections.minimum, sections.preferred].join('\n')));
  const preferred = hardSkills(maskLearningObjects(sections.preferred)).filter((s) => !required.includes(s));
  const occupationCode = normalized?.occupationCode ?? null;
  const asked = experienceAsked(description);
  return {
    id: input.id ?? null,
    title: title ?? null,
    canonicalTitle: normalized?.canonicalTitle ?? null,
    occupationCode,
    occupationTitle: normalized?.occupationTitle ?? null,
    occupationMatch: normalized?.match ?? null,
    occupationAmbiguous: normalized?.ambiguous ?? false,
    relatedOccupations: relatedOccupations(occupationCode),
    jobZone: jobZoneOf(occupationCode),
    skills: [...required, ...preferred],
    requiredSkills: required,
    askedSkills: required.filter((skill) => inWords.has(skill)),
    alternativeSkills: required.filter((skill) => inWords.has(skill) && alternatives.has(skill)),
    preferredSkills: preferred,
    yearsRequired: asked.required,
    yearsPreferred: asked.preferred,
    keyTerms: keyTermsOf({ title: head, fullTitle: title, sections, skills: [...required, ...preferred], quotable }),
    sections,
    description,
  };
}
