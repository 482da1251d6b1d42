import { orgKey } from '../../vocabulary/org-key.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { spaceSeparatedWords } from '../../shared/space-separated-words.js';

/*
 * A role's title as a recruiter would write it: once, without the employer. Resume layouts double a
 * title ("Finance Manager Finance Manager", "Accounts Receivable Accounts Receivable Specialist III":
 * LiveCareer's heading and title run together) or write the employer after it ("Sales Clerk for Franklin
 * Baking Co.", "Senior Analyst Acme Corp" when Acme Corp is the role's company). Issue 12: such titles
 * reached "previously X" reasons as written and mapped to no occupation, so the role counted for nothing.
 */

const WORD = String.raw`[A-Za-z0-9][\w&/.'+#-]*`;
// A run of words written twice in a row, compared without case; the shortest run first, so the repeat is cut once.
const DOUBLED = new RegExp(String.raw`(?<![\w&/.'+#-])(${WORD}(?:\s+${WORD})*?)\s+\1(?![\w&/.'+#-])`, 'i');

/** The title with every run of words that is written twice in a row kept once. */
export function dedupeTitle(title: string): string {
  let out = title.replace(/\s+/g, ' ').trim();
  for (let m = DOUBLED.exec(out); m; m = DOUBLED.exec(out)) out = out.slice(0, m.index) + m[1] + out.slice(m.index + m[0].length);
  return out;
}

// What joins a title and its employer: "Analyst at Acme", "Analyst - Acme", "Analyst, Acme", "Clerk for Acme Co.", "Acme: Analyst".
const JOIN_AFTER = /(?:\s+(?:at|@|for|with)|\s*[-–—|,:(])\s*$/i;
const JOIN_BEFORE = /^\s*(?:[-–—|,:)]\s*)?/;
// Legal forms that end an employer's name whatever the layout ("Cognizant Technology Solutions US Corp").
const LEGAL_END = /\b(?:Inc|Incorporated|LLC|L\.L\.C|LLP|Ltd|Limited|Corp|Corporation|Co|Company|PLC|GmbH)\.?\)?$/;

const tidy = (text: string): string => text.replace(/^[\s,;:|•*–—-]+|[\s,;:|•*–—(-]+$/g, '').trim();
const isTitle = (text: string): boolean => !!text && normalizeTitle(text).match !== null;

/** The title without the role's own company written after or before it; unchanged when the company is not in it. */
function withoutCompany(title: string, company: string): string {
  const target = orgKey(company, 'company')?.key;
  if (!target) return title;
  const parts = spaceSeparatedWords(title);
  // The company's words at the end ("Senior Analyst Acme Corp") or at the start ("Acme Corp - Senior Analyst"), the longest first.
  for (let k = 1; k < parts.length; k++) {
    if (orgKey(parts.slice(k).join(' '), 'company')?.key !== target) continue;
    const rest = tidy(parts.slice(0, k).join(' ').replace(JOIN_AFTER, ''));
    if (rest) return rest;
  }
  for (let k = parts.length - 1; k >= 1; k--) {
    if (orgKey(parts.slice(0, k).join(' ').replace(/[-–—|,:]+$/, ''), 'company')?.key !== target) continue;
    const rest = tidy(parts.slice(k).join(' ').replace(JOIN_BEFORE, ''));
    if (rest) return rest;
  }
  return title;
}

/**
 * An employer with a legal form written after a title ("Sales Clerk for Franklin Baking Co."): the title
 * is what comes before a joining word, or the longest opening run of words that is a known title.
 */
function splitLegalEmployer(title: string): { title: string; company: string } | null {
  if (!LEGAL_END.test(title)) return null;
  // A name of its own before the legal form: "Teacher and Company" names no employer.
  const named = (company: string): boolean => !/^(?:and|&|of|the)\b/i.test(company) && orgKey(company, 'company') !== null;
  const joined = /^(.+?)(?:\s+(?:at|@|for|with)\s+|\s+[-–—|]\s+|,\s+)(.+)$/i.exec(title);
  if (joined && isTitle(tidy(joined[1])) && named(tidy(joined[2]))) return { title: tidy(joined[1]), company: tidy(joined[2]) };
  const parts = spaceSeparatedWords(title);
  for (let k = parts.length - 2; k >= 1; k--) {
    const head = tidy(parts.slice(0, k).join(' '));
    const company = tidy(parts.slice(k).join(' '));
    if (normalizeTitle(head).match === 'exact' && named(company)) return { title: head, company };
  }
  return null;
}

/** A role's title written once and without its employer; the employer becomes the company when none was known. */
export function tidyRole(title: string | null, company: string | null): { title: string | null; company: string | null } {
  if (!title) return { title, company };
  let out = dedupeTitle(title);
  if (company) out = withoutCompany(out, company);
  else {
    const split = splitLegalEmployer(out);
    if (split) return { title: split.title, company: split.company };
  }
  return { title: out || title, company };
}

/** Which side of "A - B" is the title: the employer may come first ("ExxonMobil - Senior Systems Technical Analyst"). */
export function employerFirst(first: string, second: string): boolean {
  return !isTitle(first) && isTitle(second);
}
