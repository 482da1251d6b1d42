import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SERVE_LOCK_FILE } from '../app/serve-lock.js';
import { loadConfig } from '../shared/config.js';
import { hasCode } from '../shared/errors.js';
import { fromPackageRoot } from '../shared/paths.js';
import type { CleanupList } from './cleanup-list.js';
import { serve } from './serve.js';

/*
 * `serve` failing part-way through start-up (its port is taken) after the serve lock, the mirror,
 * the search worker pool and the product are up: it releases all of them, in reverse order, and the
 * shipped CLI exits by itself with one line. A leaked worker thread or timer would keep the process
 * alive, so "exits by itself" is the check that nothing was left running.
 */
describe('serve start-up that fails part-way', () => {
  let dir: string;
  let blocker: net.Server;
  let port: number;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-fail-'));
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as net.AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('releases what it had started, in reverse order, and says which port is taken', async () => {
    const config = loadConfig({ REDISCOVERY_DATA_DIR: dir, REDISCOVERY_PORT: String(port), REDISCOVERY_SYNC_INTERVAL_MINUTES: '0' });
    const released: string[] = [];
    let registered: string[] = [];
    const doors = async (_ctx: unknown, _hooks: unknown, cleanup: CleanupList) => {
      cleanup.add('first door resource', null, () => void released.push('first door resource'));
      cleanup.add('second door resource', null, () => void released.push('second door resource'));
      registered = cleanup.names();
      return [];
    };
    let error: unknown;
    let ctxClosed = false;
    try {
      await serve({ config, doors: async (ctx, hooks, cleanup) => {
        cleanup.add('mirror probe', ctx, (c) => void (ctxClosed = !c.db.$client.open));
        return doors(ctx, hooks, cleanup);
      }, print: () => {} });
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(registered).toEqual(['serve lock', 'mirror', 'mirror probe', 'first door resource', 'second door resource']);
    expect(released).toEqual(['second door resource', 'first door resource']);
    // The probe ran before the mirror closed (reverse order), and the lock is gone.
    expect(ctxClosed).toBe(false);
    expect(fs.existsSync(path.join(dir, SERVE_LOCK_FILE))).toBe(false);
  });

  // `npm test` builds first: a missing dist/ fails here rather than skipping.
  test('the shipped CLI exits 1 with one line and leaves no worker, lock or socket behind', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, REDISCOVERY_DATA_DIR: dir, REDISCOVERY_SEARCH_WORKERS: '2', LOG_LEVEL: 'silent' };
    delete env.ASHBY_API_KEY; // demo mode: the fake Ashby would start after the HTTP server
    const r = spawnSync(process.execPath, [fromPackageRoot('bin', 'rediscovery.js'), 'serve', '--port', String(port)], {
      encoding: 'utf8',
      env,
      // Not a timing assertion: a generous bound so a leaked worker thread fails the test instead of hanging it.
      timeout: 120_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([`Error (config_invalid): Port ${port} on 127.0.0.1 is already in use: stop what listens there, or set REDISCOVERY_PORT (or --port) to a free port`]);
    expect(fs.existsSync(path.join(dir, SERVE_LOCK_FILE))).toBe(false);
  });
});
