import { describe, expect, it } from 'vitest';
import { readAsOf } from '../retrieval/catalog/mirror-facts.js';
import { openDb } from '../store/db.js';
import { FIXTURE_NOW, seedMirror } from './mirror-fixture.js';
import { describeAge, getSyncStatus } from './sync-status.js';

describe('getSyncStatus', () => {
  it('reports counts, the last run, webhooks, freshness and backlog', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    const st = getSyncStatus(db, FIXTURE_NOW, 0);
    expect(st.counts).toEqual({ candidates: 3, applications: 2, jobs: 3, files: { ok: 1, failed: 1, pending: 1 }, webhookEventsPending: 1 });
    expect(st.lastSyncRun).toMatchObject({ mode: 'incremental', status: 'failed', error: 'ashby_rate_limited' });
    expect(st.lastWebhookReceivedAt).toBe('2026-11-27T11:57:00.000Z');
    // One "data as of" for every door: the value search results carry (here the ok full sync), not the later webhook.
    expect(st.asOf).toBe(readAsOf(db));
    expect(st.asOf).toBe('2026-11-27T11:10:00.000Z');
    expect(st.freshness).toBe('1 hour ago');
    // Nothing indexed yet: both changed candidates wait.
    expect(st.outboxBacklog).toBe(2);
  });

  it('counts as waiting only the changes after the index checkpoint', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    const seqs = (db.$client.prepare('SELECT seq, candidate_id AS id FROM outbox ORDER BY seq').all() as { seq: number; id: string }[]);
    // Indexed up to the second row (both C1 rows): only C3 waits.
    expect(getSyncStatus(db, FIXTURE_NOW, seqs[1].seq).outboxBacklog).toBe(1);
    expect(getSyncStatus(db, FIXTURE_NOW, seqs[2].seq).outboxBacklog).toBe(0);
  });

  it('takes "data as of" from the last successful sync start once a sync has recorded it', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    db.$client.prepare(`INSERT INTO meta (key, value) VALUES ('as_of', '2026-11-27T11:00:00.000Z')`).run();
    expect(getSyncStatus(db, FIXTURE_NOW, 0).asOf).toBe('2026-11-27T11:00:00.000Z');
  });

  it('says "never synced" on an empty mirror', () => {
    const st = getSyncStatus(openDb(':memory:'), FIXTURE_NOW, 0);
    expect(st).toMatchObject({ asOf: null, freshness: 'never synced', lastSyncRun: null, outboxBacklog: 0 });
  });

  it('describes ages in words', () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
    expect(describeAge(ago(10_000), now)).toBe('just now');
    expect(describeAge(ago(60_000), now)).toBe('1 minute ago');
    expect(describeAge(ago(3 * 60_000), now)).toBe('3 minutes ago');
    expect(describeAge(ago(2 * 3_600_000), now)).toBe('2 hours ago');
    expect(describeAge(ago(5 * 86_400_000), now)).toBe('5 days ago');
  });
});
