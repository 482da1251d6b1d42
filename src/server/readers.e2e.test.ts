import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, runProduct, type ProductProcess } from '../../test/support/child-process.js';

/*
 * One writer, many readers: `rediscovery serve` owns the mirror and the index; a `rediscovery
 * search` run next to it (the first thing its banner suggests) only reads. Searches run back to back
 * while serve indexes a fresh account and applies a burst of webhooks: every one must succeed, and
 * those that ran before the index caught up say so instead of failing.
 */

const API_KEY = 'readers-key';
const SECRET = 'readers-webhook-secret';
const SLOW = 240_000;

describe('CLI readers next to a running serve', () => {
  let dir: string;
  let fake: ProductProcess;
  let fakeUrl: string;
  let serve: ProductProcess;
  let env: Record<string, string | undefined>;

  const admin = async <T>(op: string, body: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${fakeUrl}/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { success: boolean; results: T };
    if (!json.success) throw new Error(`${op}: ${JSON.stringify(json)}`);
    return json.results;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readers-e2e-'));
    const port = await freePort();
    fake = runProduct(['fake-ashby', '--port', '0', '--seed', '11', '--candidates', '200', '--api-key', API_KEY, '--webhook-url', `http://127.0.0.1:${port}/webhooks/ashby`, '--webhook-secret', SECRET], {});
    fakeUrl = (await fake.waitForLine(/^Fake Ashby listening on /, SLOW)).match(/(http:\/\/\S+)/)![1];
    env = {
      ASHBY_API_KEY: API_KEY,
      ASHBY_BASE_URL: fakeUrl,
      ASHBY_WEBHOOK_SECRET: SECRET,
      MCP_BEARER_TOKEN: 'readers-mcp-token-0123456789',
      REDISCOVERY_DATA_DIR: path.join(dir, 'data'),
      REDISCOVERY_SYNC_INTERVAL_MINUTES: '0',
      REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE,
    };
    serve = runProduct(['serve', '--port', String(port)], env);
    // Readers start with the first sync: serve is writing the mirror and has not indexed anything yet.
    await serve.waitForLine(/^Syncing /, SLOW);
  }, SLOW);

  afterAll(async () => {
    await serve?.stop('SIGTERM', SLOW).catch(() => undefined);
    await fake?.stop().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  test('searches in a loop while serve indexes and applies a webhook burst: no failures', async () => {
    const outcomes: { code: number | string; lines: string[] }[] = [];
    let burstDone = false;
    const burst = (async () => {
      await serve.waitForLine(/^Mirror ready: /, SLOW);
      const apps = await admin<{ id: string; status: string }[]>('application.list', { limit: 100 });
      const reason = (await admin<{ id: string; isArchived: boolean }[]>('archiveReason.list', {})).find((r) => !r.isArchived)!;
      for (const app of apps.filter((a) => a.status === 'Active').slice(0, 25)) {
        await admin('admin/archiveApplication', { applicationId: app.id, archiveReasonId: reason.id });
      }
      burstDone = true;
    })();

    // Two readers at a time, until the burst is in and the index has caught up with all of it
    // (bounded, should serve stall).
    const reader = async () => {
      for (let caughtUp = false; !caughtUp; ) {
        const burstWasDone = burstDone;
        const child = runProduct(['search', 'engineer', '--limit', '3'], env);
        outcomes.push({ code: await child.exited, lines: child.lines });
        caughtUp = burstWasDone && indexCaughtUp();
        if (outcomes.length >= 80) throw new Error('the index did not catch up within 80 searches');
      }
    };
    await Promise.all([reader(), reader()]);
    await burst;
    console.info(`readers: ${outcomes.length} searches, ${outcomes.filter((o) => o.lines.some((l) => /results may be incomplete/.test(l))).length} while indexing`);

    const failures = outcomes.filter((o) => o.code !== 0);
    expect(failures.map((f) => f.lines.join('\n'))).toEqual([]);
    expect(outcomes.every((o) => o.lines.some((l) => /^\d+ candidate\(s\) · mode hybrid/.test(l)))).toBe(true);
    // At least one search overlapped the indexing (or the test proved nothing) and said so.
    expect(outcomes.some((o) => o.lines.some((l) => /index is being built, results may be incomplete/.test(l)))).toBe(true);
  }, SLOW * 2);

  /** The index's checkpoint has reached the mirror's outbox head (read-only peeks at both files). */
  function indexCaughtUp(): boolean {
    const read = <T>(file: string, sql: string): T => {
      const db = new Database(path.join(env.REDISCOVERY_DATA_DIR!, file), { readonly: true });
      try {
        return (db.prepare(sql).get() as { v: T }).v;
      } finally {
        db.close();
      }
    };
    const head = read<number>('mirror.db', 'SELECT coalesce(max(seq), 0) AS v FROM outbox');
    const checkpoint = Number(read<string | null>('index/keyword.db', `SELECT value AS v FROM index_meta WHERE key = 'checkpoint_seq'`) ?? 0);
    return checkpoint >= head;
  }
});
