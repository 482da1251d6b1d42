import type { Command } from 'commander';
import type { InsightsDetail } from '../../app/product-api.js';
import { openCliApi } from '../cli-api.js';
import { readerNotice } from '../reader-notice.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from './search.js';
import { modeOption, wholeNumber } from '../options.js';

const VALUE_COLUMN = 40;

/** `text` in lines of at most `width` characters, broken between words (a longer word is cut into pieces). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/**
 * One value of a distribution: count and share on its first line; a value longer than the column
 * continues on the lines below, never cut (a school, a certification, an award a recruiter needs whole).
 */
function bucketLines(value: string, count: number, share: number): string[] {
  const [first, ...rest] = wrapText(value, VALUE_COLUMN);
  return [`  ${first!.padEnd(VALUE_COLUMN)} ${String(count).padStart(6)}  ${(share * 100).toFixed(1)}%`, ...rest.map((l) => `    ${l}`)];
}

export function formatInsights(insights: InsightsDetail, top: number): string {
  const lines = [`${insights.total} candidate(s) · data as of ${insights.asOf ?? 'unknown'}`];
  if (insights.basis) lines.push(`over ${insights.basis.description}`);
  for (const d of insights.dimensions) {
    if (d.buckets.length === 0) continue;
    lines.push('', `${d.label}${d.missing ? ` (${d.missing} unknown)` : ''}`);
    for (const b of d.buckets.slice(0, top)) lines.push(...bucketLines(b.value, b.count, b.share));
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
