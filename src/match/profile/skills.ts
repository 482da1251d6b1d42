import { isCertification, isKnownSkill, normalizeSkill, skillsInText } from '../../vocabulary/skills.js';
import type { Fact } from './types.js';

/*
 * Skills from a skills section (lists split on commas, bullets, pipes; Kaggle's "Python- Exprience -
 * 24 months") and from the rest of the text (only vocabulary skills there, never loose phrases).
 */

const MAX_SKILLS = 80;
const KAGGLE_SKILL = /^(.{1,60}?)\s*-\s*Exprience\s*-\s*(?:(\d+)|Less than 1 year)\s*months?/i;

/** Skill phrases in skills-section lines, as written. */
export function skillPhrases(lines: string[]): string[] {
  const phrases: string[] = [];
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    const kaggle = line.match(KAGGLE_SKILL);
    if (kaggle) {
      phrases.push(kaggle[1]);
      continue;
    }
    // "Programming Languages: Python, SQL" — the label before the colon is not a skill.
    const body = line.replace(/^[A-Za-z &/]{2,40}:\s*/, '');
    for (const part of body.split(/\s*(?:[,;|•*]|\s-\s|\band\b|\(|\))\s*/)) {
      const phrase = part.trim().replace(/\.$/, '');
      if (phrase && phrase.split(/\s+/).length <= 6) phrases.push(phrase);
    }
  }
  return phrases;
}

/** Longest "N months" a Kaggle skill line claims, in months (a weak experience signal). */
export function longestSkillMonths(lines: string[]): number | null {
  let longest: number | null = null;
  for (const line of lines) {
    const months = line.match(KAGGLE_SKILL)?.[2];
    if (months) longest = Math.max(longest ?? 0, Number(months));
  }
  return longest;
}

export interface SkillFacts {
  skills: Fact[];
  certifications: Fact[];
}

// "Company Name is a leading provider of CRM software.", "Acme was one of the largest distributors…": what the
// employer does, not what the candidate did (issue 12 reasons check: CRM read from an employer's description).
const EMPLOYER_DESCRIPTION = /^(?:(?:The\s+)?(?:[A-Z][\w&.'-]*|of|and|&)\s+){1,6}(?:is|was|are|were|has been)\s+(?:a|an|the|one of)\b/;

/** The text without sentences that describe an employer or its products rather than the candidate's work. */
export function withoutEmployerDescriptions(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => !(EMPLOYER_DESCRIPTION.test(sentence.trim()) && !/^I\s/.test(sentence.trim())))
        .join(' '),
    )
    .join('\n');
}

/** Vocabulary skills in a resume's running text: the candidate's own work, not employers' descriptions. */
export function candidateSkillsInText(text: string): string[] {
  return skillsInText(withoutEmployerDescriptions(text));
}

/** Canonical skills with provenance: listed skills first (surer), then vocabulary skills seen in the text. */
export function extractSkills(sectionLines: string[], fullText: string): SkillFacts {
  const byName = new Map<string, Fact>();
  const add = (name: string, confidence: number): void => {
    const key = name.toLowerCase();
    if (!byName.has(key) && byName.size < MAX_SKILLS) byName.set(key, { value: name, source: 'resume', confidence });
  };
  for (const phrase of skillPhrases(sectionLines)) {
    const name = normalizeSkill(phrase);
    if (!name) continue;
    add(name, isKnownSkill(phrase) ? 0.85 : 0.5);
  }
  for (const name of candidateSkillsInText(fullText)) add(name, 0.6);
  const all = [...byName.values()];
  return {
    skills: all.filter((fact) => !isCertification(fact.value)),
    certifications: all.filter((fact) => isCertification(fact.value)),
  };
}
