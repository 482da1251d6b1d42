import type { Command } from 'commander';
import { openContext } from '../../app/context.js';
import { loadConfig } from '../../shared/config.js';
import { openSyncSource } from '../sync-source.js';
import { wholeNumber } from '../options.js';
import { runSync } from '../../sync/engine/run-sync.js';
import { refreshIdentityLinks } from '../../match/enrich/refresh-identity.js';
import { ocrAvailability } from '../../sync/files/ocr.js';
import { getExtractionCoverage } from '../../views/extraction-coverage.js';
import { createProgress } from '../progress.js';

/** `rediscovery sync [--full] [--no-files]`: bring the mirror up to date once and exit. */
export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('Mirror the Ashby account (incremental when possible; --full re-lists everything and reconciles deletions)')
    .option('--full', 'force a full sync and reconcile deletions')
    .option('--no-files', 'skip downloading resumes and attachments')
    .option('--no-ocr', 'leave image-only PDFs for a later sync instead of reading them with tesseract now')
    .option('--json', 'print the summary as JSON')
    .option('--demo', 'sync the bundled demo account (what `npm start` serves) instead of Ashby; no API key needed')
    .option('--demo-candidates <n>', 'size of the demo account', wholeNumber(1), 2000)
    .option('--demo-seed <n>', 'seed of the demo account', wholeNumber(0), 42)
    .action(async (opts: { full?: boolean; files: boolean; ocr: boolean; json?: boolean; demo?: boolean; demoCandidates: number; demoSeed: number }) => {
      const config = loadConfig();
      // Decided before the mirror is opened for writing: next to a running serve this refuses.
      const source = await openSyncSource(config, { demo: opts.demo ? { seed: opts.demoSeed, candidates: opts.demoCandidates } : undefined });
      const ctx = openContext(config, source.client);
      try {
        if (!opts.json) process.stderr.write(`Syncing ${source.label} into ${config.mirrorPath}…\n`);
        const summary = await runSync(ctx.db, source.client, { mode: opts.full ? 'full' : 'incremental', files: opts.files ? ctx.files : null, ocr: opts.ocr, progress: createProgress() });
        const identity = refreshIdentityLinks(ctx.db);
        // Coverage of the whole mirror, not just this run: what a recruiter can search by resume text.
        const extraction = getExtractionCoverage(ctx.db, ocrAvailability());
        if (opts.json) process.stdout.write(JSON.stringify({ ...summary, extraction }, null, 2) + '\n');
        else {
          for (const e of summary.entities) process.stdout.write(`${e.entity.padEnd(16)} ${e.mode.padEnd(12)} received ${e.received}, written ${e.written}, removed ${e.removed}${e.invalid ? `, malformed ${e.invalid}` : ''}\n`);
          process.stdout.write(`history          fetched ${summary.history.fetched}, derived without a call ${summary.history.derived}, failed ${summary.history.failed}; complete for ${summary.history.complete} of ${summary.history.total} applications\n`);
          process.stdout.write(`files            extracted ${summary.files.ok}, failed ${summary.files.failed}, image-only ${summary.files.noTextLayer}, read by OCR ${summary.files.ocr.ok}\n`);
          process.stdout.write(`text read        ${extraction.summary}\n`);
          process.stdout.write(`duplicates       ${identity.links} links among ${identity.candidates} candidates\n`);
        }
      } finally {
        ctx.close();
        await source.close();
      }
    });
}
