import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openCliApi } from '../cli-api.js';
import type { SearchRequestInput } from '../../retrieval/query/search-request.js';
import { AppError } from '../../shared/errors.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from '../filter-flags.js';
import { modeOption } from '../options.js';

/** The --out path checked before any work: an .xlsx file in a folder that exists. */
function checkedOutPath(out: string): string {
  const file = path.resolve(out);
  if (!/\.xlsx$/i.test(file)) throw new AppError('invalid_input', `--out must name an .xlsx file; got "${out}"`);
  if (!fs.existsSync(path.dirname(file))) throw new AppError('invalid_input', `--out: the folder ${path.dirname(file)} does not exist`);
  return file;
}

/**
 * `rediscovery export "<text>" [filters…] --out F.xlsx`: the same workbook the MCP tool and the Slack
 * bot send (Candidates, Summary, Insights, Provenance), written where asked; audited like theirs.
 */
export function registerExportCommand(program: Command): void {
  addFilterOptions(
    program
      .command('export')
      .description('Write a search to an Excel workbook: with text, its best matches (the people its insights describe); filters only, every match')
      .argument('[text]', 'free text (meaning + keywords)'),
  )
    .addOption(modeOption())
    .requiredOption('--out <file.xlsx>', 'where to write the workbook')
    .option('--all-reached', 'with text: list everyone the search reached, not only the best matches')
    .action(async (text: string | undefined, o: FilterOptions & { out: string; allReached?: boolean }) => {
      const out = checkedOutPath(o.out);
      const request: SearchRequestInput = { text, boolean: o.boolean, filters: filtersFromOptions(o), mode: o.mode as SearchRequestInput['mode'] };
      const cli = await openCliApi();
      try {
        const result = await cli.api.exportXlsx(request, { allReached: o.allReached === true });
        fs.writeFileSync(out, result.bytes, { mode: 0o600 });
        const scope = result.scope ? `, ${result.scope}` : '';
        process.stdout.write(`Wrote ${out}: ${result.rowCount} candidate${result.rowCount === 1 ? '' : 's'}${scope} (data as of the mirror's last sync; a copy is in ${result.path})\n`);
      } finally {
        await cli.close();
      }
    });
}
