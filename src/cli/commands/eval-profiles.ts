import type { Command } from 'commander';
import { loadEval } from '../load-eval.js';

/** Adds `profiles --corpus FILE.csv [--ids ID,ID] [--json] [--labels FILE]` to the `eval` command. */
export function registerEvalProfilesCommand(evalCommand: Command): void {
  evalCommand
    .command('profiles')
    .description('Profile extraction coverage (and accuracy against hand labels) over a resume CSV')
    .requiredOption('--corpus <file>', 'LiveCareer or Kaggle resume CSV')
    .option('--ids <ids>', 'comma-separated resume IDs (Kaggle: row index)')
    .option('--json', 'print {"coverage", "rows"} as JSON', false)
    .option('--labels <file>', 'hand labels (evals/profiles-labels.jsonl) to score against')
    .action(async (options: { corpus: string; ids?: string; json: boolean; labels?: string }) => {
      const { runProfilesEval } = await loadEval('profiles');
      runProfilesEval({
        corpus: options.corpus,
        ids: options.ids?.split(',').map((id) => id.trim()).filter(Boolean),
        json: options.json,
        labels: options.labels,
      });
    });
}
