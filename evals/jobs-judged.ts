import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { candidatesForJob } from '../src/match/rediscover/index.js';
import { createEmbedder } from '../src/embedding/create-embedder.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { createCachedEmbedder } from '../src/embedding/cached-embedder.js';
import { AppError } from '../src/shared/errors.js';
import { Bm25Baseline, DenseBaseline, baselineQueryText } from './jobs-baselines.js';
import { pairedComparison, postingMetrics, type Grade, type PairedComparison } from './jobs-judged-metrics.js';
import { buildCorpusMirror, readGooglePostings } from './jobs.js';
import { readResumeCorpus } from './profiles.js';
import { loadConfig } from '../src/shared/config.js';

/*
 * Rediscovery judged by reading: Google postings × LiveCareer resumes, graded blind (0/1/2) by readers
 * who did not see which system returned what. The folder holds the postings (CSV index, title, split),
 * the judgements (posting, resume id, grade, one-line reason in the reader's words: no resume text) and
 * stored rankings of systems this build cannot rerun (the product before a change). Each run ranks
 * with the current product and the two baselines (BM25 over the raw resume text, dense over resume
 * chunks), scores every system on the same judgements, compares each to BM25 posting by posting, and
 * lists top-10 results nobody has judged yet: a figure with unjudged results in it is a lower bound.
 */

export const JudgedPosting = z.object({
  posting: z.string().regex(/^P\d+$/),
  csvIndex: z.number().int().min(0),
  title: z.string(),
  category: z.string().optional(),
  split: z.enum(['dev', 'test']),
});
export type JudgedPosting = z.infer<typeof JudgedPosting>;

export const Judgement = z.object({
  posting: z.string(),
  resumeId: z.string(),
  grade: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  reason: z.string(),
});
export type Judgement = z.infer<typeof Judgement>;

const StoredRun = z.object({ system: z.string(), note: z.string().optional(), postings: z.record(z.string(), z.array(z.string())) });

export interface JudgedFolder {
  postings: JudgedPosting[];
  judgements: Judgement[];
  runs: z.infer<typeof StoredRun>[];
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_input', `Could not read ${what} ${file}: ${(error as Error).message}. Expected JSON.`);
  }
}

/** Read and validate a judged folder: postings.json, judgements.jsonl, runs/*.json (optional). */
export function readJudgedFolder(dir: string): JudgedFolder {
  if (!fs.existsSync(path.join(dir, 'postings.json'))) {
    throw new AppError('invalid_input', `No postings.json in ${dir}: --judged takes a folder holding postings.json and judgements.jsonl (see evals/rediscovery-judged).`);
  }
  const postings = z.array(JudgedPosting).safeParse(readJson(path.join(dir, 'postings.json'), 'postings'));
  if (!postings.success) throw new AppError('invalid_input', `${dir}/postings.json is not a list of {posting, csvIndex, title, split}: ${postings.error.issues[0]?.message}`);
  const judgementsFile = path.join(dir, 'judgements.jsonl');
  const judgements: Judgement[] = [];
  if (fs.existsSync(judgementsFile)) {
    fs.readFileSync(judgementsFile, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new AppError('invalid_input', `${judgementsFile} line ${i + 1} is not JSON; expected {"posting","resumeId","grade":0|1|2,"reason"}.`);
        }
        const j = Judgement.safeParse(parsed);
        if (!j.success) throw new AppError('invalid_input', `${judgementsFile} line ${i + 1}: expected {"posting","resumeId","grade":0|1|2,"reason"} (${j.error.issues[0]?.message}).`);
        judgements.push(j.data);
      });
  }
  const runsDir = path.join(dir, 'runs');
  const runs = fs.existsSync(runsDir)
    ? fs
        .readdirSync(runsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const run = StoredRun.safeParse(readJson(path.join(runsDir, f), 'stored run'));
          if (!run.success) throw new AppError('invalid_input', `${runsDir}/${f} is not {system, postings: {P01: [resume ids…]}}.`);
          return run.data;
        })
    : [];
  return { postings: postings.data, judgements, runs };
}

export interface SystemSummary {
  postings: number;
  precisionAt10: number;
  strictPrecisionAt10: number;
  ndcgAt10: number;
}

