import type { Command } from 'commander';
import { DEFAULT_CHUNK_PLAN } from '../../retrieval/index/candidate-document.js';
import { fromPackageRoot } from '../../shared/paths.js';
import { loadEval } from '../load-eval.js';

/** Adds `search --corpus FILE.csv [--queries FILE.jsonl] [--limit N] [--direct] [--json]` to the `eval` command. */
export function registerEvalSearchCommand(evalCommand: Command): void {
  evalCommand
    .command('search')
    .description('Search quality (nDCG@10, P@10, Recall@100, MRR) for keyword, vector and hybrid on a labelled resume corpus')
    .requiredOption('--corpus <file>', 'CSV with ID, Category, Resume_str columns (e.g. $LIVECAREER_CSV)')
    .option('--queries <file>', 'JSONL {"id","query","relevant":[CATEGORY…]}', fromPackageRoot('evals/search-queries.jsonl'))
    .option('--limit <n>', 'at most N resumes per category (stratified subset)')
    .option('--data-dir <dir>', 'where the eval mirror, index and embedding cache live (reused across runs)')
    .option('--max-chunks <n>', 'resume chunks embedded per candidate', String(DEFAULT_CHUNK_PLAN.maxChunks))
    .option('--direct', 'write mirror rows straight from the CSV instead of fake Ashby → sync → enrichment (faster, less real)', false)
    .option('--json', 'print {"modes", "groups", "queries", "setup"} as JSON', false)
    .action(async (o: { corpus: string; queries: string; limit?: string; dataDir?: string; maxChunks: string; direct: boolean; json: boolean }) => {
      const { runSearchEval } = await loadEval('search');
      await runSearchEval({
        corpus: o.corpus, queries: o.queries, json: o.json, limit: o.limit ? Number(o.limit) : undefined, dataDir: o.dataDir, direct: o.direct,
        plan: { ...DEFAULT_CHUNK_PLAN, maxChunks: Number(o.maxChunks) },
      });
    });
}
