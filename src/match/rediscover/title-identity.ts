import { nounSingular } from '../../vocabulary/inflection.js';
import { loadOnetSubset } from '../../vocabulary/onet.js';
import { ambiguousTitleAbbreviation, expandTitleWords } from '../../vocabulary/title-abbreviations.js';
import { TITLE_GRADE_WORDS, TITLE_JOINING_WORDS, TITLE_RANK_WORDS } from '../../vocabulary/title-stopwords.js';

/*
 * Whether two titles name the same kind of role by their words, which is what "Similar title" claims.
 *
 * Word overlap alone is not enough: "Product Manager" and "Account Manager" share half their words, and a
 * blind reading of the reasons (round c, 2026-12-06) marked "Similar title" false for exactly that. A title is
 * a head noun (the role: manager, engineer, teacher) and modifiers (the field: product, account, software).
 * Two titles are similar when they end in the same words (see `similarTitleWords`).
 */

/** Heads that name the same role in different words. */
const HEAD_SYNONYMS: Record<string, string> = {
  developer: 'engineer',
  programmer: 'engineer',
  swe: 'engineer',
  rep: 'representative',
  admin: 'administrator',
  tech: 'technician',
  mgr: 'manager',
  lecturer: 'instructor',
};

/** What two titles' role words leave out: joining words, "at" ("Engineer at Acme") and grades. */
const NON_ROLE_WORDS = new Set([...TITLE_JOINING_WORDS, 'at', ...TITLE_GRADE_WORDS]);

/** Rank and place words ("executive", "office"): shared alone, they say nothing of the work. */
const RANK_WORDS = new Set(TITLE_RANK_WORDS);

/** A head noun is generic when O*NET titles of at least this many occupations end with it (see `genericHeads`). */
const GENERIC_HEAD_OCCUPATIONS = 25;

/** A title's role words, lower-case and singular, in reading order. */
const roleWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length > 0 && !NON_ROLE_WORDS.has(w))
    .map(nounSingular);

interface TitleParts {
  head: string | null;
  modifiers: Set<string>;
}

/** Head and modifiers: "Manager, Product Marketing" and "Director of Engineering" put the head first. */
export function titleParts(title: string): TitleParts {
  let text = title.replace(/\([^)]*\)/g, ' ');
  // "Software Engineer - Backend", "Nurse / Midwife": the first segment names the role.
  text = text.split(/\s[-–—|/]\s|\//)[0];
  const comma = text.split(',');
  if (comma.length === 2 && roleWords(comma[0]).length === 1) text = `${comma[1]} ${comma[0]}`;
  else text = comma[0];
  const of = text.split(/\s+of\s+/i);
  const headSide = roleWords(of[0]);
  const all = roleWords(text);
  const rawHead = headSide.length ? headSide[headSide.length - 1] : null;
  const head = rawHead ? (HEAD_SYNONYMS[rawHead] ?? rawHead) : null;
  const modifiers = new Set(all.filter((w) => w !== rawHead));
  return { head, modifiers };
}

let generic: Set<string> | undefined;

/** Head nouns that O*NET titles of many occupations end with: "manager", "engineer", "specialist", "teacher". */
export function genericHeads(): Set<string> {
  if (generic) return generic;
  const subset = loadOnetSubset();
  const occupationsByHead = new Map<string, Set<number>>();
  const add = (title: string, occupation: number): void => {
    const { head } = titleParts(title);
    if (!head) return;
    const set = occupationsByHead.get(head) ?? new Set<number>();
    set.add(occupation);
    occupationsByHead.set(head, set);
  };
  subset.alternateTitles.forEach(([title, occupation]) => add(title, occupation));
  subset.occupations.forEach(([, title], i) => add(title, i));
  generic = new Set([...occupationsByHead].filter(([, set]) => set.size >= GENERIC_HEAD_OCCUPATIONS).map(([head]) => head));
  return generic;
}

/**
 * A title's words in reading order with the head last ("Director of Engineering" → engineering director),
 * head synonyms mapped ("developer" → engineer) unless `asWritten`.
 */