export interface JudgedEvalResult {
  resumes: number;
  judgements: number;
  systems: Record<string, Record<'all' | 'dev' | 'test', SystemSummary>>;
  versusBm25: Record<string, Record<'all' | 'dev' | 'test', PairedComparison>>;
  perPosting: { posting: string; split: 'dev' | 'test'; title: string; ndcgAt10: Record<string, number> }[];
  unjudged: { posting: string; resumeId: string; systems: string[] }[];
  /** Top-10 lists per system and posting (with the product's reasons), when asked for. */
  rankings?: Record<string, Record<string, { resumeId: string; reasons?: string[] }[]>>;
}

export interface JudgedEvalOptions {
  corpus: string;
  jobs: string;
  judged: string;
  json?: boolean;
  /** Include each system's top 10 per posting (with reasons) in the result. */
  rankings?: boolean;
  /** Skip the dense baseline (it embeds every resume chunk on a cold cache). */
  noDense?: boolean;
  resumeStride?: number;
  embedder?: Embedder;
  cacheDir?: string;
  out?: (line: string) => void;
}

const DEFAULT_CACHE_DIR = path.join(os.tmpdir(), 'rediscovery-eval-jobs');
const round = (x: number) => Math.round(x * 1000) / 1000;

export async function runJudgedJobsEval(options: JudgedEvalOptions): Promise<JudgedEvalResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const folder = readJudgedFolder(options.judged);
  const stride = options.resumeStride ?? 1;
  const resumes = readResumeCorpus(options.corpus).filter((_, i) => i % stride === 0);
  const all = readGooglePostings(options.jobs);
  for (const p of folder.postings) {
    if (all[p.csvIndex]?.title !== p.title) {
      throw new AppError('invalid_input', `Posting ${p.posting} expects "${p.title}" at row ${p.csvIndex} of ${options.jobs}, found "${all[p.csvIndex]?.title ?? 'nothing'}": use the Google job_skills.csv the folder was built on.`);
    }
  }
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const embedder =
    options.embedder ??
    createCachedEmbedder(
      await createEmbedder({ model: 'use-lite', cacheDir: loadConfig().REDISCOVERY_MODEL_CACHE ?? path.join(cacheDir, 'models') }),
      path.join(cacheDir, 'vectors.db'),
    );
  const { db } = buildCorpusMirror(resumes);
  const bm25 = new Bm25Baseline(resumes);
  const rankings: Record<string, Record<string, { resumeId: string; reasons?: string[] }[]>> = { product: {}, bm25: {} };
  try {
    const dense = options.noDense ? null : await DenseBaseline.build(embedder, resumes);
    if (dense) rankings.dense = {};
    for (const p of folder.postings) {
      const posting = all[p.csvIndex];
      const { results } = await candidatesForJob({ db, embedder, semanticCap: resumes.length }, { title: posting.title, description: posting.description, limit: 10 });
      rankings.product[p.posting] = results.map((r) => ({ resumeId: r.candidateId.replace(/^lc-/, ''), reasons: r.reasons }));
      const query = baselineQueryText(posting);
      rankings.bm25[p.posting] = bm25.search(query, 10).map((r) => ({ resumeId: r.id }));
      if (dense) rankings.dense[p.posting] = (await dense.search(query, 10)).map((r) => ({ resumeId: r.id }));
    }
  } finally {
    bm25.close();
    db.$client.close();
    if (!options.embedder) await embedder.close?.();
  }
  for (const run of folder.runs) {
    rankings[run.system] = Object.fromEntries(Object.entries(run.postings).map(([k, ids]) => [k, ids.slice(0, 10).map((resumeId) => ({ resumeId }))]));
  }
  const result = scoreRankings(folder, rankings, resumes.length);
  if (options.rankings) result.rankings = rankings;
  if (options.json) out(JSON.stringify(result));
  else printJudged(result, out);
  return result;
}

