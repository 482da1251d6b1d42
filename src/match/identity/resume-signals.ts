import { normalizeEmail } from './normalize-email.js';
import { gitHubLogin } from './normalize-github.js';
import { linkedInSlug } from './normalize-linkedin.js';
import { foldText } from './normalize-name.js';

/*
 * Cheap signals from resume text for identity: the contact identifiers in its header, the
 * organisations it names (employers and schools with a tell-tale word: Inc, University, Hospital…),
 * and word shingles for spotting the same resume uploaded twice. No model, no parsing of sections:
 * this runs only for pairs that blocking already put together.
 */

export interface ResumeSignals {
  /** Folded text with single spaces, padded for word-bounded `includes` checks. */
  folded: string;
  emails: string[];
  linkedInSlugs: string[];
  gitHubLogins: string[];
  organisations: Set<string>;
}

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LINKEDIN_IN_TEXT = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/(?:in|pub)\/[^\s,;)"'<>]+/gi;
const GITHUB_IN_TEXT = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]+/gi;
const ORG_SUFFIX = '(?:Inc|LLC|Ltd|Corp|Corporation|Company|GmbH|University|College|Institute|Hospital|Bank|Labs|Technologies|Systems|Solutions|Group|Partners|Clinic|Bakery|Foods|Studios?)';
const ORG_IN_TEXT = new RegExp(
  `(?:\\b(?:University|Institute|College|Bank) of(?: [A-Z][\\w&'-]*){1,3})|(?:(?:\\b[A-Z][\\w&'-]*\\s+){1,3}${ORG_SUFFIX}\\b)`,
  'g',
);
const ORG_STOP_START = /^(?:at|in|for|with|and|from|the|to|of|worked|joined)\s+/i;

/** Extract the identity signals of one resume text. */
export function resumeSignals(text: string): ResumeSignals {
  const emails = unique([...text.matchAll(EMAIL_IN_TEXT)].map((m) => normalizeEmail(m[0])));
  const linkedInSlugs = unique([...text.matchAll(LINKEDIN_IN_TEXT)].map((m) => linkedInSlug(m[0])));
  const gitHubLogins = unique([...text.matchAll(GITHUB_IN_TEXT)].map((m) => gitHubLogin(m[0])));
  const organisations = new Set<string>();
  for (const match of text.matchAll(ORG_IN_TEXT)) {
    let phrase = match[0].replace(/\s+/g, ' ').trim();
    while (ORG_STOP_START.test(phrase)) phrase = phrase.replace(ORG_STOP_START, '');
    const folded = foldText(phrase);
    if (folded.split(' ').length >= 2) organisations.add(folded);
  }
  return { folded: ` ${foldText(text)} `, emails, linkedInSlugs, gitHubLogins, organisations };
}

/** True when the resume mentions the folded phrase as whole words. */
export function resumeMentions(signals: ResumeSignals, foldedPhrase: string): boolean {
  return foldedPhrase.length >= 3 && signals.folded.includes(` ${foldedPhrase} `);
}

/** Jaccard similarity of word 3-shingles: near 1 for the same resume uploaded twice. */
export function resumeSimilarity(a: ResumeSignals, b: ResumeSignals): number {
  const shinglesA = shingles(a.folded);
  const shinglesB = shingles(b.folded);
  if (shinglesA.size === 0 || shinglesB.size === 0) return 0;
  let shared = 0;
  for (const s of shinglesA) if (shinglesB.has(s)) shared++;
  return shared / (shinglesA.size + shinglesB.size - shared);
}

function shingles(folded: string): Set<string> {
  const words = folded.trim().split(' ').filter(Boolean);
  const result = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) result.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return result;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
