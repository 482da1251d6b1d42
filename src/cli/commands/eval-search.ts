import type { Command } from 'commander';
import { DEFAULT_CHUNK_PLAN } from '../../retrieval/index/candidate-document.js';
import { AppError } from '../../shared/errors.js';
import { fromPackageRoot } from '../../shared/paths.js';
import { loadEval } from '../load-eval.js';

interface EvalSearchOptions {
  corpus?: string;
  queries: string;
  limit?: string;
  dataDir?: string;
  maxChunks: string;
  direct: boolean;
  json: boolean;
  judged?: string;
  allowUnjudged: boolean;
  packets?: string;
  key?: string;
  importGrades?: string;
}

/**
 * Adds `search --corpus FILE.csv [--queries FILE.jsonl] [--limit N] [--direct] [--json]` to the `eval` command, and the
 * judged form `search --judged DIR [--corpus FILE.csv] [--packets DIR] [--import-grades DIR] [--allow-unjudged]`.
 */
export function registerEvalSearchCommand(evalCommand: Command): void {
  evalCommand
    .command('search')
    .description('Search quality (nDCG@10, P@10, Recall@100, MRR) for keyword, vector and hybrid on a labelled resume corpus, or judged by reading with --judged')
    .option('--corpus <file>', 'CSV with ID, Category, Resume_str columns (e.g. $LIVECAREER_CSV); required unless --import-grades')
    .option('--queries <file>', 'JSONL {"id","query","relevant":[CATEGORY…]}: the category-label queries (also printed beside --judged figures)', fromPackageRoot('evals/search-queries.jsonl'))
    .option('--limit <n>', 'at most N resumes per category (stratified subset)')
    .option('--data-dir <dir>', 'where the eval mirror, index and embedding cache live (reused across runs)')
    .option('--max-chunks <n>', 'resume chunks embedded per candidate', String(DEFAULT_CHUNK_PLAN.maxChunks))
    .option('--direct', 'write mirror rows straight from the CSV instead of fake Ashby → sync → enrichment (faster, less real)', false)
    .option('--judged <dir>', 'judged folder (requests.jsonl, judgements.jsonl): P@10, strict P@10, nDCG@10 of hybrid, keyword, vector and BM25, paired against BM25')
    .option('--allow-unjudged', 'with --judged: print figures even when some top-10 results are not judged (they count as 0: lower bounds)', false)
    .option('--packets <dir>', 'with --judged: write blind grading packets of the pooled results not yet judged (key beside the folder)')
    .option('--key <file>', 'with --packets: where the code → resume key goes; with --import-grades: the key file to read (default: every key-*.json beside the folder)')
    .option('--import-grades <dir>', 'with --judged: turn graders\' <request>.jsonl files + keys into the folder\'s judgements.jsonl (no ranking run)')
    .option('--json', 'print the result as one JSON object', false)
    .action(async (o: EvalSearchOptions) => {
      if ((o.allowUnjudged || o.packets || o.importGrades) && !o.judged) throw new AppError('invalid_input', '--allow-unjudged, --packets and --import-grades go with --judged DIR.');
      if (o.judged && o.importGrades) {
        const { importJudgedSearchGrades } = await loadEval('search-judged');
        importJudgedSearchGrades({ judged: o.judged, grades: o.importGrades, keyFiles: o.key ? [o.key] : undefined, json: o.json });
        return;
      }
      if (!o.corpus) throw new AppError('invalid_input', '--corpus FILE.csv is required (the LiveCareer resume CSV: ID, Category, Resume_str).');
      const limit = o.limit === undefined ? undefined : Number(o.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new AppError('invalid_input', `--limit must be a positive whole number, got "${o.limit}".`);
      const plan = { ...DEFAULT_CHUNK_PLAN, maxChunks: Number(o.maxChunks) };
      if (o.judged) {
        const { runJudgedSearchEval } = await loadEval('search-judged');
        await runJudgedSearchEval({
          corpus: o.corpus, judged: o.judged, json: o.json, allowUnjudged: o.allowUnjudged, packets: o.packets, keyFile: o.key, categoryQueries: o.queries,
          limit, dataDir: o.dataDir, direct: o.direct, plan,
        });
        return;
      }
      const { runSearchEval } = await loadEval('search');
      await runSearchEval({ corpus: o.corpus, queries: o.queries, json: o.json, limit, dataDir: o.dataDir, direct: o.direct, plan });
    });
}
