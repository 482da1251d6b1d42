import { needsShownUse } from '../../vocabulary/practice-skills.js';
import { isCertification, mentionsSkill } from '../../vocabulary/skills.js';
import { candidateSkillsInText } from '../profile/skills.js';
import { textOutsideSkillLists } from '../profile/skills-lists.js';

/*
 * When a skills-list mention is enough (issue 12, round j's lone "CPA" and "Negotiation"): a tool, language or
 * system named in a skills list is held, as every reader has taken it; a practice or a credential
 * (`needsShownUse`) is held only when the resume shows it outside its skills lists. There a credential must be
 * read as the skill reader reads it (not inside a society's name, not pending: "CPA" in "Society of CPAs" or
 * "FCPA" is no licence), and a practice may be shown in any of its forms ("negotiated", "budgets", "recruiter").
 * Otherwise the reason says the list names it ("skills list names: Negotiation"), which is true as written, and
 * neither credits nor denies it. Ranking is unchanged: the skills component still counts the listed skill.
 */

interface Outside {
  text: string;
  skills: Set<string>;
}

const cache = new Map<string, Outside>();

function outsideLists(resumeText: string): Outside {
  let found = cache.get(resumeText);
  if (!found) {
    const text = textOutsideSkillLists(resumeText);
    found = { text, skills: new Set(candidateSkillsInText(text).map((s) => s.toLowerCase())) };
    if (cache.size > 5_000) cache.clear();
    cache.set(resumeText, found);
  }
  return found;
}

/** Whether `skill`, credited from the resume's skills, is a practice or credential that only its skills lists name. */
export function namedOnlyInSkillsList(skill: string, resumeText: string | null | undefined): boolean {
  if (!resumeText || !needsShownUse(skill)) return false;
  // Not on the resume at all (a profile skill from elsewhere): no list to speak of.
  if (!mentionsSkill(skill, resumeText)) return false;
  const outside = outsideLists(resumeText);
  if (outside.skills.has(skill.toLowerCase())) return false;
  return isCertification(skill) || !mentionsSkill(skill, outside.text);
}
