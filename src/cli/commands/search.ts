import type { Command } from 'commander';
import { openCliApi } from '../cli-api.js';
import type { SearchFilters, SearchRequestInput, SearchResponse } from '../../retrieval/query/search-request.js';
import { relevantApplication } from '../../retrieval/search/relevant-application.js';
import { applicationLine } from '../../retrieval/search/application-line.js';
import { readerNotice } from '../reader-notice.js';
import { modeOption, wholeNumber } from '../options.js';

// The filter flags live in ../filter-flags.ts (one table checked against the schema); re-exported for the commands that import them from here.
export { addFilterOptions, filtersFromOptions, type FilterOptions } from '../filter-flags.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from '../filter-flags.js';

/** Snippet matches: bold on a terminal that shows it, else the plain words (no markdown asterisks). */
function highlight(snippet: string, bold: boolean): string {
  return snippet.replace(/\*\*(.+?)\*\*/g, bold ? '\u001b[1m$1\u001b[22m' : '$1');
}

// hasColors() honours NO_COLOR, FORCE_COLOR and TERM=dumb (Node's tty), so no environment reading here.
const useBold = () => process.stdout.isTTY === true && process.stdout.hasColors();

/**
 * A readable table of results for a terminal: who, current role, where; the application that explains
 * the match (as Slack shows it); the excerpt; why.
 */
export function formatSearchTable(res: SearchResponse, filters: SearchFilters = {}, bold = useBold()): string {
  const lines = [`${res.total} candidate(s) · mode ${res.mode} · data as of ${res.asOf ?? 'unknown'}`];
  res.results.forEach((r, i) => {
    const role = [r.currentTitle, r.currentCompany].filter(Boolean).join(' @ ');
    lines.push(`${String(i + 1).padStart(3)}. ${r.name}${role ? ` — ${role}` : ''}${r.location ? ` · ${r.location}` : ''}  [${r.candidateId}] score ${r.score.toFixed(3)}`);
    const app = relevantApplication(r, filters);
    if (app) lines.push(`     ${applicationLine(app)}${r.applications.length > 1 ? ` (+${r.applications.length - 1} more)` : ''}`);
    if (r.why.snippet) lines.push(`     ${highlight(r.why.snippet, bold)}`);
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
        process.stdout.write(o.json ? `${JSON.stringify(res, null, 2)}\n` : formatSearchTable(res, req.filters));
      } finally {
        await cli.close();
      }
    });
}
