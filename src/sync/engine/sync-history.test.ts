import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applicationHistory, applications } from '../../store/schema.js';
import { ApplicationHistoryItem } from '../ashby/types.js';
import { startAccount, type Account } from '../../../test/support/sync/harness.js';
import type { AshbyCaller } from './ashby-caller.js';
import { runSync } from './run-sync.js';
import { asc, eq } from 'drizzle-orm';
import { getSyncStatus } from '../../views/sync-status.js';

/*
 * The stage-history backfill against the fake Ashby over real HTTP: active applications first, then
 * the most recently updated; no call for an application untouched since it was created (its
 * history is derived, and must equal what Ashby would return); a rerun resumes with nothing left.
 */

describe('stage-history backfill', () => {
  let account: Account;
  let created: string;
  const calls: string[] = [];

  beforeAll(async () => {
    account = await startAccount({ candidates: 60 });
    const candidateId = account.fake.state.candidates.all()[0]!.id;
    const jobId = account.fake.state.jobs.all()[0]!.id;
    created = (account.fake.admin.createApplication({ candidateId, jobId }) as { id: string }).id;
  });

  afterAll(async () => {
    await account.close();
  });

  const recording = (): AshbyCaller => ({
    call(method, body, schema) {
      if (method === 'application.listHistory') calls.push(String(body.applicationId));
      return account.client.call(method, body, schema);
    },
  });

  it('fetches active and recent applications first, derives untouched ones without a call, and reports progress', async () => {
    const summary = await runSync(account.db, recording(), { mode: 'full', concurrency: 1 });
    const rows = new Map(account.db.select({ id: applications.id, status: applications.status, updatedAt: applications.updatedAt }).from(applications).all().map((r) => [r.id, r]));
    expect(calls.length).toBeGreaterThan(50);
    expect(calls).not.toContain(created);
    expect(summary.history.derived).toBeGreaterThanOrEqual(1);
    expect(summary.history.fetched + summary.history.derived).toBe(rows.size);
    // Order of the calls: every Active before any other, and newest first within each group.
    const order = calls.map((id) => rows.get(id)!);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      const rank = (r: typeof a) => (r.status === 'Active' ? 0 : 1);
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.updatedAt >= b.updatedAt)).toBe(true);
    }
    expect(order.some((r) => r.status === 'Active') && order.some((r) => r.status !== 'Active')).toBe(true);
    expect(summary.history).toMatchObject({ complete: rows.size, total: rows.size });
    expect(getSyncStatus(account.db, new Date(), 0).stageHistory).toEqual({ complete: rows.size, total: rows.size });
  });

  it('the derived history equals what application.listHistory returns for it', async () => {
    const real = await account.client.call('application.listHistory', { applicationId: created }, z.array(ApplicationHistoryItem));
    const mirrored = account.db.select().from(applicationHistory).where(eq(applicationHistory.applicationId, created)).orderBy(asc(applicationHistory.stageNumber)).all();
    expect(mirrored.map((h) => ({ stageId: h.stageId, title: h.title, stageNumber: h.stageNumber, enteredStageAt: h.enteredStageAt, leftStageAt: h.leftStageAt }))).toEqual(
      real.results.map((h) => ({ stageId: h.stageId, title: h.title, stageNumber: h.stageNumber, enteredStageAt: new Date(h.enteredStageAt).toISOString(), leftStageAt: h.leftStageAt ?? null })),
    );
  });

  it('a rerun resumes from what is stale: nothing left, no calls; a moved application is fetched again', async () => {
    calls.length = 0;
    const again = await runSync(account.db, recording(), { mode: 'incremental', concurrency: 1 });
    expect(calls).toEqual([]);
    expect(again.history.fetched).toBe(0);
    account.fake.admin.moveApplicationStage({ applicationId: created, interviewStageId: account.fake.state.stagesOf(account.fake.state.applications.get(created)!.interviewPlanId).at(-2)!.id });
    const moved = await runSync(account.db, recording(), { mode: 'incremental', concurrency: 1 });
    expect(calls).toEqual([created]);
    expect(moved.history).toMatchObject({ fetched: 1, derived: 0 });
  });
});
