import type { Command } from 'commander';
import { languageModelFromEnv } from '../../llm/model.js';
import { parseWithLlm } from '../../retrieval/nl/llm-parser.js';
import { userMessage } from '../../shared/errors.js';
import { loadConfig } from '../../shared/config.js';
import { fromPackageRoot } from '../../shared/paths.js';
import { loadEval, type EvalModules } from '../load-eval.js';

/**
 * Adds `nl [--cases FILE.jsonl] [--now YYYY-MM-DD] [--json] [--llm]` to the `eval` command: scores the
 * natural-language parser against cases for the seeded demo account.
 */
export function registerEvalNlCommand(evalCommand: Command): void {
  evalCommand
    .command('nl')
    .description('Natural language → SearchRequest accuracy on the demo account (per field and exact match)')
    .option('--cases <file>', 'JSONL cases {"id","request","expect"}', fromPackageRoot('evals/nl-cases.jsonl'))
    .option('--now <date>', 'the date relative phrases are resolved against (default: the cases\' fixed date, 2026-11-27)')
    .option('--json', 'print {"exactMatch", "fields", "cases"} as JSON', false)
    .option('--llm', 'score the language-model parser configured by OPENAI_API_KEY / ANTHROPIC_API_KEY / LLM_BASE_URL', false)
    .action(async (options: { cases: string; now?: string; json: boolean; llm: boolean }) => {
      try {
        const { runNlEval } = await loadEval('nl');
        let parse: Parameters<EvalModules['nl']['runNlEval']>[0]['parse'];
        if (options.llm) {
          const model = languageModelFromEnv(loadConfig());
          if (!model) throw new Error('--llm needs OPENAI_API_KEY, ANTHROPIC_API_KEY or LLM_BASE_URL + LLM_MODEL');
          parse = async (request, vocab, now) => (await parseWithLlm(request, vocab, { model, now })).request;
        }
        const { output } = await runNlEval({ cases: options.cases, now: options.now, json: options.json, parse });
        process.stdout.write(`${output}\n`);
      } catch (error) {
        process.stderr.write(`${userMessage(error)}\n`);
        process.exitCode = 1;
      }
    });
}
