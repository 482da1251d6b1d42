import os from 'node:os';
import path from 'node:path';
import { createCachedEmbedder } from '../src/embedding/cached-embedder.js';
import { createEmbedder } from '../src/embedding/create-embedder.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { candidatesForJob } from '../src/match/rediscover/index.js';
import { loadConfig } from '../src/shared/config.js';
import { AppError } from '../src/shared/errors.js';
import { buildCorpusMirror, readGooglePostings } from './jobs.js';
import { readResumeCorpus } from './profiles.js';

/*
 * The reasons check's reading list (issue 12): for chosen rows of the Google postings file, the top N of
 * `candidatesForJob` (product defaults, the whole resume corpus) with every reason shown to a user, so a
 * reader can mark each reason true or false against the resume. Rows are 0-based like `postings.json`'s csvIndex.
 */

export interface JobReasonsResult {
  postings: { row: number; title: string; results: { resumeId: string; score: number; reasons: string[] }[] }[];
}

const CACHE_DIR = path.join(os.tmpdir(), 'rediscovery-eval-jobs');

export interface JobReasonsOptions {
  corpus: string;
  jobs: string;
  rows: number[];
  top?: number;
  json?: boolean;
  out?: (line: string) => void;
  /** Tests: a small embedder and every Nth resume. */
  embedder?: Embedder;
  resumeStride?: number;
}

export async function runJobReasons(options: JobReasonsOptions): Promise<JobReasonsResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const top = options.top ?? 5;
  const all = readGooglePostings(options.jobs);
  for (const row of options.rows) {
    if (!all[row]) throw new AppError('invalid_input', `--rows: ${options.jobs} has no row ${row} (rows are 0-based, 0 to ${all.length - 1}).`);
  }
  const stride = options.resumeStride ?? 1;
  const resumes = readResumeCorpus(options.corpus).filter((_, i) => i % stride === 0);
  const embedder = options.embedder ?? createCachedEmbedder(
    await createEmbedder({ model: 'use-lite', cacheDir: loadConfig().REDISCOVERY_MODEL_CACHE ?? path.join(CACHE_DIR, 'models') }),
    path.join(CACHE_DIR, 'vectors.db'),
  );
  const { db } = buildCorpusMirror(resumes);
  const result: JobReasonsResult = { postings: [] };
  try {
    for (const row of options.rows) {
      const posting = all[row];
      const { results } = await candidatesForJob({ db, embedder, semanticCap: resumes.length }, { title: posting.title, description: posting.description, limit: top });
      result.postings.push({
        row,
        title: posting.title,
        results: results.map((r) => ({ resumeId: r.candidateId.replace(/^lc-/, ''), score: r.score, reasons: r.reasons })),
      });
    }
  } finally {
    db.$client.close();
    if (!options.embedder) await embedder.close?.();
  }
  if (options.json) out(JSON.stringify(result));
  else {
    for (const p of result.postings) {
      out(`Row ${p.row}: ${p.title}`);
      p.results.forEach((r, i) => {
        out(`  ${i + 1}. resume ${r.resumeId} (score ${r.score.toFixed(3)})`);
        for (const reason of r.reasons) out(`     - ${reason}`);
      });
    }
  }
  return result;
}
