import type { Command } from 'commander';
import { loadEval } from '../load-eval.js';

/** Adds `identity --pairs FILE.jsonl [--json]` to the `eval` command. */
export function registerEvalIdentityCommand(evalCommand: Command): void {
  evalCommand
    .command('identity')
    .description('Score the same-person decision on labelled pairs of candidate records')
    .requiredOption('--pairs <file>', 'JSONL file, one {"a": Candidate, "b": Candidate, "same": true|false} a line')
    .option('--json', 'print {"precision": x, "recall": x, "pairs": n}', false)
    .action(async (options: { pairs: string; json: boolean }) => {
      const { runIdentityEval } = await loadEval('identity');
      runIdentityEval({ pairs: options.pairs, json: Boolean(options.json) });
    });
}
