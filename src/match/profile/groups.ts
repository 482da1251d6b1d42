import { cleanItem, dedupeValues, isStrayLine, LIST_VALUE_MAX_CHARS, splitCommas, splitItems, wordCount } from './list-items.js';

/*
 * Groups and affiliations: professional associations, societies, clubs and boards a candidate names in
 * an "Affiliations" / "Memberships" section. Volunteer work and community service are not read as
 * groups: they say what someone did, not what they belong to (and "Volunteer Experience" is
 * experience). The candidate's role ("Member of", "Board Member,", "Treasurer") and dates are dropped,
 * so "Member, AAAE (2008 - present)" and "AAAE" are one group.
 */

/** Words that end or head an organisation's name. */
const ORG_WORD =
  'Association|Associations|Society|Societies|Institute|Council|Club|Chamber|League|Federation|Union|Academy|Board|Network|Alliance|Organization|Organisation|Foundation|Fraternity|Sorority|Chapter|Committee|Guild|Corps|Coalition|Consortium|Order|Lodge|Auxiliary|Commission|Rotary|Kiwanis|Lions|YMCA|YWCA|Toastmasters|Legion|Brotherhood|Sisterhood|Group|Congress|Collegium|Honou?r Society';
const ORG = new RegExp(`\\b(${ORG_WORD})\\b`);
const GREEK = /\b(Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)\s+(Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)\b/;
const CAP = "(?:[A-Z][\\w'’.&/-]*|[0-9]+(?:st|nd|rd|th)?)";
const LINK = '(?:[Oo]f|[Ff]or|[Aa]nd|[Tt]he|[Ii]n|[Oo]n|&|de|du|la|des)';
/** A capitalised name ending in, or headed by, an organisation word ("Society of Women Engineers"). */
const ORG_NAME = new RegExp(`(?:${CAP}\\s+(?:${LINK}\\s+)*)*(?:${ORG_WORD})\\b(?:\\s+${LINK}(?:\\s+${LINK})*\\s+${CAP}(?:\\s+(?:${LINK}\\s+)*${CAP})*)?(?:\\s*\\([A-Z]{2,8}\\))?`, 'g');

const ROLE = '(?:(?:former|active|founding|life|lifetime|current|past|general|full|associate|student|charter|elected|voting|professional|national|chapter)\\s+)*(?:board\\s+)?(?:member(?:ship)?|president|vice[\\s-]president|chair(?:man|woman|person)?|co-chair|treasurer|secretary|director|trustee|fellow|officer|representative|delegate|volunteer|founder|co-founder|mentor|advisor|liaison)';
const LEADING_ROLE = new RegExp(`^(?:(?:board of directors\\s+)?(?:${ROLE})(?:\\s*(?:,|:|-|–|of|at|with|in|for)\\s*|\\s+)(?:the\\s+)?)+`, 'i');
const TRAILING_ROLE = new RegExp(`(?:\\s*(?:[,:–-]|\\bas\\b)?\\s*(?:${ROLE}))+\\s*$`, 'i');
const ONLY_ROLE = new RegExp(`^(?:${ROLE}|members?|memberships?|none|n/?a|none specified|professional|affiliations?|board|inc|llc|ltd|corp|co)$`, 'i');
/** A parenthesis that gives the candidate's role ("(Ambassador Member)"), not the group's acronym. */
const ROLE_PARENS = new RegExp(`\\s*\\([^()]*\\b(?:${ROLE}|ambassador)\\b[^()]*\\)`, 'gi');
/** A section heading glued to the first value by pdftotext ("Affiliations Society for Human Resource Management"). */
const GLUED_HEADING = /^(?:professional\s+)?(?:affiliations|memberships|associations|organizations)\s*:?\s+(?=[A-Z])/i;
const SMALL = /^(?:of|for|and|the|in|on|at|to|a|an|by|with|&|de|du|la|des)$/i;

/** Most words capitalised, as names are ("Red Cross", "Make a Wish Foundation"); prose is not. */
function nameLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w) && !SMALL.test(w));
  const capitalised = words.filter((w) => /^[^a-z]*[A-Z]/.test(w)).length;
  return words.length > 0 && capitalised / words.length >= 0.6;
}

/** The organisation a membership line names, or null when it names none. */
export function groupName(raw: string): string | null {
  let text = cleanItem(cleanItem(raw.replace(ROLE_PARENS, '')).replace(GLUED_HEADING, ''));
  // "Alpha Sigma Nu Jesuit Honor Society: Member (Oct 2012-May 2013) Awarded to…": the name is before the colon.
  const colon = text.match(/^([^:]{3,80}):\s+(.*)$/);
  if (colon && !LEADING_ROLE.test(`${colon[1]} `)) text = colon[1];
  text = cleanItem(text.replace(LEADING_ROLE, '').replace(TRAILING_ROLE, ''));
  text = text.replace(/^(?:member|a member|an active member)\s+of\s+(?:the\s+)?/i, '').replace(/^the\s+(?=[A-Z])/, '');
  // "Society of America - 2009 to present", "Coalition -Detroit": the name is before the dash.
  const dash = text.match(/^(.{3,}?)\s*[-–]\s*(.*)$/);
  if (dash && looksLikeOrganisation(dash[1]) && !/^[A-Z]{1,3}$/.test(dash[1])) text = cleanItem(dash[1]);
  if (!nameLike(text)) return null;
  if (text.length < 2 || text.length > LIST_VALUE_MAX_CHARS || wordCount(text) > 10 || ONLY_ROLE.test(text)) return null;
  if (!/^[A-Z0-9"'(]/.test(text) || isStrayLine(text)) return null;
  return text;
}

/** True when `text` reads as an organisation (an organisation word, Greek letters, or an acronym). */
function looksLikeOrganisation(text: string): boolean {
  return ORG.test(text) || GREEK.test(text) || /^[A-Z][A-Z&.-]{1,9}$/.test(text.trim());
}

/** Organisation names inside prose ("Active member at national level Society of Women Engineers (SWE) Fall 2014"). */
function organisationsIn(text: string): string[] {
  return [...text.matchAll(ORG_NAME)].map((m) => m[0]).filter((name) => wordCount(name) >= 2 || /^[A-Z]{3,}$/.test(name));
}

/**
 * Groups from an affiliations section: short items are names as written (so "Red Cross" counts); long
 * ones are prose, from which only organisation-shaped names are taken. `strict` (a mixed section such
 * as "Activities and Honors") keeps only items that read as organisations.
 */
export function extractGroups(lines: string[], opts: { strict: boolean } = { strict: false }): string[] {
  const values: string[] = [];
  const pieces = splitItems(lines).flatMap((piece) => {
    // A comma list of groups ("NAACP, Poetry Club, HOSA Member") is split; "Member, AAAE" and "Society of Health, Physical Education" are not.
    const parts = splitCommas(piece, { dashes: false });
    return parts.length >= 2 && parts.every((p) => groupName(p) !== null) && parts.filter((p) => looksLikeOrganisation(groupName(p)!)).length >= 2 ? parts : [piece];
  });
  for (const piece of pieces) {
    const cleaned = cleanItem(piece);
    if (wordCount(cleaned) > 12) {
      for (const name of organisationsIn(cleaned)) {
        const value = groupName(name);
        if (value) values.push(value);
      }
      continue;
    }
    const value = groupName(cleaned);
    if (value && (!opts.strict || looksLikeOrganisation(value))) values.push(value);
  }
  return dedupeValues(values);
}
