import fs from 'node:fs';
import { jobOccupationWords } from '../../match/rediscover/occupation-words.js';
import type { Command } from 'commander';
import type { Rediscovery } from '../../app/product-api.js';
import { AppError } from '../../shared/errors.js';
import { openCliApi } from '../cli-api.js';

interface Options {
  job?: string;
  descriptionFile?: string;
  limit: string;
  json?: boolean;
  includeHired?: boolean;
}

/** `rediscovery rediscover --job <id|title> | --description-file F [--limit N] [--json]`: past candidates for a job. */
export function registerRediscoverCommand(program: Command): void {
  program
    .command('rediscover')
    .description('Rank past candidates for a job in the mirror (by id or title) or a job description file, with reasons')
    .option('--job <idOrTitle>', 'a job id, or (part of) a job title')
    .option('--description-file <file>', 'a text file holding a job description')
    .option('--limit <n>', 'how many candidates', '20')
    .option('--json', 'print {"job", "results"} as JSON')
    .option('--include-hired', 'also list people currently hired (employees), left out by default')
    .action(async (opts: Options) => {
      if (!opts.job === !opts.descriptionFile) throw new AppError('invalid_input', 'Give exactly one of --job <id|title> or --description-file <file>.');
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new AppError('invalid_input', `--limit must be a whole number from 1 to 500, got "${opts.limit}".`);
      const input = opts.job ? { job: opts.job } : { description: readDescription(opts.descriptionFile!) };
      // Matching reads the mirror only: the search index is not opened (nor the outbox drained).
      const cli = await openCliApi({ openSearch: false });
      try {
        const { job, results } = await cli.api.rediscover({ ...input, limit, includeHired: opts.includeHired === true });
        process.stdout.write(opts.json ? JSON.stringify({ job, results }, null, 2) + '\n' : formatResult({ job, results }));
      } finally {
        await cli.close();
      }
    });
}

function readDescription(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('invalid_input', `Cannot read the description file "${file}": ${(error as Error).message}`);
  }
  if (text.trim().length < 20) throw new AppError('invalid_input', `The description file "${file}" is empty or too short (under 20 characters).`);
  return text;
}

/** Human-readable ranking: one block per candidate with its reasons. */
function formatResult(result: Pick<Rediscovery, 'job' | 'results'>): string {
  const { job } = result;
  const lines = [
    `Job: ${job.title ?? '(untitled description)'}${job.id ? ` (${job.id})` : ''}`,
    `  ${jobOccupationWords(job)}; ` +
      `skills ${job.skills.length ? job.skills.join(', ') : 'none named'}; years ${job.yearsRequired === null ? 'not stated' : `${job.yearsRequired}+`}`,
    '',
  ];
  if (result.results.length === 0) lines.push('No candidates with profiles yet. Run `rediscovery sync` and `rediscovery enrich`.');
  result.results.forEach((r, i) => {
    const where = [r.currentTitle, r.currentCompany, r.location].filter(Boolean).join(' · ');
    lines.push(`${String(i + 1).padStart(2)}. ${r.name}  ${r.score.toFixed(3)}${where ? `  ${where}` : ''}  [${r.candidateId}]`);
    for (const reason of r.reasons) lines.push(`      · ${reason}`);
  });
  return lines.join('\n') + '\n';
}
