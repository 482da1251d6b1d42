import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { openDb, type Db } from '../../store/db.js';
import { syncState } from '../../store/schema.js';
import { ENTITIES } from './entities.js';
import { beginPass, checkpointPage, finishPass, recoverPass, type PassProgress } from './entity-pass.js';

/*
 * The pass transitions on their own (tokens.test.ts and crash-resume.test.ts prove them against the
 * fake Ashby): where a pass begins or resumes, which errors it recovers from, and what each step stores.
 */

const users = ENTITIES.find((e) => e.name === 'users')!;
const sources = ENTITIES.find((e) => e.name === 'sources')!;
let clock = 0;
const now = () => `2026-11-27T10:00:${String(clock++).padStart(2, '0')}.000Z`;
const progress = (): PassProgress => ({ pages: 0, received: 0, written: 0, invalid: 0, removed: 0, reconcileSafe: true });

let db: Db;
const stored = (entity: string) => db.select().from(syncState).where(eq(syncState.entity, entity)).get()!;
beforeEach(() => {
  db = openDb(':memory:');
  clock = 0;
});
afterEach(() => db.$client.close());

describe('beginPass', () => {
  it('starts full without a token, and stores when the full pass started', () => {
    const pass = beginPass(db, users, { forceFull: false, now });
    expect(pass).toEqual({ entity: 'users', mode: 'full', cursor: null, fullStartedAt: '2026-11-27T10:00:01.000Z', syncToken: null });
    expect(stored('users')).toMatchObject({ cursorMode: 'full', fullStartedAt: pass.fullStartedAt });
  });

  it('continues incrementally from a stored token, and full when forced or for a single-response entity', () => {
    db.insert(syncState).values([{ entity: 'users', syncToken: 'T1', updatedAt: now() }, { entity: 'sources', syncToken: 'T2', updatedAt: now() }]).run();
    expect(beginPass(db, users, { forceFull: false, now })).toMatchObject({ mode: 'incremental', cursor: null, fullStartedAt: null, syncToken: 'T1' });
    expect(beginPass(db, users, { forceFull: true, now })).toMatchObject({ mode: 'full', syncToken: 'T1' });
    expect(beginPass(db, sources, { forceFull: false, now })).toMatchObject({ mode: 'full' });
  });

  it('resumes an interrupted pass of the same kind at its cursor; a forced full sync abandons an incremental one', () => {
    db.insert(syncState).values({ entity: 'users', syncToken: 'T1', cursor: 'c7', cursorMode: 'full', fullStartedAt: 'F0', updatedAt: now() }).run();
    expect(beginPass(db, users, { forceFull: false, now })).toMatchObject({ mode: 'full', cursor: 'c7', fullStartedAt: 'F0' });
    db.update(syncState).set({ cursorMode: 'incremental' }).run();
    expect(beginPass(db, users, { forceFull: false, now })).toMatchObject({ mode: 'incremental', cursor: 'c7', fullStartedAt: null });
    expect(beginPass(db, users, { forceFull: true, now })).toMatchObject({ mode: 'full', cursor: null });
  });
});

describe('recoverPass', () => {
  it('an unusable sync token restarts as a fresh full pass without the token', () => {
    db.insert(syncState).values({ entity: 'users', syncToken: 'T1', updatedAt: now() }).run();
    const pass = beginPass(db, users, { forceFull: false, now });
    pass.cursor = 'c3';
    expect(recoverPass(db, pass, new AppError('ashby_sync_token_expired', 'expired'), now)).toBe(true);
    expect(pass).toMatchObject({ mode: 'full', cursor: null, syncToken: null, fullStartedAt: expect.any(String) });
    expect(stored('users')).toMatchObject({ syncToken: null, cursor: null, cursorMode: 'full' });
    expect(recoverPass(db, { ...pass, mode: 'incremental' }, new AppError('ashby_incremental_sync_too_large', 'big'), now)).toBe(true);
  });

  it('an expired cursor restarts the pass from its first page, once', () => {
    const pass = beginPass(db, users, { forceFull: false, now });
    pass.cursor = 'c3';
    expect(recoverPass(db, pass, new AppError('ashby_cursor_expired', 'expired'), now)).toBe(true);
    expect(pass).toMatchObject({ mode: 'full', cursor: null });
    expect(recoverPass(db, pass, new AppError('ashby_cursor_expired', 'expired'), now)).toBe(false);
  });

  it('any other error is stored as the last error and not recovered', () => {
    const pass = beginPass(db, users, { forceFull: false, now });
    expect(recoverPass(db, pass, new Error('socket hang up'), now)).toBe(false);
    expect(stored('users').lastError).toBe('socket hang up');
  });
});

describe('checkpointPage and finishPass', () => {
  it('a checkpoint stores the next cursor; finishing stores the new token and clears the cursor', () => {
    const pass = beginPass(db, users, { forceFull: false, now });
    checkpointPage(db, pass, 'c2', 1, now());
    expect(stored('users')).toMatchObject({ cursor: 'c2', cursorMode: 'full', pageCount: 1 });
    const p = progress();
    finishPass(db, users, pass, p, 'T9', now());
    expect(stored('users')).toMatchObject({ syncToken: 'T9', cursor: null, cursorMode: null, fullStartedAt: null, pageCount: 0, lastError: null, lastFullSyncAt: expect.any(String) });
    expect(p.removed).toBe(0);
  });

  it('an incremental pass without a new token keeps the one it used; a single-response entity keeps none', () => {
    db.insert(syncState).values({ entity: 'users', syncToken: 'T1', updatedAt: now() }).run();
    finishPass(db, users, beginPass(db, users, { forceFull: false, now }), progress(), undefined, now());
    expect(stored('users')).toMatchObject({ syncToken: 'T1', lastFullSyncAt: null });
    finishPass(db, sources, beginPass(db, sources, { forceFull: false, now }), progress(), undefined, now());
    expect(stored('sources').syncToken).toBeNull();
  });
});
