import type { Command } from 'commander';
import { openContext } from '../../app/context.js';
import { DEFAULT_CHUNK_PLAN } from '../../retrieval/index/candidate-document.js';
import { openConfiguredEmbedder, reindexWithFreshProfiles } from '../../app/open-retrieval.js';
import { loadConfig } from '../../shared/config.js';
import { AppError } from '../../shared/errors.js';
import { createProgress } from '../progress.js';

/** `rediscovery reindex [--max-chunks N]`: rebuild the search index from the mirror with the configured model. */
export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('Rebuild the search index (keywords + vectors) from the mirror, e.g. after changing EMBEDDING_MODEL')
    .option('--max-chunks <n>', 'resume chunks embedded per candidate (the build-time budget)', String(DEFAULT_CHUNK_PLAN.maxChunks))
    .option('--json', 'print the summary as JSON')
    .action(async (o: { maxChunks: string; json?: boolean }) => {
      const maxChunks = Number(o.maxChunks);
      if (!Number.isInteger(maxChunks) || maxChunks < 0) throw new AppError('invalid_input', `--max-chunks must be an integer ≥ 0; got "${o.maxChunks}"`);
      const config = loadConfig();
      const ctx = openContext(config, null);
      const embedder = await openConfiguredEmbedder(config);
      const progress = createProgress();
      let last = 0;
      try {
        const result = await reindexWithFreshProfiles({
          db: ctx.db, indexDir: config.indexDir, embedder, plan: { ...DEFAULT_CHUNK_PLAN, maxChunks },
          onProgress: ({ done, total }) => {
            if (last === 0) progress.phase('indexing candidates', total);
            progress.tick(done - last);
            last = done;
          },
        });
        progress.done();
        const summary = { ...result, model: embedder.modelId, dimension: embedder.dimension, rate: result.candidates / Math.max(result.seconds, 0.001) };
        process.stdout.write(o.json ? `${JSON.stringify(summary, null, 2)}\n` : `Indexed ${result.candidates} candidates in ${result.seconds.toFixed(1)} s (${summary.rate.toFixed(1)}/s) with ${embedder.modelId}\n`);
      } finally {
        await embedder.close?.();
        ctx.close();
      }
    });
}
