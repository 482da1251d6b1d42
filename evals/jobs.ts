import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { profileRow } from '../src/match/enrich/enrich-candidates.js';
import { writeProfiles } from '../src/store/profiles.js';
import { candidatesForJob, type JobMatchResult } from '../src/match/rediscover/index.js';
import { createEmbedder } from '../src/embedding/create-embedder.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { createCachedEmbedder } from '../src/embedding/cached-embedder.js';
import { openDb, type Db } from '../src/store/db.js';
import { candidates, files } from '../src/store/schema.js';
import { profileOf, readResumeCorpus, type ResumeRow } from './profiles.js';
import { loadConfig } from '../src/shared/config.js';

/*
 * Rediscovery evaluation: Google job postings as jobs against the LiveCareer resume corpus. Profiles
 * are extracted straight from the CSV into an in-memory mirror, then ranked by the product's own
 * `candidatesForJob` with the real offline encoder (vectors cached on disk by text hash, so reruns
 * are quick). Precision@10 counts a top-10 resume as relevant when its corpus category is one the
 * posting's department maps to; postings of unmapped departments are not sampled.
 */

/** Google posting department → LiveCareer resume categories that do that work. */
export const CATEGORY_MAP: Record<string, string[]> = {
  Finance: ['FINANCE', 'ACCOUNTANT', 'BANKING'],
  'Sales & Account Management': ['SALES', 'BUSINESS-DEVELOPMENT'],
  'Sales Operations': ['SALES', 'BUSINESS-DEVELOPMENT'],
  Partnerships: ['BUSINESS-DEVELOPMENT', 'SALES'],
  'Business Strategy': ['CONSULTANT', 'BUSINESS-DEVELOPMENT', 'FINANCE'],
  'People Operations': ['HR'],
  'User Experience & Design': ['DESIGNER', 'DIGITAL-MEDIA'],
  'Marketing & Communications': ['PUBLIC-RELATIONS', 'DIGITAL-MEDIA'],
  'Technical Solutions': ['INFORMATION-TECHNOLOGY', 'ENGINEERING'],
  'Software Engineering': ['INFORMATION-TECHNOLOGY', 'ENGINEERING'],
  'IT & Data Management': ['INFORMATION-TECHNOLOGY'],
  'Technical Infrastructure': ['INFORMATION-TECHNOLOGY', 'ENGINEERING'],
  'Network Engineering': ['INFORMATION-TECHNOLOGY', 'ENGINEERING'],
  'Data Center & Network': ['INFORMATION-TECHNOLOGY', 'ENGINEERING'],
  'Hardware Engineering': ['ENGINEERING', 'INFORMATION-TECHNOLOGY'],
  'Developer Relations': ['INFORMATION-TECHNOLOGY'],
  'Legal & Government Relations': ['ADVOCATE'],
  'Product & Customer Support': ['BPO', 'INFORMATION-TECHNOLOGY'],
  'Manufacturing & Supply Chain': ['ENGINEERING', 'AUTOMOBILE'],
  'Real Estate & Workplace Services': ['CONSTRUCTION'],
  // Administrative, Program Management, Technical Writing: no LiveCareer category does that work.
};

export interface GooglePosting {
  index: number;
  title: string;
  category: string;
  description: string;
}

export function readGooglePostings(file: string): GooglePosting[] {
  const records = parse(fs.readFileSync(file), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, index) => ({
    index,
    title: r.Title ?? '',
    category: r.Category ?? '',
    // Headed as a pasted posting would be, so the minimum and preferred qualifications are read apart.
    description: [
      ['Responsibilities', r.Responsibilities],
      ['Minimum qualifications', r['Minimum Qualifications']],
      ['Preferred qualifications', r['Preferred Qualifications']],
    ]
      .filter(([, text]) => text?.trim())
      .map(([heading, text]) => `${heading}:\n${text}`)
      .join('\n'),
  }));
}

const stableHash = (text: string) => crypto.createHash('sha1').update(text).digest('hex');

/** A deterministic sample spread over the mapped departments: round-robin, each department in hash order. */
export function samplePostings(postings: GooglePosting[], n: number): GooglePosting[] {
  const byCategory = new Map<string, GooglePosting[]>();
  for (const p of postings) {
    if (!CATEGORY_MAP[p.category] || !p.description.trim()) continue;
    const list = byCategory.get(p.category) ?? [];
    list.push(p);
    byCategory.set(p.category, list);
  }
  // Largest departments first, so small samples cover the common kinds of job.
  const queues = [...byCategory.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([, list]) => [...list].sort((a, b) => stableHash(a.title + a.index).localeCompare(stableHash(b.title + b.index))));
  const out: GooglePosting[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && out.length < n) out.push(queue[round]);
  }
  return out;
}