/** Metrics of every system over the folder's judgements, split by dev/test, each paired against BM25. */
export function scoreRankings(folder: JudgedFolder, rankings: Record<string, Record<string, { resumeId: string }[]>>, resumes: number): JudgedEvalResult {
  const grades = new Map<string, Map<string, Grade>>();
  for (const j of folder.judgements) {
    const g = grades.get(j.posting) ?? new Map<string, Grade>();
    g.set(j.resumeId, j.grade);
    grades.set(j.posting, g);
  }
  const systems = Object.keys(rankings);
  const perPosting = folder.postings.map((p) => {
    const metrics = Object.fromEntries(
      systems.filter((s) => rankings[s][p.posting]).map((s) => [s, postingMetrics(rankings[s][p.posting].map((r) => r.resumeId), grades.get(p.posting) ?? new Map())]),
    );
    return { p, metrics };
  });
  const splits = ['all', 'dev', 'test'] as const;
  const inSplit = (split: (typeof splits)[number]) => perPosting.filter((x) => split === 'all' || x.p.split === split);
  const summary: JudgedEvalResult['systems'] = {};
  const versus: JudgedEvalResult['versusBm25'] = {};
  for (const s of systems) {
    summary[s] = {} as Record<(typeof splits)[number], SystemSummary>;
    for (const split of splits) {
      const rows = inSplit(split).filter((x) => x.metrics[s]);
      const mean = (f: (m: ReturnType<typeof postingMetrics>) => number) => round(rows.reduce((sum, x) => sum + f(x.metrics[s]), 0) / Math.max(1, rows.length));
      summary[s][split] = { postings: rows.length, precisionAt10: mean((m) => m.precisionAt10), strictPrecisionAt10: mean((m) => m.strictPrecisionAt10), ndcgAt10: mean((m) => m.ndcgAt10) };
    }
    if (s === 'bm25' || !rankings.bm25) continue;
    versus[s] = {} as Record<(typeof splits)[number], PairedComparison>;
    for (const split of splits) {
      const rows = inSplit(split).filter((x) => x.metrics[s] && x.metrics.bm25);
      const c = pairedComparison(rows.map((x) => x.metrics[s].ndcgAt10), rows.map((x) => x.metrics.bm25.ndcgAt10));
      versus[s][split] = { ...c, meanDifference: round(c.meanDifference), signTestP: round(c.signTestP), bootstrap95: [round(c.bootstrap95[0]), round(c.bootstrap95[1])] };
    }
  }
  const unjudged = new Map<string, { posting: string; resumeId: string; systems: string[] }>();
  for (const { p, metrics } of perPosting) {
    for (const [s, m] of Object.entries(metrics)) {
      for (const resumeId of m.unjudged) {
        const key = `${p.posting}|${resumeId}`;
        const entry = unjudged.get(key) ?? { posting: p.posting, resumeId, systems: [] };
        entry.systems.push(s);
        unjudged.set(key, entry);
      }
    }
  }
  return {
    resumes,
    judgements: folder.judgements.length,
    systems: summary,
    versusBm25: versus,
    perPosting: perPosting.map(({ p, metrics }) => ({
      posting: p.posting,
      split: p.split,
      title: p.title,
      ndcgAt10: Object.fromEntries(Object.entries(metrics).map(([s, m]) => [s, round(m.ndcgAt10)])),
    })),
    unjudged: [...unjudged.values()],
  };
}

function printJudged(r: JudgedEvalResult, out: (line: string) => void): void {
  out(`resumes: ${r.resumes}, judgements: ${r.judgements}, unjudged top-10 results: ${r.unjudged.length}${r.unjudged.length ? ' (figures are lower bounds until they are judged)' : ''}`);
  for (const split of ['all', 'dev', 'test'] as const) {
    out('');
    out(`${split.toUpperCase()}   system                        P@10   strict P@10   nDCG@10   vs BM25 (nDCG): wins/losses/ties, mean diff [95% CI], sign-test p`);
    for (const [s, by] of Object.entries(r.systems)) {
      const m = by[split];
      const v = r.versusBm25[s]?.[split];
      const versus = v ? `${v.wins}/${v.losses}/${v.ties}, ${v.meanDifference >= 0 ? '+' : ''}${v.meanDifference.toFixed(3)} [${v.bootstrap95[0].toFixed(3)}, ${v.bootstrap95[1].toFixed(3)}], p=${v.signTestP.toFixed(3)}` : '';
      out(`      ${s.padEnd(30)} ${m.precisionAt10.toFixed(3)}  ${m.strictPrecisionAt10.toFixed(3)}         ${m.ndcgAt10.toFixed(3)}     ${versus}`);
    }
  }
}
