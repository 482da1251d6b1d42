import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openDb } from './db.js';
import { deferIndexes, deferredIndexNames, restoreDeferredIndexes } from './deferred-indexes.js';

const indexNames = (sqlite: Database.Database) =>
  (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('deferred indexes', () => {
  test('dropped indexes are recorded with their SQL and rebuilt identically', () => {
    const db = openDb(':memory:');
    const before = db.$client.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
    expect(deferIndexes(db.$client, ['candidates_updated_at_idx', 'outbox_candidate_idx', 'no_such_idx'])).toEqual(['candidates_updated_at_idx', 'outbox_candidate_idx']);
    expect(indexNames(db.$client)).not.toContain('candidates_updated_at_idx');
    expect(deferredIndexNames(db.$client)).toEqual(['candidates_updated_at_idx', 'outbox_candidate_idx']);
    // Deferring again (a second pass) keeps the first record and adds nothing twice.
    deferIndexes(db.$client, ['outbox_candidate_idx', 'applications_job_idx']);
    expect(deferredIndexNames(db.$client)).toEqual(['candidates_updated_at_idx', 'outbox_candidate_idx', 'applications_job_idx']);

    expect(restoreDeferredIndexes(db.$client)).toEqual(['candidates_updated_at_idx', 'outbox_candidate_idx', 'applications_job_idx']);
    // Rebuilt from the recorded SQL: sqlite_schema ends up exactly as before.
    expect(db.$client.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all()).toEqual(before);
    expect(deferredIndexNames(db.$client)).toEqual([]);
    expect(restoreDeferredIndexes(db.$client)).toEqual([]);
  });

  test('a process that dies with indexes set aside gets them back on the next openDb', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deferred-idx-'));
    const file = path.join(dir, 'mirror.db');
    const first = openDb(file);
    const all = indexNames(first.$client);
    deferIndexes(first.$client, ['candidates_primary_email_idx', 'applications_updated_at_idx']);
    first.$client.close(); // as good as a kill -9 here: the drop and its record committed together

    const raw = new Database(file, { readonly: true });
    expect(indexNames(raw)).not.toContain('candidates_primary_email_idx');
    raw.close();

    const reopened = openDb(file);
    expect(indexNames(reopened.$client)).toEqual(all);
    expect(deferredIndexNames(reopened.$client)).toEqual([]);
    reopened.$client.close();
  });

  test('a rolled-back drop leaves both the index and the record as they were', () => {
    const db = openDb(':memory:');
    const all = indexNames(db.$client);
    expect(() =>
      db.$client.transaction(() => {
        deferIndexes(db.$client, ['files_status_idx']);
        throw new Error('crash inside the transaction');
      })(),
    ).toThrow('crash inside');
    expect(indexNames(db.$client)).toEqual(all);
    expect(deferredIndexNames(db.$client)).toEqual([]);
  });
});
