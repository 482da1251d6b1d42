import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AshbyCaller } from './engine/ashby-caller.js';
import { runSync, type SyncSummary } from './engine/run-sync.js';
import { mirrorSnapshot, startAccount, type Account } from '../../test/support/sync/harness.js';

/*
 * Token and cursor errors (ashby-api.md §2): an expired syncToken or an oversized incremental list
 * falls back to a full pass (which also reconciles deletions), and an expired cursor restarts the
 * pass from its first page. Each case ends with a mirror equal to the fake.
 */

const modeOf = (summary: SyncSummary, entity: string) => summary.entities.find((e) => e.entity === entity)?.mode;

describe('sync tokens and cursors', () => {
  let account: Account;

  beforeAll(async () => {
    account = await startAccount({ seed: 31, candidates: 150 });
    await runSync(account.db, account.client, { mode: 'full' });
  });
  afterAll(() => account.close());

  test('expired syncTokens fall back to a full pass that also catches a deletion', async () => {
    const { fake } = account;
    const victim = fake.state.candidates.all()[3]!.id;
    fake.admin.deleteCandidate({ candidateId: victim });
    fake.admin.updateCandidate({ candidateId: fake.state.candidates.all()[10]!.id, company: 'Expired Token Inc' });
    fake.admin.expireSyncTokens();

    const summary = await runSync(account.db, account.client, { mode: 'incremental' });
    expect(modeOf(summary, 'candidates')).toBe('full');
    expect(modeOf(summary, 'applications')).toBe('full');
    expect(summary.entities.find((e) => e.entity === 'candidates')?.removed).toBe(1);
    expect(mirrorSnapshot(account.db)).toEqual(fake.admin.snapshot());

    // The fresh token works again: the next run is incremental.
    const next = await runSync(account.db, account.client, { mode: 'incremental' });
    expect(modeOf(next, 'candidates')).toBe('incremental');
  });

  test('incremental_sync_too_large falls back to a full pass and ends exact', async () => {
    const { fake } = account;
    fake.faults.incrementalPageCap = 0;
    try {
      fake.admin.updateCandidate({ candidateId: fake.state.candidates.all()[20]!.id, school: 'Too Large University' });
      const summary = await runSync(account.db, account.client, { mode: 'incremental' });
      expect(modeOf(summary, 'candidates')).toBe('full');
      expect(mirrorSnapshot(account.db)).toEqual(fake.admin.snapshot());
    } finally {
      fake.faults.incrementalPageCap = null;
    }
  });

  test('a cursor that expires mid-pass restarts the pass from the first page', async () => {
    const { fake, client } = account;
    const calls: string[] = [];
    // Expire every cursor right after the first candidate page was served.
    const expiring: AshbyCaller = {
      async call(method, body, schema) {
        calls.push(`${method}${(body as { cursor?: string }).cursor ? ' +cursor' : ''}`);
        const page = await client.call(method, body, schema);
        if (method === 'candidate.list' && calls.filter((c) => c === 'candidate.list').length === 1) fake.admin.expireCursors();
        return page;
      },
    };
    fake.admin.updateCandidate({ candidateId: fake.state.candidates.all()[30]!.id, position: 'Cursor Expert' });
    const summary = await runSync(account.db, expiring, { mode: 'full' });
    expect(calls.filter((c) => c.startsWith('candidate.list'))).toEqual(['candidate.list', 'candidate.list +cursor', 'candidate.list', 'candidate.list +cursor']);
    // A restarted full pass still reconciles: nothing was wrongly deleted.
    expect(summary.entities.find((e) => e.entity === 'candidates')?.removed).toBe(0);
    expect(mirrorSnapshot(account.db)).toEqual(fake.admin.snapshot());
  });
});
