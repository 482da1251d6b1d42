import path from 'node:path';
import type { Embedder } from '../src/embedding/embedder.js';
import type { ChunkPlan } from '../src/retrieval/index/candidate-document.js';
import { AppError } from '../src/shared/errors.js';
import { fromPackageRoot } from '../src/shared/paths.js';
import { FULL_VISIBILITY } from '../src/store/read-model/index.js';
import { Bm25Baseline } from './jobs-baselines.js';
import { readCorpus, readQueries, prepareSearchEval, scoreQueries, scoreRanking } from './search.js';
import { readSearchJudgedFolder, writeSearchJudgements } from './search-judged-folder.js';
import { defaultKeyFile, importSearchGrades, keyFilesBeside, mergeJudgements, writeSearchPackets } from './search-judged-packets.js';
import { poolOf, scoreSearchRankings, type JudgedScores, type Rankings } from './search-judged-score.js';

/*
 * Search judged by reading: recruiter requests written blind (evals/search-judged/requests.jsonl) run
 * over the LiveCareer resumes through the same pipeline as `eval search` (fake Ashby → sync →
 * enrichment → reindex), by four systems in one run: the product's search as users get it (hybrid,
 * the default mode and tuning), keyword only, vector only, and plain BM25 over the raw resume text
 * (the jobs-judged baseline: the request's words OR-ed, so Boolean operators are just words to it).
 * Their top 10s are scored against graded judgements, paired against BM25, and printed beside the
 * category-label nDCG@10 of the same index (evals/search-queries.jsonl). A figure with unjudged
 * results in it is a lower bound, so none is claimed unless --allow-unjudged. `--packets DIR` writes
 * blind packets of the pooled results nobody has judged yet.
 */

export const SYSTEMS = ['hybrid', 'keyword', 'vector', 'bm25'] as const;
const LABELS: Record<string, string> = { hybrid: 'hybrid (product default)', keyword: 'keyword only', vector: 'vector only', bm25: 'BM25 on resume text' };

export interface CategoryFigures {
  queries: number;
  systems: Record<string, { 'ndcg@10': number; 'p@10': number }>;
}

export interface JudgedSearchResult {
  resumes: number;
  requests: number;
  judgements: number;
  /** complete: every top-10 result judged; lower-bounds: some unjudged (counted 0), asked for; withheld: not claimed. */
  figures: 'complete' | 'lower-bounds' | 'withheld';
  judged?: Omit<JudgedScores, 'unjudged' | 'judgements'>;
  categoryLabels: CategoryFigures;
  unjudged: JudgedScores['unjudged'];
  packets?: { dir: string; key: string; packets: number; resumes: number; perPacket: { request: string; resumes: number }[] };
  setup: { pipeline: string; embeddingModel: string; syncSeconds: number; indexSeconds: number };
}

