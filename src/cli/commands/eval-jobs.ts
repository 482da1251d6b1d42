import type { Command } from 'commander';
import { runJobsEval } from '../../../evals/jobs.js';
import { AppError } from '../../shared/errors.js';

/** Adds `jobs --corpus RESUMES.csv --jobs JOBS.csv [--sample N] [--json]` to the `eval` command. */
export function registerEvalJobsCommand(evalCommand: Command): void {
  evalCommand
    .command('jobs')
    .description('Rediscovery quality: rank a resume corpus for a sample of job postings (precision@10 by category)')
    .requiredOption('--corpus <file>', 'LiveCareer resume CSV (ID, Category, Resume_str)')
    .requiredOption('--jobs <file>', 'Google job postings CSV (Title, Category, Responsibilities, Minimum/Preferred Qualifications)')
    .option('--sample <n>', 'postings to evaluate (deterministic sample)', '12')
    .option('--json', 'print {"precisionAt10", "postings": [...]} as JSON', false)
    .action(async (options: { corpus: string; jobs: string; sample: string; json: boolean }) => {
      const sample = Number(options.sample);
      if (!Number.isInteger(sample) || sample < 1) throw new AppError('invalid_input', `--sample must be a positive whole number, got "${options.sample}".`);
      await runJobsEval({ corpus: options.corpus, jobs: options.jobs, sample, json: Boolean(options.json) });
    });
}
