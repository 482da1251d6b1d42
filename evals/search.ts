import { EXTRACTOR_VERSION } from '../src/match/enrich/enrich-candidates.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { fileProcessing } from '../src/app/context.js';
import { enrichAll } from '../src/match/enrich/enrich-candidates.js';
import { extractProfile } from '../src/match/profile/extract-profile.js';
import { cleanText } from '../src/vocabulary/text.js';
import { createEmbedder } from '../src/embedding/create-embedder.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { createCachedEmbedder } from '../src/embedding/cached-embedder.js';
import { DEFAULT_CHUNK_PLAN, type ChunkPlan } from '../src/retrieval/index/candidate-document.js';
import { reindex } from '../src/retrieval/index/reindex.js';
import { createRetrievalService, DEFAULT_TUNING, type RetrievalService, type SearchTuning } from '../src/retrieval/service.js';
import { loadConfig } from '../src/shared/config.js';
import { AppError } from '../src/shared/errors.js';
import { openDb, type Db } from '../src/store/db.js';
import { AshbyClient } from '../src/sync/client/ashby-client.js';
import { runSync } from '../src/sync/engine/run-sync.js';
import { seedAccount, startFakeAshby } from '../src/sync/fake/index.js';
import { FULL_VISIBILITY } from '../src/store/read-model/index.js';
import { refreshStaleProfiles } from '../src/match/enrich/enrich-stale.js';

