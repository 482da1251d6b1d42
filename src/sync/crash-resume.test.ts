import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { openDb, type Db } from '../store/db.js';
import { deferredIndexNames } from '../store/deferred-indexes.js';
import { applications, syncRuns, syncState } from '../store/schema.js';
import type { AshbyCaller } from './engine/ashby-caller.js';
import { runSync } from './engine/run-sync.js';
import { mirrorSnapshot, startAccount, type Account } from '../../test/support/sync/harness.js';

/*
 * Resumability: a sync killed at any point and rerun ends with an exact mirror, no duplicates and
 * nothing missing. The in-process variant cuts the sync at a chosen call; the kill -9 variant
 * SIGKILLs a real child process (the sources run through tsx) mid-pass.
 */

class CrashAfter extends Error {}

/** Records every call; once `crashAt` says so, fails that call and every later one as if the process had died. */
function crashingCaller(inner: AshbyCaller, crashAt: (calls: string[]) => boolean, calls: string[] = []): AshbyCaller {
  let dead = false;
  return {
    call(method, body, schema) {
      calls.push(`${method}${(body as { cursor?: string }).cursor ? ' +cursor' : ''}`);
      dead ||= crashAt(calls);
      if (dead) return Promise.reject(new CrashAfter(`crashed at call ${calls.length}`));
      return inner.call(method, body, schema);
    },
  };
}

const onCall = (method: string, nth: number) => (calls: string[]) => calls.filter((c) => c.startsWith(method)).length === nth;

function recordingCaller(inner: AshbyCaller, calls: string[]): AshbyCaller {
  return crashingCaller(inner, () => false, calls);
}

let account: Account | null = null;

function indexNames(db: Db | Database.Database): string[] {
  const sqlite = 'prepare' in db && !('$client' in db) ? db : (db as Db).$client;
  return (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
afterEach(async () => {
  await account?.close();
  account = null;
});

describe('crash mid-sync, then rerun', () => {
  test('in-process: a sync cut off mid candidate pass resumes from its checkpoint and ends exact', async () => {
    account = await startAccount({ seed: 21, candidates: 250, faultRate: 0.05 });
    // Dies on the third page of candidates: two pages are committed with their cursor.
    await expect(runSync(account.db, crashingCaller(account.client, onCall('candidate.list', 3)), { mode: 'full' })).rejects.toThrow(CrashAfter);
    const checkpoint = account.db.select().from(syncState).where(eq(syncState.entity, 'candidates')).get();
    expect(checkpoint?.cursor).toBeTruthy();
    expect(account.db.select().from(syncRuns).all().map((r) => r.status)).toEqual(['failed']);
    // The failed initial load rebuilt the indexes it had set aside.
    expect(indexNames(account.db)).toEqual(indexNames(openDb(':memory:')));

    const calls: string[] = [];
    await runSync(account.db, recordingCaller(account.client, calls), { mode: 'full' });
    // The candidate pass continued from the stored cursor instead of starting over.
    expect(calls.filter((c) => c.startsWith('candidate.list'))[0]).toBe('candidate.list +cursor');
    expect(mirrorSnapshot(account.db)).toEqual(account.fake.admin.snapshot());
  });

  test('in-process: cut off during stage histories, the rerun fetches only what is missing', async () => {
    account = await startAccount({ seed: 22, candidates: 60 });
    const total = account.fake.state.applications.size;
    // A failed history fetch does not fail the run: it stays marked stale for the next one.
    const afterHistoryCalls = (n: number) => (calls: string[]) => calls.filter((c) => c.startsWith('application.listHistory')).length > n;
    const first = await runSync(account.db, crashingCaller(account.client, afterHistoryCalls(20)), { mode: 'full' });
    expect(first.history.failed).toBeGreaterThan(0);
    const pending = account.db.select({ n: sql<number>`count(*)` }).from(applications).where(sql`history_updated_at is null`).get()!.n;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(total);

    const summary = await runSync(account.db, account.client, { mode: 'full' });
    expect(summary.history.fetched).toBe(pending);
    expect(mirrorSnapshot(account.db)).toEqual(account.fake.admin.snapshot());
  });

  // The child runs the TypeScript sources through tsx: no test code has to be compiled into dist/.
  const childScript = fromPackageRoot('test/support/sync/sync-child.ts');
  test('kill -9 of a real sync process mid-pass, then rerun: exact, no duplicates', async () => {
    account = await startAccount({ seed: 23, candidates: 250 });
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, account.fake.url, account.fake.apiKey, account.dbFile, 'full'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let candidatePages = 0;
    for await (const line of createInterface({ input: child.stdout! })) {
      if (line.startsWith('page candidates') && ++candidatePages === 2) {
        child.kill('SIGKILL');
        break;
      }
      if (line === 'finished') break;
    }
    expect(await exited).toBe('SIGKILL');

    // The rerun opens the same file the dead process left (WAL and all).
    account.db.$client.close();
    // It died during the initial load, with the candidates' secondary indexes set aside...
    const raw = new Database(account.dbFile, { readonly: true });
    const deferred = deferredIndexNames(raw);
    const missing = indexNames(openDb(':memory:')).filter((n) => !indexNames(raw).includes(n));
    raw.close();
    expect(deferred).toContain('candidates_updated_at_idx');
    expect(missing.sort()).toEqual([...deferred].sort());
    const db = openDb(account.dbFile);
    try {
      // ...which opening the mirror rebuilds before anything reads it.
      expect(indexNames(db)).toEqual(indexNames(openDb(':memory:')));
      expect(deferredIndexNames(db.$client)).toEqual([]);
      const checkpoint = db.select().from(syncState).where(eq(syncState.entity, 'candidates')).get();
      expect(checkpoint?.cursor).toBeTruthy();
      await runSync(db, account.client, { mode: 'full' });
      expect(mirrorSnapshot(db)).toEqual(account.fake.admin.snapshot());
      const runs = db.select().from(syncRuns).all();
      // The killed run never recorded its end: the rerun marks it interrupted.
      expect(runs.map((r) => r.status)).toEqual(['failed', 'ok']);
      expect(runs[0]!.error).toMatch(/interrupted/);
    } finally {
      db.$client.close();
    }
  });
});
