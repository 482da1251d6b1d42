import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { hasCode } from '../shared/errors.js';
import { loadConfig } from '../shared/config.js';
import { startIndexerThread, type IndexerThread } from './indexer-thread.js';

/*
 * The main thread's side of the indexer thread protocol (indexer-protocol.ts), driven by scripted
 * workers that say what a real one says when things go wrong: a failed pass, a crash, a thread that
 * cannot open its index, a malformed message. Each becomes logged lines and a retry or a
 * replacement thread, never a crash of serve; only a failure to open at start fails the start.
 * (indexer-worker.test.ts runs the real worker over a real mirror and index.)
 */

const config = loadConfig({ REDISCOVERY_DATA_DIR: '/nonexistent-indexer-thread-test' });

/** A worker that answers the protocol like the real one; `script` adds behaviour per message. */
function scripted(script: string): () => Worker {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const post = (m) => parentPort.postMessage(m);
    const state = { started: false };
    ${script}
    parentPort.on('message', (msg) => {
      if (msg.op === 'start') { state.started = true; onStart?.(msg); }
      else if (msg.op === 'wake') onWake?.();
      else if (msg.op === 'idle') onIdle ? onIdle(msg) : post({ type: 'idle', id: msg.id });
      else if (msg.op === 'close') post({ type: 'closed' });
    });
    if (typeof onBoot === 'function') onBoot(); else post({ type: 'ready', checkpoint: 0 });
  `;
  return () => new Worker(code, { eval: true });
}

let thread: IndexerThread | null = null;
afterEach(async () => {
  await thread?.stop();
  thread = null;
});

const collect = () => {
  const lines: { message: string; fields: Record<string, unknown> }[] = [];
  return { lines, log: (message: string, fields: Record<string, unknown>) => void lines.push({ message, fields }) };
};

describe('indexer thread protocol', () => {
  test('a failed pass is one logged line; the thread keeps running and answers idle', async () => {
    const { lines, log } = collect();
    thread = await startIndexerThread(config, {
      log,
      spawn: scripted(`const onStart = () => post({ type: 'passFailed', message: 'disk full' }); const onWake = null; const onIdle = null;`),
    });
    const loop = thread.start({ intervalMs: 1000 });
    await loop.idle();
    expect(lines).toEqual([{ message: 'search indexer pass failed', fields: { err: 'disk full' } }]);
  });

  test('a thread that dies is logged and replaced; the replacement is started and answers the waiting idle()', async () => {
    const { lines, log } = collect();
    let spawned = 0;
    const first = scripted(`const onStart = null; const onIdle = null; const onWake = () => { throw new Error('encoder crashed'); };`);
    const healthy = scripted(`const onStart = (m) => post({ type: 'passFailed', message: 'restarted with interval ' + m.intervalMs }); const onWake = null; const onIdle = null;`);
    thread = await startIndexerThread(config, { log, spawn: () => (spawned++ === 0 ? first() : healthy()), restartDelayMs: () => 0 });
    const loop = thread.start({ intervalMs: 250 });
    loop.wake();
    await loop.idle();
    expect(spawned).toBe(2);
    expect(lines.map((l) => l.message)).toEqual(['indexer thread failed', 'indexer thread exited; starting another', 'search indexer pass failed']);
    expect(lines[0]!.fields).toEqual({ err: 'encoder crashed' });
    // The replacement got the same start as the first thread.
    expect(lines[2]!.fields).toEqual({ err: 'restarted with interval 250' });
  });

  test('a thread that cannot open its index at start fails the start with its coded one-line error', async () => {
    const error = await startIndexerThread(config, {
      spawn: scripted(`const onStart = null, onWake = null, onIdle = null; const onBoot = () => { post({ type: 'failed', code: 'index_model_mismatch', message: 'The search index was built with another model; run rediscovery reindex.' }); process.exit(1); };`),
    }).catch((e: unknown) => e);
    expect(hasCode(error, 'index_model_mismatch')).toBe(true);
    expect((error as Error).message).toBe('The search index was built with another model; run rediscovery reindex.');
  });

  test('a thread that exits before opening fails the start instead of hanging it', async () => {
    const error = await startIndexerThread(config, { spawn: scripted(`const onStart = null, onWake = null, onIdle = null; const onBoot = () => process.exit(3);`) }).catch((e: unknown) => e);
    expect(hasCode(error, 'internal')).toBe(true);
    expect((error as Error).message).toContain('exit 3');
  });

  test('a malformed message is logged, not a crash', async () => {
    const { lines, log } = collect();
    thread = await startIndexerThread(config, { log, spawn: scripted(`const onStart = () => post({ type: 'progress', done: 'lots' }); const onWake = null; const onIdle = null;`) });
    const loop = thread.start({ intervalMs: 1000 });
    await loop.idle();
    expect(lines.map((l) => l.message)).toEqual(['indexer thread sent a malformed message']);
  });

  test('stop() ends the thread and releases idle() waiters that can no longer be answered', async () => {
    thread = await startIndexerThread(config, { spawn: scripted(`const onStart = null, onWake = null; const onIdle = () => {};`) });
    const loop = thread.start({ intervalMs: 1000 });
    const waiting = loop.idle();
    await thread.stop();
    await expect(waiting).resolves.toBeUndefined();
    loop.wake(); // after stop: ignored, no throw
  });
});
