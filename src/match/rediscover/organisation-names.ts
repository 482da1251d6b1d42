/*
 * A posting names its employer's organisations and products as context: "Recruiter, Google Cloud",
 * "Source candidates for Google Cloud across APAC", "join the YouTube team". Read as skills, these made
 * the first reasons check's only false reasons (5 of 176: a recruiter "lacks Google Cloud Platform").
 * A bare organisation name is a skill the posting asks for only where a line asks for it as one
 * ("experience with Google Cloud", "Android development"); abbreviations such as GCP are always skills.
 */

/** Google's teams and products as postings name them; the longest first so "Google Cloud Platform" wins over "Google Cloud". */
const ORGANISATION_NAMES = [
  'Google Cloud Platform', 'Google Cloud', 'Google Workspace', 'G Suite', 'Google Maps', 'Google Ads', 'AdWords',
  'Google Analytics', 'Google Play', 'YouTube', 'Android', 'Chrome', 'Google',
];
const NAME = new RegExp(`\\b(?:${ORGANISATION_NAMES.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

// Wording just before a name that asks for it as a skill: "experience with", "knowledge of", "proficient in", "using".
const ASKED_BEFORE = /\b(?:experience|knowledge|proficien\w*|familiar\w*|expertise|skills?|certifi\w*|fluen\w*|using|use|build(?:ing)?|develop(?:ing)?|deploy(?:ing)?|program(?:ming)?)\b(?:\s+(?:with|in|of|on|using|for))?(?:\s+(?:the|a|an|one|or|and|\w+ing))?\s*$/i;
// Wording just after a name that makes it a technology: "Android development", "Google Cloud APIs", "Google Analytics certification".
const ASKED_AFTER = /^\s*(?:development|developer|engineering|SDKs?|APIs?|apps?|applications|certification|certified|infrastructure|services|architecture|technolog(?:y|ies))\b/i;

/** The text with each organisation name outside a skill context blanked (same length, so offsets hold). */
export function maskOrganisationNames(text: string): string {
  return text.replace(NAME, (name: string, at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(Math.max(lineStart, at - 60), at);
    const after = text.slice(at + name.length, at + name.length + 30);
    return ASKED_BEFORE.test(before) || ASKED_AFTER.test(after) ? name : ' '.repeat(name.length);
  });
}
