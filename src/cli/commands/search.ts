import type { Command } from 'commander';
import { openCliApi } from '../cli-api.js';
import type { SearchRequestInput, SearchResponse } from '../../retrieval/query/search-request.js';
import { readerNotice } from '../reader-notice.js';
import { modeOption, wholeNumber } from '../options.js';

// The filter flags live in ../filter-flags.ts (one table checked against the schema); re-exported for the commands that import them from here.
export { addFilterOptions, filtersFromOptions, type FilterOptions } from '../filter-flags.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from '../filter-flags.js';

/** A readable table of results for a terminal. */
export function formatSearchTable(res: SearchResponse): string {
  const lines = [`${res.total} candidate(s) · mode ${res.mode} · data as of ${res.asOf ?? 'unknown'}`];
  res.results.forEach((r, i) => {
    const role = [r.currentTitle, r.currentCompany].filter(Boolean).join(' @ ');
    lines.push(`${String(i + 1).padStart(3)}. ${r.name}${role ? ` — ${role}` : ''}  [${r.candidateId}] score ${r.score.toFixed(3)}`);
    if (r.why.snippet) lines.push(`     ${r.why.snippet}`);
    lines.push(`     ${r.why.summary}`);
  });
  if (res.nextCursor) lines.push(`more results: --cursor ${res.nextCursor}`);
  return `${lines.join('\n')}\n`;
}

/** `rediscovery search "<text>" [filters] [--limit N] [--mode M] [--json]`. */
export function registerSearchCommand(program: Command): void {
  addFilterOptions(program.command('search').description('Search candidates: free text, Boolean keywords and exact filters').argument('[text]', 'free text (meaning + keywords)'))
    .addOption(modeOption())
    .option('--limit <n>', 'results per page (1-500)', wholeNumber(1, 500), 20)
    .option('--cursor <cursor>', 'next page cursor from a previous search')
    .option('--json', 'print the full JSON response')
    .action(async (text: string | undefined, o: FilterOptions & { limit: number; cursor?: string; json?: boolean }) => {
      const req: SearchRequestInput = {
        text, boolean: o.boolean, filters: filtersFromOptions(o), mode: o.mode as SearchRequestInput['mode'], limit: o.limit, cursor: o.cursor,
      };
      const cli = await openCliApi();
      try {
        const res = await cli.api.search(req);
        const notice = await readerNotice(cli.api);
        if (notice) process.stderr.write(`${notice}\n`);
        process.stdout.write(o.json ? `${JSON.stringify(res, null, 2)}\n` : formatSearchTable(res));
      } finally {
        await cli.close();
      }
    });
}
