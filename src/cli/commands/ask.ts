import type { Command } from 'commander';
import { openCliApi } from '../cli-api.js';
import { unmappedNotInNotes } from '../../app/plain-notes.js';
import { interpretRequest } from '../../retrieval/nl/interpretation.js';
import { closestRelaxations, type Relaxation } from '../../retrieval/query/relaxations.js';
import type { SearchRequestInput, SearchResponse } from '../../retrieval/query/search-request.js';
import { AppError } from '../../shared/errors.js';
import { wholeNumber } from '../options.js';
import { readerNotice } from '../reader-notice.js';
import { formatSearchTable } from './search.js';

/** What `ask` printed: how the words were read, then the people (or the closest relaxation). */
function formatAsk(a: { request: SearchRequestInput; notes: string[]; unmapped: string[]; parser: string; response: SearchResponse; relaxations: Relaxation[] }): string {
  const lines = [`Understood as: ${interpretRequest(a.request)}  (${a.parser === 'llm' ? 'language model' : 'offline parser'})`];
  for (const note of a.notes) lines.push(`  ${note}`);
  const unmapped = unmappedNotInNotes(a.unmapped, a.notes);
  if (unmapped.length) lines.push(`  not found in this account, searched as text: ${unmapped.join(', ')}`);
  lines.push('');
  // `ask` has no --cursor: the table's paging hint becomes a --limit hint.
  let out = `${lines.join('\n')}\n${formatSearchTable({ ...a.response, nextCursor: null }, a.request.filters)}`;
  if (a.response.nextCursor) out += `showing ${a.response.results.length} of ${a.response.total}: --limit N for more, or \`rediscovery export\` for all\n`;
  if (a.response.total === 0) {
    out += a.relaxations.length
      ? a.relaxations.slice(0, 3).map((r) => `  ${r.total} if you drop "${r.words}"\n`).join('')
      : '  No single filter drop finds anyone: try fewer filters or other words.\n';
  }
  return out;
}

/**
 * `rediscovery ask "<request in plain words>"`: the same parser the Slack bot uses (the configured
 * language model, else the offline parser, with the account's vocabulary), the interpretation in
 * words, then the results.
 */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('Search in plain words, as the Slack bot reads them: prints how the request was understood, then the people')
    .argument('<request...>', 'e.g. backend engineers in Berlin who reached onsite, not rejected for skills')
    .option('--limit <n>', 'results to show (1-500)', wholeNumber(1, 500), 10)
    .option('--json', 'print {request, interpretation, notes, unmapped, parser, response, relaxations} as JSON')
    .action(async (words: string[], o: { limit: number; json?: boolean }) => {
      const text = words.join(' ').trim();
      if (!text) throw new AppError('invalid_input', 'Give a request in plain words, e.g. rediscovery ask "designers in London who reached onsite".');
      const cli = await openCliApi();
      try {
        const { api } = cli;
        const parsed = await api.parseRequest(text, new Date());
        const request: SearchRequestInput = { ...parsed.request, limit: o.limit };
        const response = await api.search(request);
        const relaxations = response.total === 0 ? await closestRelaxations(parsed.request, async (r) => (await api.search(r)).total) : [];
        const notice = await readerNotice(api);
        if (notice) process.stderr.write(`${notice}\n`);
        const answer = { request: parsed.request, interpretation: interpretRequest(parsed.request), notes: parsed.notes, unmapped: parsed.unmapped, parser: parsed.parser ?? 'offline', response, relaxations };
        process.stdout.write(o.json ? `${JSON.stringify(answer, null, 2)}\n` : formatAsk(answer));
      } finally {
        await cli.close();
      }
    });
}