export function titleWordsHeadLast(title: string, asWritten = false): string[] {
  let text = title.replace(/\([^)]*\)/g, ' ');
  text = text.split(/\s[-–—|/]\s|\//)[0];
  const comma = text.split(',');
  if (comma.length === 2 && roleWords(comma[0]).length === 1) text = `${comma[1]} ${comma[0]}`;
  else text = comma[0];
  const [before, ...after] = text.split(/\s+of\s+/i);
  const ordered = [...roleWords(after.join(' ')), ...roleWords(before)];
  return asWritten ? ordered : ordered.map((w) => HEAD_SYNONYMS[w] ?? w);
}

/**
 * Whether an occupation's name may be said of a title (issue 12: a title → occupation mapping with a
 * confidence, and wording that follows it). O*NET lists "Product Manager" among the alternate titles of
 * Marketing Managers and "Program Manager" under Social and Community Service Managers: exact in O*NET,
 * wrong for the recruiter reading it. The tell is a name that shares only a generic head with the title
 * ("manager") while the title's own qualifier ("product") is missing from it; such a mapping still
 * scores, but no reason and no job summary names the occupation. A name sharing no word at all is left
 * to the callers' other checks; one sharing a qualifier ("Software Developers" for "Software Engineer")
 * may be named.
 */
export function occupationNamesTitle(title: string | null, occupationTitle: string | null): boolean {
  if (!title || !occupationTitle) return false;
  const generic = genericHeads();
  // "HR Manager" is read as "human resources manager"; "PM" (product, project or program?) names nothing.
  const written = titleWordsHeadLast(title);
  if (ambiguousTitleAbbreviation(written)) return false;
  const own = expandTitleWords(written).map((w) => HEAD_SYNONYMS[w] ?? w);
  const named = new Set(titleWordsHeadLast(occupationTitle.replace(/[,/]/g, ' ')));
  const shared = own.filter((w) => named.has(w));
  if (shared.length === 0 || shared.some((w) => !generic.has(w))) return true;
  return !own.some((w) => !generic.has(w) && !named.has(w));
}

/**
 * Whether "Similar title" is a true statement about a candidate's title against the job's. The two titles
 * must end in the same words (the longest common word suffix, head last: "business partner") and either
 * the job has no words beyond that suffix ("Math Teacher" is met by every math teacher) or the two share a
 * word beyond it ("Product Manager" and "Manager, Product Marketing"); and the shared words must include one
 * that says the field or the role (not a generic head, see `genericHeads`, nor a rank word, `TITLE_RANK_WORDS`),
 * unless they are every word of the job's title and more than one: "Manager" alone is not met by an Office Manager.
 * Only what is said depends on this: the title score reads word overlap and occupation codes, not this test. Round d (G1209) found "HR Business
 * Partner II" called similar to "Administrative Business Partner": a shared compound head with different
 * fields is a different role. Conservative on purpose: a missing "similar" is never a false reason.
 */
export function similarTitleWords(jobTitle: string, roleTitle: string): boolean {
  const job = titleWordsHeadLast(jobTitle);
  const role = titleWordsHeadLast(roleTitle);
  let suffix = 0;
  while (suffix < job.length && suffix < role.length && job[job.length - 1 - suffix] === role[role.length - 1 - suffix]) suffix++;
  if (suffix === 0) return false;
  const jobRest = job.slice(0, job.length - suffix);
  const roleRest = new Set(role.slice(0, role.length - suffix));
  const sharedRest = jobRest.filter((w) => roleRest.has(w));
  if (jobRest.length > 0 && sharedRest.length === 0) return false;
  // The shared words must say more than one generic head: "Manager" (the head of "Manager, Performance
  // Specialists") is not met by every manager. Round l (G133) read "Previously a similar title: Office
  // Manager" as false: an executive assistant's role shared only the word "manager" with a team lead's.
  // Nor do two such words: round s (G225) read "Executive Assistant/Office Manager" as false for an Executive
  // Briefing Manager, which shares "executive" and "manager" but not the work. A specific word ("Accountant",
  // "briefing") says more, and so does meeting the whole title when it has two words ("Associate Analyst").
  const generic = genericHeads();
  const shared = [...job.slice(job.length - suffix), ...sharedRest];
  const specific = shared.some((w) => !generic.has(w) && !RANK_WORDS.has(w));
  return specific || (shared.length >= 2 && shared.length === job.length);
}
