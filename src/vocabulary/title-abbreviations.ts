import { nounSingular } from './inflection.js';

/*
 * Job-title abbreviations and what they stand for. One table serves two readers:
 *
 * - `normalizeTitle` (titles.ts) looks a title up in O*NET: "HR Generalist" → human resources generalist.
 * - The occupation-naming check (`occupationNamesTitle`) reads a title's own words against an O*NET
 *   occupation name. It must see "HR Manager" as "human resources manager" to say Human Resources
 *   Managers of it, and must still not say Marketing Managers of a Product Manager.
 *
 * The second reader needs the word's position too: an abbreviation as the title's head (its last word) is
 * the role ("Lab Tech": technician, "Sys Admin": administrator, "Software Eng": engineer) while in front
 * of the head it names the field ("Tech Lead", "Admin Assistant": administrative, "Eng Manager":
 * engineering). `MODIFIER_FORMS` holds the front forms that differ; a word whose front form is unclear
 * ("Acct Manager": account or accounting?) is left as written there.
 */

/** Abbreviation (folded, lower case) → its words; the head-noun reading where it matters. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  swe: 'software engineer', sde: 'software development engineer', sdet: 'software development engineer in test',
  rn: 'registered nurse', lpn: 'licensed practical nurse', cna: 'certified nursing assistant', np: 'nurse practitioner',
  mgr: 'manager', mngr: 'manager', asst: 'assistant', assoc: 'associate', eng: 'engineer', engr: 'engineer',
  dev: 'developer', admin: 'administrator', coord: 'coordinator', rep: 'representative', exec: 'executive',
  dir: 'director', vp: 'vice president', svp: 'senior vice president', evp: 'executive vice president', avp: 'assistant vice president',
  ceo: 'chief executive officer', cfo: 'chief financial officer', cto: 'chief technology officer', coo: 'chief operating officer',
  cio: 'chief information officer', cmo: 'chief marketing officer', hr: 'human resources', csr: 'customer service representative',
  tech: 'technician', spec: 'specialist', mktg: 'marketing', ops: 'operations', acct: 'accountant', qa: 'quality assurance',
  sys: 'systems', sw: 'software', mech: 'mechanical', elec: 'electrical', cpa: 'certified public accountant', emt: 'emergency medical technician',
  ux: 'user experience', ui: 'user interface', bdm: 'business development manager', bd: 'business development',
};

/**
 * The reading in front of the head where it differs from the head reading; `null`: unclear there, kept
 * as written. "Tech" before a head is technology or technical, never technician ("Tech Recruiter").
 */
const MODIFIER_FORMS: Readonly<Record<string, string | null>> = {
  tech: null, admin: 'administrative', eng: 'engineering', engr: 'engineering', dev: 'development',
  acct: null, rep: null, spec: null, mgr: null, mngr: null, dir: null, coord: null,
};

/**
 * Abbreviations that stand for several roles, with their readings: no occupation may be named from them.
 * "PM" is written by product, project and program managers alike (O*NET lists it under IT project managers).
 */
const AMBIGUOUS_TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  pm: ['product manager', 'project manager', 'program manager'],
  tpm: ['technical product manager', 'technical program manager'],
  apm: ['associate product manager', 'assistant project manager'],
  gpm: ['group product manager', 'group program manager'],
};

/**
 * A title's words (lower case, head last, as `titleWordsHeadLast` gives them) with unambiguous
 * abbreviations spelt out and each word singular ("hr manager" → human resource manager); an ambiguous
 * or unclear abbreviation stays as written.
 */
export function expandTitleWords(words: readonly string[]): string[] {
  return words.flatMap((word, i) => {
    const head = i === words.length - 1;
    const modifier = head ? undefined : MODIFIER_FORMS[word];
    const spelt = modifier === null ? undefined : (modifier ?? TITLE_ABBREVIATIONS[word]);
    return spelt ? spelt.split(' ').map(nounSingular) : [word];
  });
}

/** The first ambiguous abbreviation among a title's words ("pm" in "senior pm platform"), or null. */
export function ambiguousTitleAbbreviation(words: readonly string[]): { word: string; readings: readonly string[] } | null {
  const word = words.find((w) => Object.hasOwn(AMBIGUOUS_TITLE_ABBREVIATIONS, w));
  return word ? { word, readings: AMBIGUOUS_TITLE_ABBREVIATIONS[word] } : null;
}
