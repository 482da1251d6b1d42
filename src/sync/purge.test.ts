import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SERVE_LOCK_FILE } from '../app/serve-lock.js';
import { purge } from '../cli/commands/purge.js';
import { hasCode } from '../shared/errors.js';
import { ensureOwnedDir, OWNED_MARKER } from '../shared/owned-dir.js';
import { openDb } from '../store/db.js';
import { candidates } from '../store/schema.js';

/** `rediscovery purge`: everything the integration stored goes; nothing else does. */
describe('purge', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const tempRoot = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-test-'));
    dirs.push(root);
    return root;
  };

  test('removes the mirror with its WAL files, the index, files, exports, the token and a cache folder it created', () => {
    const root = tempRoot();
    const dataDir = path.join(root, 'data');
    const cacheDir = path.join(root, 'model-cache');
    // A mirror left open by a writer keeps its -wal and -shm files beside it.
    const db = openDb(path.join(dataDir, 'mirror.db'));
    db.insert(candidates).values({ id: 'c1', name: 'Someone', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', raw: {}, mirroredAt: '2024-01-01T00:00:00.000Z' }).run();
    expect(fs.existsSync(path.join(dataDir, 'mirror.db-wal'))).toBe(true);
    for (const sub of ['index/lance', 'files/ab', 'exports', 'cache/models']) fs.mkdirSync(path.join(dataDir, sub), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'files/ab/resume.pdf'), 'pdf');
    fs.writeFileSync(path.join(dataDir, 'exports/candidates.xlsx'), 'xlsx');
    fs.writeFileSync(path.join(dataDir, 'mcp-token'), 'token');
    ensureOwnedDir(cacheDir);
    fs.writeFileSync(path.join(cacheDir, 'model.onnx'), 'weights');
    fs.writeFileSync(path.join(dataDir, 'my-notes.txt'), 'not ours');

    const removed = purge(dataDir, cacheDir);
    db.$client.close();

    expect(removed.map((p) => path.relative(root, p)).sort()).toEqual(
      ['data/cache', 'data/exports', 'data/files', 'data/index', 'data/mcp-token', 'data/mirror.db', 'data/mirror.db-shm', 'data/mirror.db-wal', 'model-cache'].sort(),
    );
    expect(fs.readdirSync(dataDir)).toEqual(['my-notes.txt']);
    expect(fs.existsSync(cacheDir)).toBe(false);
    // Purging again finds nothing.
    expect(purge(dataDir, cacheDir)).toEqual([]);
  });

  test('in a model cache folder the user already had, deletes only what the product wrote there', () => {
    const root = tempRoot();
    const dataDir = path.join(root, 'data');
    const cacheDir = path.join(root, 'my-models');
    fs.mkdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, 'their-model.onnx'), 'weights');
    fs.mkdirSync(path.join(cacheDir, 'their-project'));
    // What the product then adds to it (the embedder does not mark a folder that already existed).
    ensureOwnedDir(cacheDir);
    expect(fs.existsSync(path.join(cacheDir, OWNED_MARKER))).toBe(false);
    for (const f of ['embeddings.db', 'embeddings.db-wal', 'embeddings.db-shm']) fs.writeFileSync(path.join(cacheDir, f), 'vectors of candidate text');
    fs.mkdirSync(path.join(cacheDir, 'use-lite-0.2.0-b1'));

    const removed = purge(dataDir, cacheDir);

    expect(removed.map((p) => path.basename(p)).sort()).toEqual(['embeddings.db', 'embeddings.db-shm', 'embeddings.db-wal', 'use-lite-0.2.0-b1']);
    expect(fs.readdirSync(cacheDir).sort()).toEqual(['their-model.onnx', 'their-project']);
  });

  test('refuses while a serve holds the data folder, unless forced; a stale lock is no obstacle', async () => {
    const root = tempRoot();
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'mcp-token'), 'token');
    const serveStandIn = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(serveStandIn);
    await new Promise((resolve) => serveStandIn.once('spawn', resolve));
    fs.writeFileSync(path.join(dataDir, SERVE_LOCK_FILE), JSON.stringify({ pid: serveStandIn.pid, startedAt: new Date().toISOString() }));

    let refusal: unknown;
    try {
      purge(dataDir, path.join(dataDir, 'cache'));
    } catch (e) {
      refusal = e;
    }
    expect(hasCode(refusal, 'data_dir_in_use')).toBe(true);
    expect((refusal as Error).message).toContain(`pid ${serveStandIn.pid}`);
    expect(fs.existsSync(path.join(dataDir, 'mcp-token'))).toBe(true);

    // The serve died without cleaning up: its lock is stale and goes with the rest.
    serveStandIn.kill('SIGKILL');
    await new Promise((resolve) => serveStandIn.once('exit', resolve));
    expect(purge(dataDir, path.join(dataDir, 'cache')).map((p) => path.basename(p)).sort()).toEqual(['mcp-token', SERVE_LOCK_FILE]);
  });

  test('--force purges next to a live serve', async () => {
    const root = tempRoot();
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'mcp-token'), 'token');
    fs.writeFileSync(path.join(dataDir, SERVE_LOCK_FILE), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
    expect(purge(dataDir, path.join(dataDir, 'cache'), { force: true }).map((p) => path.basename(p)).sort()).toEqual(['mcp-token', SERVE_LOCK_FILE]);
  });
});
