import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeAshby, type FakeAshby } from '../../src/sync/fake/index.js';
import { runProduct } from './child-process.js';

/*
 * A data folder as a user has it after `rediscovery sync` and `rediscovery reindex` against their
 * account: a real mirror and the real search index, built by the shipped CLI in child processes.
 * The account is the fake Ashby on loopback (real HTTP, real API key).
 */

export interface SyncedDataDir {
  dataDir: string;
  fake: FakeAshby;
  /** The environment the CLI ran with (data dir, Ashby key and URL, model cache). */
  env: Record<string, string | undefined>;
  cleanup(): Promise<void>;
}

/** Run a CLI command to completion; throws with its output when it fails. */
export async function runToCompletion(args: string[], env: Record<string, string | undefined>, timeoutMs = 180_000): Promise<string[]> {
  const child = runProduct(args, env);
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    child.exited,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.proc.kill('SIGKILL');
        reject(new Error(`rediscovery ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${child.lines.slice(-20).join('\n')}`));
      }, timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`rediscovery ${args.join(' ')} exited ${code}:\n${child.lines.slice(-20).join('\n')}`);
  return child.lines;
}

/** Sync a seeded fake account into a fresh temp data folder and build its index, through bin/rediscovery.js. */
export async function syncedDataDir(opts: { seed?: number; candidates?: number; prepare?: (fake: FakeAshby) => void } = {}): Promise<SyncedDataDir> {
  const fake = await startFakeAshby({ port: 0, seed: opts.seed ?? 5, candidates: opts.candidates ?? 40, apiKey: 'synced-key', rateLimitPerMinute: 1_000_000 });
  opts.prepare?.(fake);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-synced-'));
  const dataDir = path.join(root, 'data');
  const env = {
    REDISCOVERY_DATA_DIR: dataDir,
    ASHBY_API_KEY: fake.apiKey,
    ASHBY_BASE_URL: fake.url,
    REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE,
    LOG_LEVEL: 'error',
  };
  const cleanup = async () => {
    await fake.close();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    await runToCompletion(['sync', '--full'], env);
    await runToCompletion(['reindex'], env);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { dataDir, fake, env, cleanup };
}
