import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { extractProfile } from '../src/match/profile/extract-profile.js';
import { cleanText } from '../src/match/normalize/text.js';
import { createEmbedder } from '../src/retrieval/embedding/create-embedder.js';
import type { Embedder } from '../src/retrieval/embedding/embedder.js';
import { createCachedEmbedder } from '../src/retrieval/index/cached-embedder.js';
import { DEFAULT_CHUNK_PLAN, type ChunkPlan } from '../src/retrieval/index/candidate-document.js';
import { reindex } from '../src/retrieval/index/reindex.js';
import { createRetrievalService, DEFAULT_TUNING, type RetrievalService, type SearchTuning } from '../src/retrieval/service.js';
import { openDb, type Db } from '../src/store/db.js';

/*
 * Search-quality evaluation on a labelled resume corpus (ID, Category, Resume_str). The corpus is
 * loaded into a fresh mirror through a direct adapter (candidates + resume files + enrichment
 * profiles, the rows sync and enrichment would write), indexed with the real offline encoder, and
 * every query runs in keyword, vector and hybrid mode. A result is relevant when the candidate's
 * category is in the query's `relevant` list. The category is kept OUT of the mirror (no tag), so
 * it cannot leak into the keyword index.
 */

export const EvalQuery = z.object({ id: z.string(), query: z.string(), relevant: z.array(z.string()).min(1), group: z.string().default('all') });
export type EvalQuery = z.infer<typeof EvalQuery>;

const MODES = ['keyword', 'vector', 'hybrid'] as const;
type Mode = (typeof MODES)[number];

export interface Metrics {
  'ndcg@10': number;
  'p@10': number;
  'recall@100': number;
  mrr: number;
}

export interface SearchEvalReport {
  modes: Record<Mode, Metrics>;
  groups: Record<string, Record<Mode, Metrics>>;
  queries: { id: string; group: string; query: string; modes: Record<Mode, Metrics> }[];
  setup: { candidates: number; embeddingModel: string; pipeline: string; indexSeconds: number; plan: ChunkPlan };
}

export interface SearchEvalOptions {
  corpus: string;
  queries: string;
  json?: boolean;
  /** Stratified subset: at most this many resumes per category. */
  limit?: number;
  dataDir?: string;
  plan?: ChunkPlan;
  tuning?: SearchTuning;
  embedder?: Embedder;
  /** Where the report is printed (default stdout); progress goes to stderr. */
  out?: NodeJS.WritableStream;
}

export interface CorpusRow {
  id: string;
  category: string;
  resume: string;
}

/** Read the corpus CSV, optionally keeping at most `perCategory` rows of each category (first ones, stable). */
export function readCorpus(file: string, perCategory?: number): CorpusRow[] {
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
  const seen = new Map<string, number>();
  const out: CorpusRow[] = [];
  for (const r of rows) {
    const n = seen.get(r.Category) ?? 0;
    if (perCategory !== undefined && n >= perCategory) continue;
    seen.set(r.Category, n + 1);
    out.push({ id: `lc_${r.ID}`, category: r.Category, resume: r.Resume_str });
  }
  return out;
}

export function readQueries(file: string): EvalQuery[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => EvalQuery.parse(JSON.parse(l)));
}