export interface JudgedSearchOptions {
  corpus: string;
  judged: string;
  json?: boolean;
  allowUnjudged?: boolean;
  /** Write blind packets of the unjudged pool here (key beside it unless `keyFile`). */
  packets?: string;
  keyFile?: string;
  /** Category-labelled queries scored on the same index (default evals/search-queries.jsonl). */
  categoryQueries?: string;
  limit?: number;
  dataDir?: string;
  direct?: boolean;
  plan?: ChunkPlan;
  embedder?: Embedder;
  out?: (line: string) => void;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Rank every request with the four systems, score what is judged, optionally write packets. */
export async function runJudgedSearchEval(options: JudgedSearchOptions): Promise<JudgedSearchResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const folder = readSearchJudgedFolder(options.judged);
  const categoryQueries = readQueries(options.categoryQueries ?? fromPackageRoot('evals/search-queries.jsonl'));
  const rows = readCorpus(options.corpus, options.limit);
  const prepared = await prepareSearchEval({ corpus: options.corpus, queries: '', limit: options.limit, dataDir: options.dataDir, direct: options.direct, plan: options.plan, embedder: options.embedder });
  const rankings: Rankings = Object.fromEntries(SYSTEMS.map((s) => [s, {}]));
  let categoryLabels: CategoryFigures;
  const bm25 = new Bm25Baseline(rows.map((r) => ({ ID: r.id, category: r.category, text: r.resume })));
  try {
    const sourceIdOf = sourceIds(prepared.db.$client.prepare('SELECT id, name FROM candidates').all() as { id: string; name: string }[]);
    const service = await prepared.open();
    try {
      for (const r of folder.requests) {
        for (const mode of ['hybrid', 'keyword', 'vector'] as const) {
          const res = await service.search({ text: r.text, mode, limit: 10, facets: false }, FULL_VISIBILITY);
          rankings[mode][r.id] = res.results.map((x) => sourceIdOf(x.candidateId));
        }
        rankings.bm25[r.id] = bm25.search(r.text, 10).map((x) => x.id);
      }
      categoryLabels = await categoryFigures(categoryQueries, async () => (await scoreQueries(service, categoryQueries, prepared.categoryOf)).modes, bm25, rows);
    } finally {
      await service.close();
    }
  } finally {
    bm25.close();
    await prepared.close();
  }
  const scores = scoreSearchRankings(folder, rankings);
  const result: JudgedSearchResult = {
    resumes: rows.length,
    requests: folder.requests.length,
    judgements: folder.judgements.length,
    figures: scores.unjudged.length === 0 ? 'complete' : options.allowUnjudged ? 'lower-bounds' : 'withheld',
    categoryLabels,
    unjudged: scores.unjudged,
    setup: { pipeline: prepared.setup.pipeline, embeddingModel: prepared.setup.embeddingModel, syncSeconds: prepared.setup.syncSeconds, indexSeconds: prepared.setup.indexSeconds },
  };
  if (result.figures !== 'withheld') {
    const { judgements: _j, unjudged: _u, ...judged } = scores;
    result.judged = judged;
  }
  if (options.packets) {
    const judged = new Set(folder.judgements.map((j) => `${j.request}|${j.resumeId}`));
    const pools = new Map([...poolOf(rankings)].map(([request, pool]) => [request, pool.filter((e) => !judged.has(`${request}|${e.resumeId}`))]));
    const text = new Map(rows.map((r) => [r.id, r.resume]));
    const keyFile = options.keyFile ?? defaultKeyFile(options.packets);
    const written = writeSearchPackets({
      roundDir: options.packets,
      keyFile,
      earlierKeys: keyFilesBeside(options.packets),
      gradesDir: path.join(path.dirname(path.resolve(options.packets)), 'grades'),
      requests: folder.requests,
      pools,
      resumeText: (id) => text.get(id) ?? '',
    });
    result.packets = { dir: path.resolve(options.packets), key: path.resolve(keyFile), ...written };
  }
  if (options.json) out(JSON.stringify(result));
  else printJudgedSearch(result, out);
  if (result.figures === 'withheld' && !options.packets) {
    throw new AppError('eval_unjudged', `${result.unjudged.length} top-10 results are not judged yet, so no judged figure is claimed: grade them (--packets DIR, then --import-grades DIR) or pass --allow-unjudged for lower bounds.`);
  }
  return result;
}

/** Candidate id → LiveCareer resume ID: `Resume <ID>` through the fake Ashby, `lc_<ID>` in direct mode. */
function sourceIds(candidates: { id: string; name: string }[]): (candidateId: string) => string {
  const map = new Map(candidates.map((c) => [c.id, c.id.startsWith('lc_') ? c.id.slice(3) : c.name.replace(/^Resume /, '')]));
  return (candidateId) => {
    const id = map.get(candidateId);
    if (id === undefined) throw new AppError('internal', `Eval mirror: search returned candidate ${candidateId} that is not in the mirror.`);
    return id;
  };
}

/** Category-label nDCG@10 and P@10 of the same index (and BM25) on the labelled queries. */
async function categoryFigures(
  queries: ReturnType<typeof readQueries>,
  modes: () => Promise<Record<string, { 'ndcg@10': number; 'p@10': number }>>,
  bm25: Bm25Baseline,
  rows: ReturnType<typeof readCorpus>,
): Promise<CategoryFigures> {
  const product = await modes();
  const categoryOf = new Map(rows.map((r) => [r.id, r.category]));
  const counts = new Map<string, number>();
  for (const c of categoryOf.values()) counts.set(c, (counts.get(c) ?? 0) + 1);
  const bm = queries.map((q) => {
    const relevant = new Set(q.relevant);
    const ranked = bm25.search(q.query, 100).map((x) => relevant.has(categoryOf.get(x.id) ?? ''));
    return scoreRanking(ranked, q.relevant.reduce((s, c) => s + (counts.get(c) ?? 0), 0));
  });
  const mean = (k: 'ndcg@10' | 'p@10') => round(bm.reduce((s, m) => s + m[k], 0) / Math.max(1, bm.length));
  const systems: CategoryFigures['systems'] = {};
  for (const s of SYSTEMS) systems[s] = s === 'bm25' ? { 'ndcg@10': mean('ndcg@10'), 'p@10': mean('p@10') } : { 'ndcg@10': round(product[s]['ndcg@10']), 'p@10': round(product[s]['p@10']) };
  return { queries: queries.length, systems };
}

