import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { purge } from '../../cli/commands/purge.js';
import { openDb } from '../../store/db.js';
import { candidates } from '../../store/schema.js';

/** `rediscovery purge`: everything the integration stored goes; nothing else does. */
describe('purge', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  test('removes the mirror with its WAL files, the index, files, exports and caches', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-test-'));
    dirs.push(root);
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
    fs.mkdirSync(cacheDir);
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
});
