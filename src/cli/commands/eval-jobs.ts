import type { Command } from 'commander';
import { AppError } from '../../shared/errors.js';
import { loadEval } from '../load-eval.js';

/** Adds `jobs --corpus RESUMES.csv --jobs JOBS.csv [--sample N | --judged DIR | --rows R1,R2 [--top N]] [--json]` to the `eval` command. */
export function registerEvalJobsCommand(evalCommand: Command): void {
  evalCommand
    .command('jobs')
    .description('Rediscovery quality: rank a resume corpus for job postings (precision@10 by category, or judged relevance with --judged)')
    .requiredOption('--corpus <file>', 'LiveCareer resume CSV (ID, Category, Resume_str)')
    .requiredOption('--jobs <file>', 'Google job postings CSV (Title, Category, Responsibilities, Minimum/Preferred Qualifications)')
    .option('--sample <n>', 'postings to evaluate (deterministic sample; category-label metric)', '12')
    .option('--judged <dir>', 'judged folder (postings.json, judgements.jsonl, runs/): P@10, strict P@10 and nDCG@10 per system, paired against BM25')
    .option('--rankings', 'with --judged: include every system\'s top 10 per posting (and the product\'s reasons) in the output', false)
    .option('--no-dense', 'with --judged: skip the dense-retrieval baseline (it embeds every resume chunk on a cold cache)')
    .option('--rows <list>', 'reasons check: the top --top results with their reasons for these 0-based rows of --jobs (comma-separated)')
    .option('--top <n>', 'with --rows: results per posting', '5')
    .option('--json', 'print the result as JSON', false)
    .action(async (options: { corpus: string; jobs: string; sample: string; judged?: string; rankings: boolean; dense: boolean; json: boolean; rows?: string; top: string }) => {
      if (options.rows !== undefined) {
        const rows = options.rows.split(',').map((r) => r.trim());
        if (rows.some((r) => !/^\d+$/.test(r))) throw new AppError('invalid_input', `--rows takes 0-based row numbers separated by commas (e.g. 162,425), got "${options.rows}".`);
        const top = Number(options.top);
        if (!Number.isInteger(top) || top < 1 || top > 100) throw new AppError('invalid_input', `--top must be a whole number from 1 to 100, got "${options.top}".`);
        const { runJobReasons } = await loadEval('jobs-reasons');
        await runJobReasons({ corpus: options.corpus, jobs: options.jobs, rows: rows.map(Number), top, json: Boolean(options.json) });
        return;
      }
      if (options.judged) {
        const { runJudgedJobsEval } = await loadEval('jobs-judged');
        await runJudgedJobsEval({ corpus: options.corpus, jobs: options.jobs, judged: options.judged, json: Boolean(options.json), rankings: options.rankings, noDense: !options.dense });
        return;
      }
      const sample = Number(options.sample);
      if (!Number.isInteger(sample) || sample < 1) throw new AppError('invalid_input', `--sample must be a positive whole number, got "${options.sample}".`);
      const { runJobsEval } = await loadEval('jobs');
      await runJobsEval({ corpus: options.corpus, jobs: options.jobs, sample, json: Boolean(options.json) });
    });
}