/** Write the corpus into a mirror as sync + enrichment would: candidate, resume file text, profile, outbox. */
export function loadCorpusIntoMirror(db: Db, rows: CorpusRow[], now = new Date('2025-01-01T00:00:00Z')): void {
  const c = db.$client;
  const at = now.toISOString();
  const insCand = c.prepare(`INSERT INTO candidates (id, name, position, created_at, updated_at, raw, mirrored_at) VALUES (?, ?, ?, ?, ?, '{}', ?)`);
  const insFile = c.prepare(`INSERT INTO files (id, candidate_id, kind, name, handle, status, text, updated_at) VALUES (?, ?, 'resume', 'resume.pdf', ?, 'ok', ?, ?)`);
  const insProfile = c.prepare(
    `INSERT INTO candidate_profiles (candidate_id, current_title, current_company, location, years_experience, years_in_role, highest_degree, profile, source_updated_at, extractor_version, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const insOutbox = c.prepare(`INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, 'eval', ?)`);
  c.transaction(() => {
    for (const r of rows) {
      const text = cleanText(r.resume);
      const name = `Candidate ${r.id}`;
      insCand.run(r.id, name, null, at, at, at);
      insFile.run(`file_${r.id}`, r.id, `h_${r.id}`, text, at);
      const p = extractProfile({ candidate: { name }, resumeText: text, now });
      insProfile.run(r.id, p.currentTitle?.value ?? null, p.currentCompany?.value ?? null, p.location?.value ?? null, p.yearsExperience, p.yearsInRole, p.highestDegree, JSON.stringify(p), at, at);
      insOutbox.run(r.id, at);
    }
  })();
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Binary-relevance metrics for one ranked list. */
export function scoreRanking(ranked: boolean[], totalRelevant: number): Metrics {
  let dcg = 0;
  let firstHit = 0;
  ranked.slice(0, 10).forEach((rel, i) => (dcg += rel ? 1 / Math.log2(i + 2) : 0));
  let idcg = 0;
  for (let i = 0; i < Math.min(10, totalRelevant); i++) idcg += 1 / Math.log2(i + 2);
  const idx = ranked.findIndex(Boolean);
  if (idx >= 0) firstHit = 1 / (idx + 1);
  return {
    'ndcg@10': idcg ? dcg / idcg : 0,
    'p@10': ranked.slice(0, 10).filter(Boolean).length / 10,
    'recall@100': totalRelevant ? ranked.slice(0, 100).filter(Boolean).length / totalRelevant : 0,
    mrr: firstHit,
  };
}

function mean(ms: Metrics[]): Metrics {
  const keys = ['ndcg@10', 'p@10', 'recall@100', 'mrr'] as const;
  return Object.fromEntries(keys.map((k) => [k, round(ms.reduce((s, m) => s + m[k], 0) / Math.max(ms.length, 1))])) as unknown as Metrics;
}

/** Run every query in every mode against a prepared service. */
export async function scoreQueries(service: RetrievalService, queries: EvalQuery[], categoryOf: Map<string, string>) {
  const counts = new Map<string, number>();
  for (const cat of categoryOf.values()) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  const perQuery: SearchEvalReport['queries'] = [];
  for (const q of queries) {
    const relevant = new Set(q.relevant);
    const totalRelevant = q.relevant.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
    const modes = {} as Record<Mode, Metrics>;
    for (const mode of MODES) {
      const res = await service.search({ text: q.query, mode, limit: 100, facets: false });
      const m = scoreRanking(res.results.map((r) => relevant.has(categoryOf.get(r.candidateId) ?? '')), totalRelevant);
      modes[mode] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(v)])) as unknown as Metrics;
    }
    perQuery.push({ id: q.id, group: q.group, query: q.query, modes });
  }
  const summarize = (list: typeof perQuery) => Object.fromEntries(MODES.map((m) => [m, mean(list.map((q) => q.modes[m]))])) as Record<Mode, Metrics>;
  const groups: Record<string, Record<Mode, Metrics>> = {};
  for (const g of new Set(perQuery.map((q) => q.group))) groups[g] = summarize(perQuery.filter((q) => q.group === g));
  return { modes: summarize(perQuery), groups, queries: perQuery };
}

/** Build mirror + index for the corpus (embeddings cached by text hash in the data dir) and open a service. */
export async function prepareSearchEval(opts: SearchEvalOptions) {
  const dataDir = opts.dataDir ?? path.join(os.tmpdir(), 'rediscovery-eval-search');
  fs.mkdirSync(dataDir, { recursive: true });
  const rows = readCorpus(opts.corpus, opts.limit);
  const mirrorPath = path.join(dataDir, 'mirror.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(mirrorPath + suffix, { force: true });
  const db = openDb(mirrorPath);
  loadCorpusIntoMirror(db, rows);
  const inner = opts.embedder ?? (await createEmbedder({ model: process.env.EMBEDDING_MODEL, cacheDir: process.env.REDISCOVERY_MODEL_CACHE ?? path.join(dataDir, 'models') }));
  const embedder = createCachedEmbedder(inner, path.join(dataDir, 'embeddings.db'));
  const plan = opts.plan ?? DEFAULT_CHUNK_PLAN;
  const indexDir = path.join(dataDir, 'index');
  let lastLog = 0;
  const built = await reindex({
    db, indexDir, embedder, plan,
    onProgress: ({ done, total }) => {
      if (Date.now() - lastLog > 5000 || done === total) {
        lastLog = Date.now();
        process.stderr.write(`eval: indexed ${done}/${total} resumes\n`);
      }
    },
  });
  const categoryOf = new Map(rows.map((r) => [r.id, r.category]));
  const open = (tuning?: SearchTuning) => createRetrievalService({ db, config: { indexDir }, embedder, tuning: tuning ?? DEFAULT_TUNING });
  const close = async () => {
    await embedder.close();
    db.$client.close();
  };
  return { db, embedder, categoryOf, open, close, setup: { candidates: rows.length, embeddingModel: embedder.modelId, pipeline: 'direct mirror adapter (CSV → candidates, files, candidate_profiles, outbox) → reindex', indexSeconds: built.seconds, plan } };
}

/** The whole evaluation: prepare, score all modes, print a table (or JSON), return the report. */
export async function runSearchEval(opts: SearchEvalOptions): Promise<SearchEvalReport> {
  const queries = readQueries(opts.queries);
  const prepared = await prepareSearchEval(opts);
  try {
    const service = await prepared.open(opts.tuning);
    try {
      const scored = await scoreQueries(service, queries, prepared.categoryOf);
      const report: SearchEvalReport = { ...scored, setup: prepared.setup };
      const out = opts.out ?? process.stdout;
      out.write(opts.json ? `${JSON.stringify({ modes: report.modes, groups: report.groups, queries: report.queries, setup: report.setup })}\n` : formatReport(report));
      return report;
    } finally {
      await service.close();
    }
  } finally {
    await prepared.close();
  }
}

export function formatReport(report: SearchEvalReport): string {
  const fmt = (m: Metrics) => `${m['ndcg@10'].toFixed(3)}  ${m['p@10'].toFixed(3)}  ${m['recall@100'].toFixed(3)}  ${m.mrr.toFixed(3)}`;
  const lines = [`Search eval: ${report.setup.candidates} resumes, model ${report.setup.embeddingModel}, index built in ${report.setup.indexSeconds.toFixed(1)} s`, ''];
  lines.push(`${'query'.padEnd(44)} ${MODES.map((m) => `${m} nDCG P@10 R@100 MRR`.padEnd(32)).join(' ')}`);
  for (const q of report.queries) lines.push(`${q.id.padEnd(12)} ${q.query.slice(0, 31).padEnd(31)} ${MODES.map((m) => fmt(q.modes[m]).padEnd(32)).join(' ')}`);
  lines.push('');
  for (const [group, modes] of Object.entries(report.groups)) lines.push(`${`group ${group}`.padEnd(44)} ${MODES.map((m) => fmt(modes[m]).padEnd(32)).join(' ')}`);
  lines.push(`${'overall'.padEnd(44)} ${MODES.map((m) => fmt(report.modes[m]).padEnd(32)).join(' ')}`);
  return `${lines.join('\n')}\n`;
}
