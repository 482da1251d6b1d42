import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applicationHistory, applications, candidates, candidateTombstones, outbox } from '../store/schema.js';
import { runSync } from './engine/run-sync.js';
import { makeAdminChanges, type AdminChanges } from '../../test/support/sync/admin-changes.js';
import { mirrorSnapshot, startAccount, type Account } from '../../test/support/sync/harness.js';

/*
 * The mirror's core promise through the real client and the real fake server, with 10% of API
 * requests answered 500/502/503/429 or dropped: a full sync, recruiter changes, an incremental sync
 * and a full reconciliation each leave the mirror equal to Ashby (every id and updatedAt).
 *
 * Deletions are not in incremental lists (syncToken lists return changed records only), so the
 * incremental sync alone leaves a deleted or merged-away candidate behind; the full pass's
 * reconciliation removes it (webhooks remove it sooner: see webhooks.test.ts).
 */
describe('sync under faults', () => {
  let account: Account;
  let changes: AdminChanges;

  beforeAll(async () => {
    account = await startAccount({ seed: 11, candidates: 100, faultRate: 0.1 });
  });
  afterAll(() => account.close());

  test('a full sync with 10% faults ends equal to the fake', async () => {
    const summary = await runSync(account.db, account.client, { mode: 'full' });
    expect(mirrorSnapshot(account.db)).toEqual(account.fake.admin.snapshot());
    expect(summary.history.failed).toBe(0);
    // Every application got its stage history.
    const missingHistory = account.db.select({ id: applications.id }).from(applications).all().filter(
      (a) => account.db.select().from(applicationHistory).where(eq(applicationHistory.applicationId, a.id)).all().length === 0,
    );
    expect(missingHistory).toEqual([]);
  });

  test('an incremental sync picks up creates, updates, stage moves, archives and merged applications', async () => {
    changes = makeAdminChanges(account.fake);
    const summary = await runSync(account.db, account.client, { mode: 'incremental' });
    expect(summary.entities.find((e) => e.entity === 'candidates')?.mode).toBe('incremental');
    // Incremental lists carry only what changed: a handful of records, not the account.
    expect(summary.entities.find((e) => e.entity === 'candidates')!.received).toBeLessThan(10);

    const fake = account.fake.admin.snapshot();
    const mirror = mirrorSnapshot(account.db);
    const gone = new Set([changes.deletedCandidateId, changes.merged.removedId]);
    const deletedApps = new Set(mirror.applications.filter((a) => a.candidateId === changes.deletedCandidateId).map((a) => a.id));
    // Everything but the deletions agrees exactly.
    expect(mirror.candidates.filter((c) => !gone.has(c.id))).toEqual(fake.candidates);
    expect(mirror.applications.filter((a) => !deletedApps.has(a.id))).toEqual(fake.applications);
    expect(mirror.jobs).toEqual(fake.jobs);

    const created = account.db.select().from(candidates).where(eq(candidates.id, changes.createdCandidateId)).get();
    expect(created?.name).toBe('Ada Created');
    const updated = account.db.select().from(candidates).where(eq(candidates.id, changes.updatedCandidateId)).get();
    expect(updated?.position).toBe('Principal Engineer');
    const archived = account.db.select().from(applications).where(eq(applications.id, changes.archivedApplicationId)).get();
    expect(archived?.status).toBe('Archived');
    expect(archived?.archiveReasonId).not.toBeNull();
    const moved = account.db.select().from(applications).where(eq(applications.id, changes.movedApplicationId)).get();
    expect(moved?.currentStageId).toBe(account.fake.state.applications.get(changes.movedApplicationId)!.currentStageId);
    // The stage move's history was refetched for the new version of the application.
    expect(moved?.historyUpdatedAt).toBe(moved?.updatedAt);
    const changedIds = new Set(account.db.select({ id: outbox.candidateId }).from(outbox).all().map((r) => r.id));
    for (const id of [changes.createdCandidateId, changes.updatedCandidateId, changes.merged.survivorId]) expect(changedIds).toContain(id);
  });

  test('a full reconciliation then removes the deleted and merged-away candidates: exact again', async () => {
    const summary = await runSync(account.db, account.client, { mode: 'full' });
    expect(mirrorSnapshot(account.db)).toEqual(account.fake.admin.snapshot());
    expect(summary.entities.find((e) => e.entity === 'candidates')?.removed).toBe(2);
    const tombstones = account.db.select().from(candidateTombstones).all().map((t) => t.candidateId).sort();
    expect(tombstones).toEqual([changes.deletedCandidateId, changes.merged.removedId].sort());
    // A second incremental right after changes nothing (reference lists are always rewritten whole).
    const outboxBefore = account.db.select().from(outbox).all().length;
    const again = await runSync(account.db, account.client, { mode: 'incremental' });
    for (const entity of ['candidates', 'applications', 'jobs']) expect(again.entities.find((e) => e.entity === entity)?.written).toBe(0);
    expect(account.db.select().from(outbox).all().length).toBe(outboxBefore);
    expect(mirrorSnapshot(account.db)).toEqual(account.fake.admin.snapshot());
  });
});
