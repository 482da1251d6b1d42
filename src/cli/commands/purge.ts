import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { SERVE_LOCK_FILE, serveLockHolder } from '../../app/serve-lock.js';
import { loadConfig } from '../../shared/config.js';
import { AppError } from '../../shared/errors.js';
import { isOwnedDir } from '../../shared/owned-dir.js';

/** What the product writes into a model cache folder it did not create: the embedding cache (vectors of candidate text) and the models it built. */
const CACHE_ENTRY = /^(embeddings\.db(-wal|-shm|-journal)?|\.?use-lite-.*)$/;

/**
 * What purge removes: the mirror (with its WAL files), the search index, files, exports, the token,
 * a stale serve lock, and the model cache — whole when the product created it (marker), else only
 * the product's own entries in it, never a user's other files.
 */
function purgeTargets(dataDir: string, cacheDir: string): string[] {
  const inData = ['mirror.db', 'mirror.db-wal', 'mirror.db-shm', 'index', 'files', 'exports', 'cache', 'mcp-token', SERVE_LOCK_FILE].map((p) => path.join(dataDir, p));
  const cache = path.resolve(cacheDir);
  const insideData = inData.some((t) => cache === t || cache.startsWith(t + path.sep));
  const cacheTargets = insideData || !fs.existsSync(cache) ? [] : isOwnedDir(cache) ? [cache] : fs.readdirSync(cache).filter((n) => CACHE_ENTRY.test(n)).map((n) => path.join(cache, n));
  return [...new Set([...inData, ...cacheTargets])].filter((t) => fs.existsSync(t));
}

/** Throws `data_dir_in_use` while a live `serve` holds the data folder, unless `force`. */
function refuseWhileServing(dataDir: string, force: boolean | undefined): void {
  const holder = serveLockHolder(dataDir);
  if (holder && !force) {
    throw new AppError(
      'data_dir_in_use',
      `\`rediscovery serve\` (pid ${holder.pid}) is running on ${dataDir}: stop it first (it would keep writing the mirror), or pass --force to purge anyway.`,
    );
  }
}

/** Delete what purgeTargets lists; refuses while a live `serve` holds the data folder unless `force`. */
export function purge(dataDir: string, cacheDir: string, opts: { force?: boolean } = {}): string[] {
  refuseWhileServing(dataDir, opts.force);
  const removed: string[] = [];
  for (const target of purgeTargets(dataDir, cacheDir)) {
    fs.rmSync(target, { recursive: true, force: true });
    removed.push(target);
  }
  return removed;
}

/** `rediscovery purge [--yes] [--force]`: erase everything the integration stored, for a disconnect or an erasure request. */
export function registerPurgeCommand(program: Command): void {
  program
    .command('purge')
    .description('Delete the mirror, search index, downloaded files, caches and exports (only what the product created)')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--force', 'purge even while `rediscovery serve` runs on this data folder')
    .action(async (opts: { yes?: boolean; force?: boolean }) => {
      const config = loadConfig();
      refuseWhileServing(config.dataDir, opts.force);
      const targets = purgeTargets(config.dataDir, config.cacheDir);
      if (targets.length === 0) {
        process.stdout.write(`Nothing to purge under ${config.dataDir}\n`);
        return;
      }
      process.stdout.write(`This permanently deletes:\n${targets.map((t) => `  ${t}`).join('\n')}\n`);
      if (!opts.yes) {
        if (!process.stdin.isTTY) {
          process.stderr.write('Refusing to purge without confirmation: rerun with --yes\n');
          process.exitCode = 1;
          return;
        }
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await rl.question('Type "purge" to confirm: ');
        rl.close();
        if (answer.trim() !== 'purge') {
          process.stdout.write('Cancelled.\n');
          return;
        }
      }
      const removed = purge(config.dataDir, config.cacheDir, { force: opts.force });
      process.stdout.write(`Removed ${removed.length} item(s).\n`);
    });
}
