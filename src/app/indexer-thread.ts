import type { Worker } from 'node:worker_threads';
import type { IndexerLoop } from '../retrieval/index/indexer.js';
import type { AppConfig } from '../shared/config.js';
import { AppError, type ErrorCode } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { FromIndexer, type ToIndexer } from './indexer-protocol.js';
import { spawnAppWorker } from './spawn-worker.js';
import { forgetThreadMemory, recordThreadMemory } from './thread-memory.js';

/*
 * serve's indexer on its own thread (indexer-worker.ts), driven from the main thread like the
 * in-process loop it replaces: wake() after a webhook or sync, idle() for tests and readiness,
 * stop() on SIGTERM. Measured with --cpu-prof on a 2-minute soak (2,000 candidates, 20 MCP
 * clients, 10 webhooks/s, load 17): the indexer's pass (profiles, documents, encoder, writes) and
 * the catalog refresh behind it took 9.8 s of the main thread's 72 s busy time, in runs of up to a
 * few seconds per batch, each one a stall for every webhook and /healthz queued behind it.
 *
 * Failures stay inside: a failed pass is one logged line and the next pass retries (the checkpoint
 * did not move); a thread that dies is one logged line and a new thread, which resumes from the
 * index's checkpoint, so nothing half written is ever kept. Only a thread that cannot open at
 * serve's start (e.g. an index built by another model) fails the start, with its one-line error.
 */

export interface IndexerThread {
  /** Start draining (the loop the in-process indexer returned): wake/idle/stop. */
  start(opts: { intervalMs: number }): IndexerLoop;
  /** Ends the thread: its loop stops at a batch boundary and closes the index (the outbox keeps the rest). */
  stop(): Promise<void>;
}

interface IndexerThreadOptions {
  /** Where a failure is reported (one line each); the product's logger by default. */
  log?: (message: string, fields: Record<string, unknown>) => void;
  /** The worker to run: serve's `indexer-worker` (tests start a scripted one through this). */
  spawn?: () => Worker;
  /** Restart back-off after a thread died: 1 s doubling to 30 s, reset by a thread that opened. */
  restartDelayMs?: (deathsInARow: number) => number;
}

const defaultDelay = (n: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, n - 1));

/** Start the indexer thread over `config`'s data folder; resolves once the index is open (created if absent). */
export function startIndexerThread(config: AppConfig, opts: IndexerThreadOptions = {}): Promise<IndexerThread> {
  const log = opts.log ?? ((message, fields) => logger.error(fields, message));
  const spawn = opts.spawn ?? (() => spawnAppWorker('indexer-worker', { config }));
  const delay = opts.restartDelayMs ?? defaultDelay;
  let worker: Worker;
  let started: { intervalMs: number } | null = null;
  let stopping = false;
  let deathsInARow = 0;
  let nextId = 1;
  const idleWaiters = new Map<number, () => void>();
  let restartTimer: NodeJS.Timeout | null = null;
  let exited: Promise<void> = Promise.resolve();

  const send = (msg: ToIndexer) => worker.postMessage(msg);
  const releaseWaiters = () => {
    for (const resolve of idleWaiters.values()) resolve();
    idleWaiters.clear();
  };

  return new Promise<IndexerThread>((resolveStart, rejectStart) => {
    let first = true;
    const launch = () => {
      restartTimer = null;
      const w = spawn();
      worker = w;
      let closedCleanly = false;
      exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.on('message', (raw: unknown) => {
        if (recordThreadMemory('indexer', raw)) return;
        const parsed = FromIndexer.safeParse(raw);
        if (!parsed.success) return log('indexer thread sent a malformed message', { message: JSON.stringify(raw).slice(0, 100) });
        const msg = parsed.data;
        if (msg.type === 'ready') {
          deathsInARow = 0;
          if (first) {
            first = false;
            resolveStart(thread);
          }
          // A replacement thread picks up where the dead one was: running, with the same waiters.
          if (started && !stopping) send({ op: 'start', ...started });
          for (const id of idleWaiters.keys()) send({ op: 'idle', id });
        } else if (msg.type === 'failed') {
          if (first) {
            first = false;
            stopping = true;
            rejectStart(new AppError((msg.code ?? 'internal') as ErrorCode, msg.message));
          } else log('indexer thread could not open the index', { err: msg.message, code: msg.code });
        } else if (msg.type === 'passFailed') log('search indexer pass failed', { err: msg.message });
        else if (msg.type === 'idle') {
          idleWaiters.get(msg.id)?.();
          idleWaiters.delete(msg.id);
        } else if (msg.type === 'closed') {
          closedCleanly = true;
          void w.terminate();
        }
      });
      w.on('error', (error) => log('indexer thread failed', { err: error.message }));
      w.on('exit', (code) => {
        forgetThreadMemory('indexer');
        if (first) {
          first = false;
          stopping = true;
          return rejectStart(new AppError('internal', `The indexer thread stopped while opening the index (exit ${code}).`));
        }
        if (stopping || closedCleanly) return releaseWaiters();
        deathsInARow++;
        const wait = delay(deathsInARow);
        log('indexer thread exited; starting another', { code, restartInMs: wait });
        restartTimer = setTimeout(launch, wait);
      });
    };

    const loop: IndexerLoop = {
      wake: () => {
        if (!stopping) send({ op: 'wake' });
      },
      idle: () =>
        new Promise<void>((resolve) => {
          if (stopping) return resolve();
          const id = nextId++;
          idleWaiters.set(id, resolve);
          send({ op: 'idle', id });
        }),
      stop: () => thread.stop(),
    };
    const thread: IndexerThread = {
      start(o) {
        if (!started) {
          started = { intervalMs: o.intervalMs };
          send({ op: 'start', ...started });
        }
        return loop;
      },
      async stop() {
        stopping = true;
        if (restartTimer) clearTimeout(restartTimer);
        restartTimer = null;
        send({ op: 'close' });
        // The loop ends at a batch boundary; a thread stuck past that is ended (the outbox resumes on restart).
        const timer = setTimeout(() => void worker.terminate(), 60_000);
        await exited;
        clearTimeout(timer);
        releaseWaiters();
      },
    };
    launch();
  });
}
