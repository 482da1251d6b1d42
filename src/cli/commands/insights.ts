import type { Command } from 'commander';
import type { InsightsDetail } from '../../app/product-api.js';
import { openCliApi } from '../cli-api.js';
import { readerNotice } from '../reader-notice.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from './search.js';
import { modeOption, wholeNumber } from '../options.js';

function formatInsights(insights: InsightsDetail, top: number): string {
  const lines = [`${insights.total} candidate(s) · data as of ${insights.asOf ?? 'unknown'}`];
  if (insights.basis) lines.push(`over ${insights.basis.description}`);
  for (const d of insights.dimensions) {
    if (d.buckets.length === 0) continue;
    lines.push('', `${d.label}${d.missing ? ` (${d.missing} unknown)` : ''}`);
    for (const b of d.buckets.slice(0, top)) lines.push(`  ${b.value.slice(0, 40).padEnd(40)} ${String(b.count).padStart(6)}  ${(b.share * 100).toFixed(1)}%`);
  }
  if (insights.unavailable?.length) {
    lines.push('', 'No data');
    for (const d of insights.unavailable) lines.push(`  ${d.label}: ${d.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `rediscovery insights "<text>" [filters] [--json]`: distributions over the whole result set. */
export function registerInsightsCommand(program: Command): void {
  addFilterOptions(program.command('insights').description('Distributions (location, titles, skills, stages, sources…) over a search result set').argument('[text]', 'free text'))
    .addOption(modeOption())
    .option('--top <n>', 'values shown per dimension', wholeNumber(1), 8)
    .option('--json', 'print the full JSON')
    .action(async (text: string | undefined, o: FilterOptions & { top: number; json?: boolean }) => {
      const request = { text, boolean: o.boolean, filters: filtersFromOptions(o), mode: o.mode as 'hybrid' };
      const cli = await openCliApi();
      try {
        const insights = await cli.api.insightsDetail(request);
        const notice = await readerNotice(cli.api);
        if (notice) process.stderr.write(`${notice}\n`);
        process.stdout.write(o.json ? `${JSON.stringify(insights, null, 2)}\n` : formatInsights(insights, o.top));
      } finally {
        await cli.close();
      }
    });
}
