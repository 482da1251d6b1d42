import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeywordStore } from '../retrieval/index/keyword-store.js';
import { openDb } from '../store/db.js';
import { candidates } from '../store/schema.js';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** The mirror and the index hold e-mails, phones and resumes: owner-only even under a permissive umask. */
describe('file modes of the data folder', () => {
  let root: string;
  let umask: number;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'modes-'));
    // The common default, which made everything world-readable.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('creates the data folder 0700 and mirror.db, -wal and -shm 0600', () => {
    const dataDir = path.join(root, 'data');
    const db = openDb(path.join(dataDir, 'mirror.db'));
    db.insert(candidates).values({ id: 'c1', name: 'Someone', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', raw: {}, mirroredAt: '2024-01-01T00:00:00.000Z' }).run();
    try {
      expect(mode(dataDir)).toBe(0o700);
      for (const f of ['mirror.db', 'mirror.db-wal', 'mirror.db-shm']) expect([f, mode(path.join(dataDir, f))]).toEqual([f, 0o600]);
    } finally {
      db.$client.close();
    }
  });

  it('tightens a mirror created before (0644) when it is opened', () => {
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    openDb(path.join(dataDir, 'mirror.db')).$client.close();
    fs.chmodSync(path.join(dataDir, 'mirror.db'), 0o644);
    openDb(path.join(dataDir, 'mirror.db')).$client.close();
    expect(mode(path.join(dataDir, 'mirror.db'))).toBe(0o600);
  });

  it('creates index/ 0700 and keyword.db 0600', () => {
    const indexDir = path.join(root, 'data', 'index');
    const store = KeywordStore.open(path.join(indexDir, 'keyword.db'));
    try {
      expect(mode(indexDir)).toBe(0o700);
      expect(mode(path.join(indexDir, 'keyword.db'))).toBe(0o600);
    } finally {
      store.close();
    }
  });
});
