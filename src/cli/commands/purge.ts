import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../shared/config.js';

/** What purge removes: the mirror (with its WAL files), the search index, files, caches and exports. */
export function purgeTargets(dataDir: string, cacheDir: string): string[] {
  const inData = ['mirror.db', 'mirror.db-wal', 'mirror.db-shm', 'index', 'files', 'exports', 'cache', 'mcp-token'].map((p) => path.join(dataDir, p));
  return [...new Set([...inData, cacheDir])];
}

export function purge(dataDir: string, cacheDir: string): string[] {
  const removed: string[] = [];
  for (const target of purgeTargets(dataDir, cacheDir)) {
    if (fs.existsSync(target)) {
      fs.rmSync(target, { recursive: true, force: true });
      removed.push(target);
    }
  }
  return removed;
}

/** `rediscovery purge [--yes]`: erase everything the integration stored, for a disconnect or an erasure request. */
export function registerPurgeCommand(program: Command): void {
  program
    .command('purge')
    .description('Delete the mirror, search index, downloaded files, caches and exports')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (opts: { yes?: boolean }) => {
      const config = loadConfig();
      const targets = purgeTargets(config.dataDir, config.cacheDir).filter((t) => fs.existsSync(t));
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
      const removed = purge(config.dataDir, config.cacheDir);
      process.stdout.write(`Removed ${removed.length} item(s).\n`);
    });
}
