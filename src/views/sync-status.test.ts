import { describe, expect, it } from 'vitest';
import { openDb } from '../store/db.js';
import { FIXTURE_NOW, seedMirror } from './mirror-fixture.js';
import { describeAge, getSyncStatus } from './sync-status.js';

describe('getSyncStatus', () => {
  it('reports counts, the last run, webhooks, freshness and backlog', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    const st = getSyncStatus(db, FIXTURE_NOW);
    expect(st.counts).toEqual({ candidates: 3, applications: 2, jobs: 3, files: { ok: 1, failed: 1, pending: 1 }, webhookEventsPending: 1 });
    expect(st.lastSyncRun).toMatchObject({ mode: 'incremental', status: 'failed', error: 'ashby_rate_limited' });
    expect(st.lastWebhookReceivedAt).toBe('2026-11-27T11:57:00.000Z');
    // as of the last successful work: the applied webhook at 11:20, after the ok full sync at 11:10
    expect(st.asOf).toBe('2026-11-27T11:20:01.000Z');
    expect(st.freshness).toBe('40 minutes ago');
    expect(st.outboxBacklog).toBe(2);
  });

  it('says "never synced" on an empty mirror', () => {
    const st = getSyncStatus(openDb(':memory:'), FIXTURE_NOW);
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
