import { nounSingular } from './inflection.js';
import { loadOnetSubset } from './onet.js';
import { cleanText, foldForMatch } from './text.js';
import { TITLE_ABBREVIATIONS } from './title-abbreviations.js';
import { TITLE_JOINING_WORDS } from './title-stopwords.js';

/*
 * Job title normalisation: strip seniority, expand unambiguous abbreviations, then find the O*NET
 * occupation through its alternate titles (exact folded match first, then weighted token overlap).
 */

interface NormalizedTitle {
  canonicalTitle: string;
  occupationCode: string | null;
  occupationTitle: string | null;
  seniority: string | null;
  /**
   * How the occupation was found: `exact` when the whole title (or its part before a comma or dash) is
   * one of the occupation's O*NET titles, `partial` when only some words overlap (a guess to hedge in
   * wording: "Team Lead, Online Support" shares one word with "Team Assemblers"), null without a code.
   */
  match: 'exact' | 'partial' | null;
  /**
   * An exact title O*NET lists under several occupations with no clear home ("Customer Service
   * Representative" is a title of 14): the code is the likeliest, but not a fact to state.
   */
  ambiguous?: boolean;
}

// Folded seniority words → the level they signal. Order matters: longer phrases first.
const SENIORITY: [RegExp, string][] = [
  [/\b(senior|sr)\b/, 'senior'],
  [/\b(junior|jr)\b/, 'junior'],
  [/\bprincipal\b/, 'principal'],
  [/\bstaff\b(?=\s+(engineer|developer|scientist|software|data|accountant|designer))/, 'staff'],
  [/\blead\b/, 'lead'],
  [/\b(entry level|entry)\b/, 'entry'],
  [/\b(intern|internship|trainee|apprentice)\b/, 'intern'],
  [/\b(iv|v|level 4|level 5)$/, 'senior'],
  [/\b(iii|level 3)$/, 'senior'],
  [/\b(ii|level 2)$/, 'mid'],
  [/\b(i|level 1)$/, 'junior'],
];
const STRIP_SENIORITY = /\b(senior|sr|junior|jr|principal|lead|entry level|iv|iii|ii|level [1-5])\b|\bi$/g;

// "PM" is deliberately absent: project, product and program managers all write it (title-abbreviations.ts).
const ABBREVIATIONS = TITLE_ABBREVIATIONS;

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'at', 'on', 'a', 'an', '&']);
const KEEP_UPPER = new Set(['pm', 'it', 'hr', 'qa', 'ux', 'ui', 'hvac', 'ceo', 'cfo', 'cto', 'coo', 'cio', 'seo', 'sql', 'ios', 'erp', 'sap', 'crm', 'llc']);