function printJudgedSearch(r: JudgedSearchResult, out: (line: string) => void): void {
  out(`Judged search: ${r.requests} requests × ${r.resumes} resumes, ${r.judgements} judgements; ${r.setup.pipeline}; model ${r.setup.embeddingModel}`);
  out(`unjudged top-10 results: ${r.unjudged.length}${r.figures === 'withheld' ? ' — judged figures withheld until they are graded (--allow-unjudged prints lower bounds)' : r.figures === 'lower-bounds' ? ' (counted as 0: the judged figures are lower bounds)' : ''}`);
  out('');
  out(`system                      judged: P@10  strict P@10  nDCG@10   vs BM25 (nDCG): wins/losses/ties, mean diff [95% CI], sign-test p   category labels (${r.categoryLabels.queries} queries): nDCG@10  P@10`);
  for (const s of SYSTEMS) {
    const m = r.judged?.systems[s];
    const v = r.judged?.versusBm25[s];
    const judged = m ? `${m.precisionAt10.toFixed(3)}  ${m.strictPrecisionAt10.toFixed(3)}        ${m.ndcgAt10.toFixed(3)}` : '—      —            —    ';
    const versus = v ? `${v.wins}/${v.losses}/${v.ties}, ${v.meanDifference >= 0 ? '+' : ''}${v.meanDifference.toFixed(3)} [${v.bootstrap95[0].toFixed(3)}, ${v.bootstrap95[1].toFixed(3)}], p=${v.signTestP.toFixed(3)}` : '';
    const c = r.categoryLabels.systems[s];
    out(`${LABELS[s].padEnd(28)}        ${judged}   ${versus.padEnd(62)} ${c['ndcg@10'].toFixed(3)}    ${c['p@10'].toFixed(3)}`);
  }
  if (r.judged) {
    out('');
    out(`nDCG@10 by kind: ${Object.entries(r.judged.byKind).map(([k, by]) => `${k} ${SYSTEMS.map((s) => `${s} ${by[s]?.toFixed(3)}`).join(' / ')}`).join('; ')}`);
  }
  if (r.unjudged.length) {
    out('');
    out(`Unjudged (request resume: systems): ${r.unjudged.slice(0, 50).map((u) => `${u.request} ${u.resumeId}: ${u.systems.join('+')}`).join('; ')}${r.unjudged.length > 50 ? `; … ${r.unjudged.length - 50} more (--json lists all)` : ''}`);
  }
  if (r.packets) {
    out('');
    out(`Packets: ${r.packets.packets} in ${r.packets.dir} (${r.packets.resumes} resumes; per packet ${r.packets.perPacket.map((p) => `${p.request} ${p.resumes}`).join(', ')}); key ${r.packets.key} (graders must not open it)`);
  }
}

/** `--import-grades DIR`: graders' files + keys → judgements.jsonl of the folder (stored grades kept). */
export function importJudgedSearchGrades(options: { judged: string; grades: string; keyFiles?: string[]; json?: boolean; out?: (line: string) => void }) {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const folder = readSearchJudgedFolder(options.judged);
  const keys = options.keyFiles?.length ? options.keyFiles : keyFilesBeside(options.grades);
  const { judgements, missing } = importSearchGrades(options.grades, keys);
  const known = new Set(folder.requests.map((r) => r.id));
  const stray = judgements.find((j) => !known.has(j.request));
  if (stray) throw new AppError('invalid_input', `Grades for request ${stray.request}, which is not in ${options.judged}/requests.jsonl: wrong --judged folder?`);
  const merged = mergeJudgements(folder.judgements, judgements);
  writeSearchJudgements(options.judged, merged.judgements);
  const result = { keys: keys.length, graded: judgements.length, added: merged.added, judgements: merged.judgements.length, notYetGraded: missing.length };
  out(
    options.json
      ? JSON.stringify(result)
      : `Imported ${merged.added} new judgements (${judgements.length} graded through ${keys.length} key file(s)); ${options.judged}/judgements.jsonl now holds ${merged.judgements.length}; ${missing.length} packet codes not graded yet.`,
  );
  return result;
}
