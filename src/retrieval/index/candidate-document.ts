import type { Db } from '../../store/db.js';
import { profileFacts } from '../catalog/profile-facts.js';
import type { KeywordDoc } from './keyword-store.js';

/*
 * What goes into the index for one candidate, read from the mirror. Names stay out of both the
 * keyword and the semantic text: searching "Jordan" should not rank people called Jordan, and a
 * name carries no meaning for the encoder.
 */

/** How resumes are cut for the encoder (its window is 128 tokens ≈ 90–100 words). */
export interface ChunkPlan {
  chunkWords: number;
  /** Chunks per candidate, from the top of the resume: the embedding budget at 100k candidates. */
  maxChunks: number;
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

interface SourceRow {
  id: string;
  position: string | null;
  company: string | null;
  school: string | null;
  location: string | null;
  profile: string | null;
}

/** Load the documents of the given candidates; ids that are missing or tombstoned are simply absent. */
export function loadCandidateDocuments(db: Db, ids: string[], plan: ChunkPlan = DEFAULT_CHUNK_PLAN): CandidateDocument[] {
  const c = db.$client;
  const params = { ids: JSON.stringify(ids) };
  const rows = c
    .prepare(
      `SELECT c.id, c.position, c.company, c.school, c.location_summary AS location, p.profile
         FROM candidates c LEFT JOIN candidate_profiles p ON p.candidate_id = c.id
        WHERE c.id IN (SELECT value FROM json_each(@ids))
          AND c.id NOT IN (SELECT candidate_id FROM candidate_tombstones)`,
    )
    .all(params) as SourceRow[];
  const resumes = group(
    c
      .prepare(
        `SELECT candidate_id AS k, text AS v FROM files
          WHERE candidate_id IN (SELECT value FROM json_each(@ids)) AND kind = 'resume' AND status = 'ok' AND text IS NOT NULL
          ORDER BY updated_at DESC`,
      )
      .all(params) as { k: string; v: string }[],
  );
  const tags = group(
    c
      .prepare(
        `SELECT ct.candidate_id AS k, t.title AS v FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id
          WHERE ct.candidate_id IN (SELECT value FROM json_each(@ids))`,
      )
      .all(params) as { k: string; v: string }[],
  );
  return rows.map((r) => buildDocument(r, resumes.get(r.id)?.[0] ?? '', tags.get(r.id) ?? [], plan));
}

function buildDocument(r: SourceRow, resume: string, tagTitles: string[], plan: ChunkPlan): CandidateDocument {
  const facts = profileFacts(r.profile ? safeJson(r.profile) : null);
  const titles = dedupe([r.position, ...facts.titles]);
  const companies = dedupe([r.company, ...facts.companies]);
  const schools = dedupe([r.school, ...facts.schools]);
  const keyword: KeywordDoc = {
    candidateId: r.id,
    text: [facts.headline, facts.summary, r.location, resume, tagTitles.join(', ')].filter(Boolean).join('\n'),
    title: titles.join('\n'),
    company: companies.join('\n'),
    skill: facts.skills.join('\n'),
    school: [...schools, ...facts.majors].join('\n'),
  };
  return { candidateId: r.id, keyword, profileText: profileText(titles, facts.skills, facts.summary ?? facts.headline, resume), chunks: chunkText(resume, plan) };
}

/**
 * The profile vector's text: titles, top skills and one summary line, cut to the encoder's window.
 * Without an enrichment profile, the top of the resume (which usually holds title and summary) stands in.
 */
export function profileText(titles: string[], skills: string[], summary: string | null, resume: string): string {
  const parts = [titles.slice(0, 3).join(', '), skills.slice(0, 12).join(', '), firstSentence(summary)].filter(Boolean);
  const text = parts.length ? parts.join('. ') : resume;
  return words(text).slice(0, 60).join(' ');
}

/** ~chunkWords-word windows from the top of the resume, at most maxChunks of them. */
export function chunkText(text: string, plan: ChunkPlan): string[] {
  const all = words(text);
  const out: string[] = [];
  for (let i = 0; i < all.length && out.length < plan.maxChunks; i += plan.chunkWords) {
    out.push(all.slice(i, i + plan.chunkWords).join(' '));
  }
  return out;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const firstSentence = (s: string | null) => (s ? (s.split(/(?<=[.!?])\s/)[0] ?? s) : null);

function dedupe(values: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

function group(rows: { k: string; v: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { k, v } of rows) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