/*
 * Search-quality evaluation on a labelled resume corpus (ID, Category, Resume_str), through the real
 * pipeline: the fake Ashby is seeded from the corpus (one candidate `Resume <ID>` per row, resume
 * rendered as a PDF, category as a tag), a full sync pulls it into a fresh mirror (PDFs parsed like
 * production), enrichment extracts the profiles, `reindex` builds the index with the real offline
 * encoder, and every query runs in keyword, vector and hybrid mode. A result is relevant when the
 * candidate's category tag is in the query's `relevant` list.
 *
 * Leakage: the category is the label, so it must reach neither indexed text nor profiles. The fake
 * sets no position in corpus mode (profile extraction would make it the current title), the tag is
 * excluded from the index through the plan's `excludeTagTitles`, and profile extraction ignores tags.
 * `direct: true` keeps the older, faster adapter that writes the mirror rows straight from the CSV.
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
  setup: { candidates: number; embeddingModel: string; pipeline: string; syncSeconds: number; indexSeconds: number; plan: ChunkPlan };
}

export interface SearchEvalOptions {
  corpus: string;
  queries: string;
  json?: boolean;
  /** Stratified subset: at most this many resumes per category. */
  limit?: number;
  dataDir?: string;
  plan?: ChunkPlan;
  /** Skip the fake Ashby + sync + enrichment and write mirror rows straight from the CSV (faster, less real). */
  direct?: boolean;
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
    out.push({ id: String(r.ID).trim(), category: String(r.Category).trim(), resume: r.Resume_str });
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
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${EXTRACTOR_VERSION}, ?)`,
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
      // Relevance over the whole corpus: the eval sees confidential jobs' candidates too.
      const res = await service.search({ text: q.query, mode, limit: 100, facets: false }, FULL_VISIBILITY);
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

const log = (line: string) => process.stderr.write(`eval: ${line}\n`);

/**
 * Seed the fake Ashby from the rows, full-sync it into the mirror, extract profiles. Returns each
 * candidate's category, read back from its tag and checked against the CSV through the `Resume <ID>` name.
 */
export async function syncCorpusIntoMirror(db: Db, rows: CorpusRow[]): Promise<{ categoryOf: Map<string, string>; syncSeconds: number }> {
  const started = Date.now();
  const state = seedAccount({ corpus: rows.map((r) => ({ id: r.id, category: r.category, text: r.resume })) });
  const fake = await startFakeAshby({ state, port: 0, rateLimitPerMinute: 1e9 });
  try {
    const client = new AshbyClient({ apiKey: fake.apiKey, baseUrl: fake.url, maxRequestsPerMinute: 1e9 });
    let lastLog = 0;
    let phase = '';
    let count = 0;
    const summary = await runSync(db, client, {
      mode: 'full',
      files: fileProcessing(loadConfig({})),
      progress: {
        phase: (name) => {
          phase = name;
          count = 0;
        },
        tick: (n) => {
          count += n;
          if (Date.now() - lastLog > 5000) {
            lastLog = Date.now();
            log(`sync ${phase}: ${count}`);
          }
        },
        done: () => undefined,
      },
    });
    log(`synced: files ok ${summary.files.ok}, failed ${summary.files.failed}`);
  } finally {
    await fake.close();
  }
  const enriched = enrichAll(db, new Date('2025-01-01T00:00:00Z'));
  log(`enriched ${enriched.written} profiles in ${(enriched.ms / 1000).toFixed(1)} s`);
  const expected = new Map(rows.map((r) => [r.id, r.category]));
  const tagged = db.$client
    .prepare(`SELECT c.id, c.name, t.title FROM candidates c JOIN candidate_tags ct ON ct.candidate_id = c.id JOIN tags t ON t.id = ct.tag_id`)
    .all() as { id: string; name: string; title: string }[];
  const categoryOf = new Map<string, string>();
  for (const r of tagged) {
    const sourceId = r.name.replace(/^Resume /, '');
    if (expected.get(sourceId) !== r.title) throw new AppError('internal', `Eval mirror: candidate ${r.name} is tagged ${r.title}, the corpus says ${expected.get(sourceId)}`);
    categoryOf.set(r.id, r.title);
  }
  if (categoryOf.size !== rows.length) throw new AppError('internal', `Eval mirror: ${categoryOf.size} labelled candidates synced, ${rows.length} in the corpus`);
  return { categoryOf, syncSeconds: (Date.now() - started) / 1000 };
}

/** Build mirror + index for the corpus (embeddings cached by text hash in the data dir) and open a service. */
export async function prepareSearchEval(opts: SearchEvalOptions) {
  const dataDir = opts.dataDir ?? path.join(os.tmpdir(), 'rediscovery-eval-search');
  fs.mkdirSync(dataDir, { recursive: true });
  const rows = readCorpus(opts.corpus, opts.limit);
  const mirrorPath = path.join(dataDir, 'mirror.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(mirrorPath + suffix, { force: true });
  const db = openDb(mirrorPath);
  let categoryOf: Map<string, string>;
  let syncSeconds = 0;
  if (opts.direct) {
    const direct = rows.map((r) => ({ ...r, id: `lc_${r.id}` }));
    loadCorpusIntoMirror(db, direct);
    categoryOf = new Map(direct.map((r) => [r.id, r.category]));
  } else {
    ({ categoryOf, syncSeconds } = await syncCorpusIntoMirror(db, rows));
  }
  const inner = opts.embedder ?? (await createEmbedder({ model: loadConfig().EMBEDDING_MODEL, cacheDir: loadConfig().REDISCOVERY_MODEL_CACHE ?? path.join(dataDir, 'models') }));
  const embedder = createCachedEmbedder(inner, path.join(dataDir, 'embeddings.db'));
  // The category tags are the labels: never index them.
  const plan: ChunkPlan = { ...(opts.plan ?? DEFAULT_CHUNK_PLAN), excludeTagTitles: [...new Set(rows.map((r) => r.category))] };
  const indexDir = path.join(dataDir, 'index');
  let lastLog = 0;
  const built = await reindex({
    db, beforeIndexing: refreshStaleProfiles(db), indexDir, embedder, plan,
    onProgress: ({ done, total }) => {
      if (Date.now() - lastLog > 5000 || done === total) {
        lastLog = Date.now();
        log(`indexed ${done}/${total} resumes`);
      }
    },
  });
  const open = (tuning?: SearchTuning) => createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder, tuning: tuning ?? DEFAULT_TUNING, vectorPrecision: loadConfig().REDISCOVERY_VECTOR_PRECISION, vectorPrefilter: loadConfig().REDISCOVERY_VECTOR_PREFILTER });
  const close = async () => {
    await embedder.close();
    db.$client.close();
  };
  return { db, embedder, categoryOf, open, close, setup: {
      candidates: rows.length, embeddingModel: embedder.modelId,
      pipeline: opts.direct
        ? 'direct mirror adapter (CSV → candidates, files, candidate_profiles, outbox) → reindex'
        : 'fake Ashby (corpus mode, resume PDFs) → full sync → enrichment → reindex (category tags excluded)',
      syncSeconds, indexSeconds: built.seconds, plan,
    },
  };
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
  const lines = [
    `Search eval: ${report.setup.candidates} resumes, model ${report.setup.embeddingModel}, synced in ${report.setup.syncSeconds.toFixed(1)} s, index built in ${report.setup.indexSeconds.toFixed(1)} s`,
    `Pipeline: ${report.setup.pipeline}`,
    '',
  ];
  lines.push(`${'query'.padEnd(44)} ${MODES.map((m) => `${m} nDCG P@10 R@100 MRR`.padEnd(32)).join(' ')}`);
  for (const q of report.queries) lines.push(`${q.id.padEnd(12)} ${q.query.slice(0, 31).padEnd(31)} ${MODES.map((m) => fmt(q.modes[m]).padEnd(32)).join(' ')}`);
  lines.push('');
  for (const [group, modes] of Object.entries(report.groups)) lines.push(`${`group ${group}`.padEnd(44)} ${MODES.map((m) => fmt(modes[m]).padEnd(32)).join(' ')}`);
  lines.push(`${'overall'.padEnd(44)} ${MODES.map((m) => fmt(report.modes[m]).padEnd(32)).join(' ')}`);
  return `${lines.join('\n')}\n`;
}
