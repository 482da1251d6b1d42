import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../../../src/store/db.js';
import { applications, candidates, files, jobPostings, jobs, users } from '../../../src/store/schema.js';
import { AshbyClient } from '../../../src/sync/client/ashby-client.js';
import type { FileProcessing } from '../../../src/sync/engine/sync-files.js';
import { startFakeAshby, type FakeAshby, type FakeAshbyOptions, type StateSnapshot } from '../../../src/sync/fake/index.js';

/*
 * Shared set-up for the mirror's end-to-end tests: a fake Ashby on loopback, a real client with fast
 * retries, and a mirror in a temp dir. Kept free of vitest so the kill -9 child script (run through
 * tsx) can use it too.
 */

export interface Account {
  fake: FakeAshby;
  client: AshbyClient;
  db: Db;
  dir: string;
  dbFile: string;
  close(): Promise<void>;
}

export interface AccountOptions extends FakeAshbyOptions {
  /** Client-side ceiling; effectively off by default (loopback). */
  maxRequestsPerMinute?: number;
  retryBaseMs?: number;
}

/** A fake account and an empty mirror; `close()` stops the fake and deletes the temp dir. */
export async function startAccount(opts: AccountOptions = {}): Promise<Account> {
  const fake = await startFakeAshby({
    seed: 7,
    candidates: 200,
    rateLimitPerMinute: 10_000_000,
    // Fractions of a second are allowed by the fake and honoured by the client: retries stay fast.
    retryAfterSeconds: 0.005,
    ...opts,
  });
  const client = fastClient(fake, opts);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirror-test-'));
  const dbFile = path.join(dir, 'mirror.db');
  const db = openDb(dbFile);
  return {
    fake,
    client,
    db,
    dir,
    dbFile,
    async close() {
      await fake.close();
      try {
        db.$client.close();
      } catch {
        // already closed by the test
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A client for `fake` with millisecond backoff and no effective rate limit. */
export function fastClient(fake: { url: string; apiKey: string }, opts: { maxRequestsPerMinute?: number; retryBaseMs?: number } = {}): AshbyClient {
  return new AshbyClient({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    maxRequestsPerMinute: opts.maxRequestsPerMinute ?? 10_000_000,
    retryBaseMs: opts.retryBaseMs ?? 2,
    maxRetryDelayMs: 50,
    maxRetries: 10,
    timeoutMs: 10_000,
  });
}

/** The mirror in the shape of the fake's `admin.snapshot()`, for exact comparison. */
export function mirrorSnapshot(db: Db): StateSnapshot {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    candidates: byId(db.select({ id: candidates.id, updatedAt: candidates.updatedAt }).from(candidates).all()),
    applications: byId(db.select({ id: applications.id, updatedAt: applications.updatedAt, candidateId: applications.candidateId }).from(applications).all()),
    jobs: byId(db.select({ id: jobs.id, updatedAt: jobs.updatedAt }).from(jobs).all()),
    jobPostings: byId(db.select({ id: jobPostings.id, updatedAt: jobPostings.updatedAt }).from(jobPostings).all()) as StateSnapshot['jobPostings'],
    users: byId(db.select({ id: users.id, updatedAt: users.updatedAt }).from(users).all()) as StateSnapshot['users'],
    files: byId(db.select({ id: files.id, candidateId: files.candidateId }).from(files).all()),
  };
}

/** File processing that never downloads: the list-phase tests do not need resumes. */
export const NO_FILES: FileProcessing | null = null;

/** Resolve when `check` returns true, polling on the event loop (for asynchronous webhook application). */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