function titleCase(folded: string): string {
  return folded
    .split(' ')
    .map((word, i) => {
      if (KEEP_UPPER.has(word)) return word.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

interface TitleIndex {
  exact: Map<string, number[]>;
  /** An occupation's own title in the singular ("customer service representative"): its home, whatever alternate titles say. */
  ownTitle: Map<string, number>;
  titles: string[][];
  titleOccupation: number[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  titleWeights: Float64Array;
}

let index: TitleIndex | undefined;

// Plural occupation titles ("Accountants and Auditors") need a singular form to meet resumes halfway.
const withSingularHead = (folded: string): string => folded.replace(/[a-z]+$/, nounSingular);
// Joining words only: here grades ("Senior", "II") stay title words.
const JOINING_WORDS = new Set(TITLE_JOINING_WORDS);
const tokensOf = (folded: string): string[] => folded.split(' ').filter((t) => t && !JOINING_WORDS.has(t)).map(nounSingular);

function buildIndex(): TitleIndex {
  const subset = loadOnetSubset();
  const exact = new Map<string, number[]>();
  const titles: string[][] = [];
  const titleOccupation: number[] = [];
  const postings = new Map<string, number[]>();
  const add = (title: string, occupation: number): void => {
    const folded = foldForMatch(title);
    const occupations = exact.get(folded);
    if (!occupations) exact.set(folded, [occupation]);
    else if (!occupations.includes(occupation)) occupations.push(occupation);
    const tokens = [...new Set(tokensOf(folded))];
    const id = titles.length;
    titles.push(tokens);
    titleOccupation.push(occupation);
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  };
  subset.alternateTitles.forEach(([title, occupation]) => add(title, occupation));
  subset.occupations.forEach(([, title], i) => add(title, i));
  const ownTitle = new Map<string, number>();
  subset.occupations.forEach(([, title], i) => {
    const folded = foldForMatch(title);
    // "Accountants and Auditors" names two kinds of worker; only single-noun titles have one singular form.
    if (/\b(and|or|except|all)\b/.test(folded) || title.includes(',')) return;
    // Keyed both ways: "Human Resources Managers" by its head ("human resources manager"), "Facilities
    // Managers" by every word ("facility manager", as a resume writes it).
    ownTitle.set(withSingularHead(folded), i);
    ownTitle.set(folded.split(' ').map(nounSingular).join(' '), i);
  });
  const idf = new Map<string, number>();
  for (const [token, list] of postings) idf.set(token, Math.log(1 + titles.length / list.length));
  const titleWeights = Float64Array.from(titles, (tokens) => tokens.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0));
  return { exact, ownTitle, titles, titleOccupation, postings, idf, titleWeights };
}

function tokenMatch(idx: TitleIndex, folded: string): { occupation: number; score: number } | null {
  const query = [...new Set(tokensOf(folded))];
  if (query.length === 0) return null;
  const weight = (t: string): number => idx.idf.get(t) ?? Math.log(1 + idx.titles.length);
  const queryWeight = query.reduce((sum, t) => sum + weight(t), 0);
  const shared = new Map<number, number>();
  for (const token of query) {
    const w = weight(token);
    for (const id of idx.postings.get(token) ?? []) shared.set(id, (shared.get(id) ?? 0) + w);
  }
  let bestId = -1;
  let bestScore = 0;
  const head = query[query.length - 1];
  for (const [id, overlap] of shared) {
    const titleWeight = idx.titleWeights[id];
    // Cheap bound: even with the head noun the score cannot beat the best so far.
    if (overlap / (queryWeight + titleWeight - overlap) <= bestScore) continue;
    // The last word is the head noun ("tutor" in "engineering tutor"); a title without it is a weaker match.
    const headFactor = idx.titles[id].includes(head) ? 1 : 0.6;
    const score = (headFactor * overlap) / (queryWeight + titleWeight - overlap);
    if (score > bestScore) {
      bestScore = score;
      bestId = id;
    }
  }
  // Below this the overlap is one generic word ("manager") and the code would be a guess.
  return bestScore >= 0.4 ? { occupation: idx.titleOccupation[bestId], score: bestScore } : null;
}

const cache = new Map<string, NormalizedTitle>();

/** Canonical title, O*NET occupation and seniority of a job title as written ("Sr. SWE" → Software Engineer, senior). */
export function normalizeTitle(raw: string): NormalizedTitle {
  const cached = cache.get(raw);
  if (cached) return cached;
  const result = computeTitle(raw);
  if (cache.size > 50_000) cache.clear();
  cache.set(raw, result);
  return result;
}

function computeTitle(raw: string): NormalizedTitle {
  const cleaned = cleanText(raw).replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const folded = foldForMatch(cleaned.replace(/\//g, ' / '));
  const seniority = SENIORITY.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
  const expanded = folded
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
  const core = expanded.replace(STRIP_SENIORITY, ' ').replace(/\s+/g, ' ').trim() || expanded;
  idxOrBuild();
  const idx = index as TitleIndex;
  // "Director of Operations - Healthcare", "Accountant, Tax": the part before a dash or comma is the title.
  const head = foldForMatch(cleaned.split(/\s[-|]\s|,|\s\/\s/)[0] ?? '');
  const headCore = head.split(' ').map((w) => ABBREVIATIONS[w] ?? w).join(' ').replace(STRIP_SENIORITY, ' ').replace(/\s+/g, ' ').trim();
  // A plural title ("Coaches") is its singular's title: only the head noun (the last word) takes a number.
  const singularCore = withSingularHead(core);
  const exactHit = idx.exact.get(core) ?? idx.exact.get(expanded) ?? (headCore ? idx.exact.get(headCore) : undefined) ?? idx.exact.get(singularCore);
  const own = idx.ownTitle.get(core) ?? idx.ownTitle.get(expanded) ?? idx.ownTitle.get(singularCore);
  const picked = own !== undefined ? { occupation: own, clear: true } : exactHit ? pickOccupation(idx, exactHit, core) : null;
  let occupation = picked?.occupation ?? null;
  const match: NormalizedTitle['match'] = occupation === null ? null : 'exact';
  if (occupation === null) occupation = tokenMatch(idx, core)?.occupation ?? null;
  if (occupation === null && headCore && headCore !== core) occupation = tokenMatch(idx, headCore)?.occupation ?? null;
  const subset = loadOnetSubset();
  return {
    canonicalTitle: titleCase(core),
    occupationCode: occupation === null ? null : subset.occupations[occupation][0],
    occupationTitle: occupation === null ? null : subset.occupations[occupation][1],
    seniority,
    match: occupation === null ? null : (match ?? 'partial'),
    ...(picked && !picked.clear ? { ambiguous: true } : {}),
  };
}

/*
 * One alternate title often belongs to several occupations ("Sales Associate" to eight). Prefer the one
 * with the most alternate titles containing all the query's words: it is the title's home occupation.
 */
function pickOccupation(idx: TitleIndex, occupations: number[], folded: string): { occupation: number; clear: boolean } {
  if (occupations.length === 1) return { occupation: occupations[0], clear: true };
  const query = [...new Set(tokensOf(folded))];
  const counts = new Map<number, number>(occupations.map((o) => [o, 0]));
  const rarest = query.reduce<number[] | undefined>((best, t) => {
    const list = idx.postings.get(t);
    return list && (!best || list.length < best.length) ? list : best;
  }, undefined) ?? [];
  for (const id of rarest) {
    const occupation = idx.titleOccupation[id];
    if (!counts.has(occupation)) continue;
    if (query.every((t) => idx.titles[id].includes(t))) counts.set(occupation, (counts.get(occupation) ?? 0) + 1);
  }
  let best = occupations[0];
  for (const o of occupations) if ((counts.get(o) ?? 0) > (counts.get(best) ?? 0)) best = o;
  // Clear when the home occupation has more of the title's alternate forms than any other, and there are few rivals.
  const bestCount = counts.get(best) ?? 0;
  const rivals = occupations.filter((o) => o !== best && (counts.get(o) ?? 0) * 2 > bestCount).length;
  return { occupation: best, clear: occupations.length <= 2 ? rivals === 0 || bestCount > 0 : rivals === 0 && bestCount > 0 };
}

function idxOrBuild(): void {
  index ??= buildIndex();
}
