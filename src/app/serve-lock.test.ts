import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasCode } from '../shared/errors.js';
import { acquireServeLock, SERVE_LOCK_FILE, serveLockHolder } from './serve-lock.js';

describe('serve lock (one writer per data folder)', () => {
  let dir: string;
  let other: ChildProcess;
  const writeLock = (pid: number, startedAt: string) => fs.writeFileSync(path.join(dir, SERVE_LOCK_FILE), JSON.stringify({ pid, startedAt }));
  const exited = () => new Promise((resolve) => other.once('exit', resolve));

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-lock-'));
    // Another live process standing in for a `serve` started elsewhere.
    other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => other.once('spawn', resolve));
  });
  afterEach(() => {
    other.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is held while serve runs, visible to readers, and released at stop', () => {
    expect(serveLockHolder(dir)).toBeNull();
    const lock = acquireServeLock(dir);
    expect(serveLockHolder(dir)).toEqual({ pid: process.pid, startedAt: lock.holder.startedAt });
    expect(fs.statSync(path.join(dir, SERVE_LOCK_FILE)).mode & 0o777).toBe(0o600);
    lock.release();
    expect(serveLockHolder(dir)).toBeNull();
  });

  it('refuses a second serve while the holder lives, naming its pid', () => {
    writeLock(other.pid!, new Date().toISOString());
    expect(serveLockHolder(dir)?.pid).toBe(other.pid);
    let error: unknown;
    try {
      acquireServeLock(dir);
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'data_dir_in_use')).toBe(true);
    expect((error as Error).message).toContain(`pid ${other.pid}`);
  });

  it('takes over a stale lock whose process died', async () => {
    writeLock(other.pid!, new Date().toISOString());
    other.kill('SIGKILL');
    await exited();
    expect(serveLockHolder(dir)).toBeNull();
    const lock = acquireServeLock(dir);
    expect(serveLockHolder(dir)?.pid).toBe(process.pid);
    lock.release();
  });

  it.runIf(process.platform === 'linux')('treats a pid reused by a younger process as stale', () => {
    // The lock says its serve started in 2001; the live process with that pid started just now.
    writeLock(other.pid!, '2001-01-01T00:00:00.000Z');
    expect(serveLockHolder(dir)).toBeNull();
  });

  it('release never removes a lock another serve took over', () => {
    const lock = acquireServeLock(dir);
    writeLock(other.pid!, new Date().toISOString());
    lock.release();
    expect(serveLockHolder(dir)?.pid).toBe(other.pid);
  });
});