/** Load resumes as candidates with extracted profiles into an in-memory mirror. */
export function buildCorpusMirror(resumes: ResumeRow[]): { db: Db; categoryOf: Map<string, string>; msPerProfile: number } {
  const db = openDb(':memory:');
  const at = '2024-01-01T00:00:00.000Z';
  const categoryOf = new Map<string, string>();
  const started = performance.now();
  const rows = resumes.map((r) => {
    const id = `lc-${r.ID}`;
    categoryOf.set(id, r.category);
    return profileRow(id, profileOf(r), at, new Date(at));
  });
  const msPerProfile = (performance.now() - started) / Math.max(1, resumes.length);
  db.$client.transaction(() => {
    for (const r of resumes) {
      const id = `lc-${r.ID}`;
      db.insert(candidates).values({ id, name: `Resume ${r.ID}`, createdAt: at, updatedAt: at, raw: {}, mirroredAt: at }).run();
      db.insert(files).values({ id: `${id}-f`, candidateId: id, kind: 'resume', name: 'resume.pdf', handle: id, status: 'ok', text: r.text, extractedAt: at, updatedAt: at }).run();
    }
  })();
  writeProfiles(db, rows);
  return { db, categoryOf, msPerProfile };
}

export interface PostingReport {
  title: string;
  category: string;
  relevantCategories: string[];
  precisionAt10: number;
  top: { id: string; category: string; score: number; currentTitle: string | null; reasons: string[] }[];
}

export interface JobsEvalResult {
  precisionAt10: number;
  postings: PostingReport[];
  resumes: number;
  msPerProfile: number;
  msPerQuery: number;
}

export interface JobsEvalOptions {
  corpus: string;
  jobs: string;
  sample?: number;
  json?: boolean;
  /** Use every k-th resume only (tests). Default 1: the whole corpus. */
  resumeStride?: number;
  /** Embedder to use instead of the offline encoder (tests). */
  embedder?: Embedder;
  /** Where the encoder model and the vector cache persist between runs (default: a folder in the OS temp dir). */
  cacheDir?: string;
  out?: (line: string) => void;
}

const DEFAULT_CACHE_DIR = path.join(os.tmpdir(), 'rediscovery-eval-jobs');

export async function runJobsEval(options: JobsEvalOptions): Promise<JobsEvalResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const stride = options.resumeStride ?? 1;
  const resumes = readResumeCorpus(options.corpus).filter((_, i) => i % stride === 0);
  const postings = samplePostings(readGooglePostings(options.jobs), options.sample ?? 12);
  const { db, categoryOf, msPerProfile } = buildCorpusMirror(resumes);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const embedder =
    options.embedder ??
    createCachedEmbedder(
      await createEmbedder({ model: 'use-lite', cacheDir: loadConfig().REDISCOVERY_MODEL_CACHE ?? path.join(cacheDir, 'models') }),
      path.join(cacheDir, 'vectors.db'),
    );
  const reports: PostingReport[] = [];
  const started = performance.now();
  try {
    for (const posting of postings) {
      // Every resume gets semantic similarity: the corpus is small and its vectors are cached.
      const { results } = await candidatesForJob(
        { db, embedder, semanticCap: resumes.length },
        { title: posting.title, description: posting.description, limit: 10 },
      );
      reports.push(reportFor(posting, results, categoryOf));
    }
  } finally {
    if (!options.embedder) await embedder.close?.();
    db.$client.close();
  }
  const msPerQuery = (performance.now() - started) / Math.max(1, postings.length);
  const precisionAt10 = round(reports.reduce((sum, r) => sum + r.precisionAt10, 0) / Math.max(1, reports.length));
  const result: JobsEvalResult = { precisionAt10, postings: reports, resumes: resumes.length, msPerProfile: round(msPerProfile), msPerQuery: Math.round(msPerQuery) };
  if (options.json) out(JSON.stringify(result));
  else printReport(result, out);
  return result;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function reportFor(posting: GooglePosting, results: JobMatchResult[], categoryOf: Map<string, string>): PostingReport {
  const relevant = CATEGORY_MAP[posting.category];
  const top = results.map((r) => ({ id: r.candidateId.replace(/^lc-/, ''), category: categoryOf.get(r.candidateId) ?? '?', score: r.score, currentTitle: r.currentTitle, reasons: r.reasons }));
  const hits = top.filter((t) => relevant.includes(t.category)).length;
  return { title: posting.title, category: posting.category, relevantCategories: relevant, precisionAt10: hits / 10, top };
}

function printReport(result: JobsEvalResult, out: (line: string) => void): void {
  out(`resumes: ${result.resumes} (${result.msPerProfile} ms per profile), postings: ${result.postings.length}, ${result.msPerQuery} ms per query`);
  for (const p of result.postings) {
    out('');
    out(`${p.title}  [${p.category} → ${p.relevantCategories.join('/')}]  P@10 ${p.precisionAt10.toFixed(1)}`);
    for (const [i, t] of p.top.entries()) {
      const mark = p.relevantCategories.includes(t.category) ? '+' : ' ';
      out(`  ${String(i + 1).padStart(2)}. ${mark} ${t.category.padEnd(22)} ${t.score.toFixed(3)}  ${String(t.currentTitle ?? '-').slice(0, 40).padEnd(40)} ${t.id}`);
      for (const reason of t.reasons.slice(0, 3)) out(`          · ${reason}`);
    }
  }
  out('');
  out(`precision@10 by category agreement: ${result.precisionAt10.toFixed(3)} over ${result.postings.length} postings`);
}
