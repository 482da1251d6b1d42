/*
 * A credential named inside an organisation's name is no credential held: "New York State Society of Certified
 * Public Accountants (NYSSCPA)" is a membership, open to students and non-licensed staff (round j, G997: an
 * accountant with a BS and an MBA and no licence was credited Certified Public Accountant from it). Same shape:
 * "American Institute of Certified Public Accountants", "National Association of Certified Fraud Examiners",
 * "Illinois CPA Society", "the CPA Association of …". The credential itself still counts on the same resume
 * when written elsewhere ("CPA, licensed in New York"). Measured over the 2,484 LiveCareer resumes: see
 * evals/rediscovery-judged/README.md, fixes after round j. Not "network": certifications are listed one after
 * another ("Security+ Network+", "Security+" over "Network Professional (BCNP)").
 */
const ORGANISATION_BEFORE = /\b(?:society|association|institute|board|council|college|academy|federation|foundation|chamber|alliance|league|guild|union)\s+of\s+(?:the\s+)?$/i;
const ORGANISATION_AFTER = /^\s*(?:'s\s+)?(?:society|association|institute|foundation|federation|board|council|alliance|chapter|club|league|guild)\b/i;

/** Whether the credential written at `start`–`end` is part of an organisation's name. */
export function credentialInOrganisationName(text: string, start: number, end: number): boolean {
  return ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || ORGANISATION_AFTER.test(text.slice(end, end + 24));
}
