import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { applications, candidates, files, outbox } from '../../store/schema.js';
import * as A from '../ashby/types.js';
import { seedAccount } from '../fake/seed.js';
import * as S from '../fake/serialize.js';
import type { FakeState } from '../fake/state.js';
import { deleteCandidate, mergeCandidate } from './remove-candidate.js';
import { writeApplication } from './write-application.js';
import { writeCandidate } from './write-candidate.js';

/** The mirror's write rules on their own: stale copies lose, tombstones hold, merges re-point. */
describe('mirror writes', () => {
  let db: Db;
  let state: FakeState;
  const NOW = '2030-01-01T00:00:00.000Z';
  const candidateJson = (id: string) => A.Candidate.parse(S.candidate(state, state.candidates.get(id)!));
  const applicationJson = (id: string) => A.Application.parse(S.application(state, state.applications.get(id)!));
  const withApps = () => state.candidates.all().filter((c) => c.applicationIds.length > 0 && c.fileIds.length > 0);

  beforeEach(() => {
    db = openDb(':memory:');
    state = seedAccount({ seed: 61, candidates: 12 });
  });

  test('an older candidate copy never overwrites a newer one, and is not queued', () => {
    const id = state.candidates.all()[0]!.id;
    const older = candidateJson(id);
    state.candidates.get(id)!.position = 'Newer Title';
    state.touch(state.candidates.get(id)!);
    const newer = candidateJson(id);

    expect(db.transaction(() => writeCandidate(db, newer, NOW))).toBe('inserted');
    const queued = db.select().from(outbox).all().length;
    expect(db.transaction(() => writeCandidate(db, older, NOW))).toBe('stale');
    expect(db.transaction(() => writeCandidate(db, newer, NOW))).toBe('unchanged');
    expect(db.select().from(candidates).where(eq(candidates.id, id)).get()?.position).toBe('Newer Title');
    expect(db.select().from(outbox).all().length).toBe(queued);
  });

  test('an older application copy never overwrites a newer one', () => {
    const appId = state.applications.all()[0]!.id;
    const older = applicationJson(appId);
    const newer = { ...older, status: 'Archived' as const, updatedAt: new Date(Date.parse(older.updatedAt) + 1000).toISOString() };
    expect(db.transaction(() => writeApplication(db, newer, NOW))).toBe('inserted');
    expect(db.transaction(() => writeApplication(db, older, NOW))).toBe('stale');
    expect(db.select().from(applications).where(eq(applications.id, appId)).get()?.status).toBe('Archived');
  });

  test('a deleted candidate is not resurrected by a stale copy of it or its applications', () => {
    const c = withApps()[0]!;
    db.transaction(() => {
      writeCandidate(db, candidateJson(c.id), NOW);
      for (const appId of c.applicationIds) writeApplication(db, applicationJson(appId), NOW);
    });
    db.transaction(() => deleteCandidate(db, c.id, NOW));
    expect(db.select().from(files).where(eq(files.candidateId, c.id)).all()).toEqual([]);
    expect(db.transaction(() => writeCandidate(db, candidateJson(c.id), NOW))).toBe('tombstoned');
    expect(db.transaction(() => writeApplication(db, applicationJson(c.applicationIds[0]!), NOW))).toBe('tombstoned');
    expect(db.select().from(candidates).where(eq(candidates.id, c.id)).get()).toBeUndefined();
    expect(db.select().from(applications).where(eq(applications.candidateId, c.id)).all()).toEqual([]);
  });

  test('after a merge, a late copy of a merged-away application lands on the survivor', () => {
    const [survivor, removed] = withApps();
    db.transaction(() => {
      for (const c of [survivor!, removed!]) writeCandidate(db, candidateJson(c.id), NOW);
    });
    db.transaction(() => mergeCandidate(db, removed!.id, survivor!.id, NOW));
    expect(db.select().from(files).where(eq(files.candidateId, survivor!.id)).all().length).toBe(survivor!.fileIds.length + removed!.fileIds.length);
    // A page fetched before the merge still names the old candidate.
    expect(db.transaction(() => writeApplication(db, applicationJson(removed!.applicationIds[0]!), NOW))).toBe('inserted');
    expect(db.select().from(applications).where(eq(applications.id, removed!.applicationIds[0]!)).get()?.candidateId).toBe(survivor!.id);
    expect(db.transaction(() => writeCandidate(db, candidateJson(removed!.id), NOW))).toBe('tombstoned');
  });
});
