import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/errors.js';

/*
 * One writer per data folder. `rediscovery serve` holds `<dataDir>/serve.lock` (its pid and start
 * time) while it runs; a CLI or `rediscovery mcp` that finds a live holder is a reader (it never
 * writes the index or the mirror), a second `serve` refuses to start, and `purge` refuses unless
 * forced. A lock left by a process that died (kill -9, power loss) is stale and taken over: its pid
 * is gone, or (Linux) the pid now belongs to a process started after the lock was written.
 */

export const SERVE_LOCK_FILE = 'serve.lock';

const LockBody = z.object({ pid: z.number().int().positive(), startedAt: z.string() });
export type LockHolder = z.infer<typeof LockBody>;

/** The live `serve` holding `dataDir`, or null (no lock, unreadable lock, or a stale one). */
export function serveLockHolder(dataDir: string): LockHolder | null {
  let holder: LockHolder;
  try {
    holder = LockBody.parse(JSON.parse(fs.readFileSync(path.join(dataDir, SERVE_LOCK_FILE), 'utf8')));
  } catch {
    return null;
  }
  return processAlive(holder) ? holder : null;
}

/** Take the data folder for this process's `serve`; throws `data_dir_in_use` while another live serve holds it. */
export function acquireServeLock(dataDir: string, now: Date = new Date()): { holder: LockHolder; release(): void } {
  const file = path.join(dataDir, SERVE_LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, startedAt: now.toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // `wx`: two serves starting at once cannot both win.
      fs.writeFileSync(file, JSON.stringify(holder) + '\n', { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const other = serveLockHolder(dataDir);
      if (other && other.pid !== process.pid) {
        throw new AppError(
          'data_dir_in_use',
          `Another \`rediscovery serve\` (pid ${other.pid}, started ${other.startedAt}) is using ${dataDir}. Stop it first, or give this one its own REDISCOVERY_DATA_DIR.`,
          { details: { pid: other.pid } },
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  return {
    holder,
    release() {
      // Only our own lock: never one a successor wrote after a forced takeover.
      const current = readRaw(file);
      if (current?.pid === holder.pid && current.startedAt === holder.startedAt) fs.rmSync(file, { force: true });
    },
  };
}

function readRaw(file: string): LockHolder | null {
  try {
    return LockBody.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** True while the lock's process runs: the pid answers signal 0 and (where /proc tells) started before the lock. */
function processAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user (still alive).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = linuxStartTimeMs(holder.pid);
  // A pid reused by a process started after the lock was written is not the lock's owner (2 s of clock slack).
  return started === null || started <= Date.parse(holder.startedAt) + 2_000;
}

/** A process's start time from /proc (Linux); null elsewhere or when unreadable. */
function linuxStartTimeMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, clock ticks since boot) counted after the parenthesised command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return null;
    // USER_HZ is 100 on every Linux architecture Node supports.
    return (btime + ticks / 100) * 1000;
  } catch {
    return null;
  }
}
