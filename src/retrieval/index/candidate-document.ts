import { maskEmails, maskPhones } from '../../shared/mask-pii.js';
import { escapeRegExp } from '../../shared/regexp.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import type { Db } from '../../store/db.js';
import { readCandidates, type CandidateRecord } from '../../store/read-model/index.js';
import { profileFacts } from '../catalog/profile-facts.js';
import type { KeywordDoc } from './keyword-store.js';
import { spaceSeparatedWords } from '../../shared/space-separated-words.js';

/*
 * What goes into the index for one candidate, read from the mirror. Names and contact details stay
 * out of both the keyword and the semantic text: searching "Jordan" should not rank people called
 * Jordan (name lookup answers that), "example" should not match every `@example.com` address, and
 * none of it carries meaning for the encoder. The resume's own header repeats them, so the resume
 * text is cleaned too (see `resumeForIndex`).
 */

/** How resumes are cut for the encoder (its window is 128 tokens ≈ 90–100 words). */
export interface ChunkPlan {
  chunkWords: number;
  /** Chunks per candidate, from the top of the resume: the embedding budget at 100k candidates. */
  maxChunks: number;
  /**
   * Tag titles (case-insensitive) kept out of the keyword text. The search eval labels relevance
   * with a tag (the corpus category); indexing it would hand every query its answer.
   */
  excludeTagTitles?: string[];
}

/*
 * Measured on the LiveCareer eval (2,484 resumes, use-lite): the profile vector alone gave the best
 * vector and hybrid nDCG@10 (profile-only 0.614 vs best-chunk-only 0.474 on category queries), and
 * resume chunks cost ~1/59 s each. So by default no chunks are embedded: a 100k build embeds ~100k
 * short texts (minutes), not ~300k chunks (over the 30-minute budget). `--max-chunks` turns them on.
 */
export const DEFAULT_CHUNK_PLAN: ChunkPlan = { chunkWords: 90, maxChunks: 0 };

export interface CandidateDocument {
  candidateId: string;
  keyword: KeywordDoc;
  /** A compact profile (titles, skills, summary line) embedded as one vector. */
  profileText: string;
  chunks: string[];
}

/** Load the documents of the given candidates; ids that are missing or tombstoned are simply absent. */
export function loadCandidateDocuments(db: Db, ids: string[], plan: ChunkPlan = DEFAULT_CHUNK_PLAN): CandidateDocument[] {
  const excluded = new Set((plan.excludeTagTitles ?? []).map((t) => t.toLowerCase()));
  return readCandidates(db, ids, { resumeText: true }).map((r) => {
    // A tag not (yet) in the tags table reads as its id: no words to index.
    const tagTitles = r.tags.filter((t) => t.title !== t.id).map((t) => t.title).filter((t) => !excluded.has(t.toLowerCase()));
    return buildDocument(r, resumeForIndex(r.resumeText ?? '', r.name), tagTitles, plan);
  });
}

function buildDocument(r: CandidateRecord, resume: string, tagTitles: string[], plan: ChunkPlan): CandidateDocument {
  const facts = profileFacts(r.profile);
  const titles = dedupe([r.position, ...facts.titles]);
  const companies = dedupe([r.company, ...facts.companies]);
  const schools = dedupe([r.school, ...facts.schools]);
  const keyword: KeywordDoc = {
    candidateId: r.id,
    text: [facts.headline, facts.summary, r.locationSummary, resume, tagTitles.join(', ')].filter(Boolean).join('\n'),
    title: titles.join('\n'),
    company: companies.join('\n'),
    skill: facts.skills.join('\n'),
    school: [...schools, ...facts.majors].join('\n'),
  };
  const text = profileText({ headline: facts.headline, titles, skills: facts.skills, summary: facts.summary }, resume);
  return { candidateId: r.id, keyword, profileText: text, chunks: chunkText(resume, plan) };
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|twitter|x)\.com\/\S*/gi;

/**
 * The resume text as the index keeps it: without e-mail addresses, phone numbers, web addresses and
 * the candidate's full name (as a phrase: a surname alone may be a word of the resume, e.g. "Cook").
 * Every scan is linear in the text.
 */
export function resumeForIndex(resume: string, name: string | null): string {
  let text = maskPhones(maskEmails(resume, ' '), ' ').replace(WEB_ADDRESS, ' ');
  const nameWords = (name ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (nameWords.length >= 2) {
    const phrase = nameWords.map(escapeRegExp).join('\\s+');
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return text;
}

interface ProfileTextParts {
  headline: string | null;
  titles: string[];
  skills: string[];
  summary: string | null;
}

/**
 * The profile vector's text, cut to the encoder's window: the headline the candidate wrote, the
 * O*NET occupation titles of their top job titles, the titles themselves, top skills and one summary
 * line. The occupation titles put a standard name for the role ("Accountants and Auditors") next to
 * the local one ("Staff Accountant II"), which a short role-name query lands on. Measured on the
 * LiveCareer eval: vector nDCG@10 0.614 → 0.663 on category names, 0.540 → 0.585 on recruiter requests;
 * a title-only text (no skills/summary) helped category names as much but hurt requests.
 * Without any profile fact, the top of the resume (which usually holds title and summary) stands in.
 */
export function profileText(p: ProfileTextParts, resume: string): string {
  const titles = p.titles.slice(0, 3);
  const occupations = dedupe(titles.map((t) => normalizeTitle(t).occupationTitle));
  const parts = [p.headline ? unshout(p.headline) : null, occupations.join(', '), titles.join(', '), p.skills.slice(0, 8).join(', '), firstSentence(p.summary)];
  const text = parts.filter(Boolean).join('. ');
  return spaceSeparatedWords(text || resume).slice(0, 60).join(' ');
}

/** "STAFF ACCOUNTANT" → "Staff Accountant": resume headlines are often all caps; written like the titles beside them. */
function unshout(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s;
}

/** ~chunkWords-word windows from the top of the resume, at most maxChunks of them. */
export function chunkText(text: string, plan: ChunkPlan): string[] {
  const all = spaceSeparatedWords(text);
  const out: string[] = [];
  for (let i = 0; i < all.length && out.length < plan.maxChunks; i += plan.chunkWords) {
    out.push(all.slice(i, i + plan.chunkWords).join(' '));
  }
  return out;
}

const firstSentence = (s: string | null) => (s ? (s.split(/(?<=[.!?])\s/)[0] ?? s) : null);

function dedupe(values: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}
