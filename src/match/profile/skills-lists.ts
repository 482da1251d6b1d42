import { cleanText } from '../../vocabulary/text.js';
import { splitSections } from './sections.js';

/*
 * Where a resume only names its skills: the list lines of its skills sections (Skills, Highlights, Core
 * Qualifications…: `sections.ts`). A list line is one whose every item, split on commas, semicolons, pipes,
 * bullets or wide gaps, is at most four words ("Account reconciliations, accounting, accounts payable, …",
 * "Negotiation"). A longer item there is a sentence about the work ("Negotiated vendor contracts saving $2M a
 * year"), so it stays evidence like any line of the work history. Used by the reasons: a practice or credential
 * (`practice-skills.ts`) named only on such lines is said to be listed, not held (round j: a lone "CPA" and a lone
 * "Negotiation" in LiveCareer's generated keyword lists were credited as held).
 */

const ITEM_SPLIT = /\s*(?:[,;|•·*]|\t|\s{3,})\s*/;
const MAX_ITEM_WORDS = 4;

/** Whether a line of a skills section lists names rather than describing work. */
export function isListLine(line: string): boolean {
  const items = line.split(ITEM_SPLIT).map((item) => item.trim()).filter(Boolean);
  return items.length > 0 && items.every((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS);
}

/** The resume's text without the list lines of its skills sections (headings left out as well). */
export function textOutsideSkillLists(text: string): string {
  return splitSections(cleanText(text))
    .flatMap((section) => (section.kind === 'skills' ? section.lines.filter((line) => !isListLine(line)) : section.lines))
    .join('\n');
}
