import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { openDb } from '../../store/db.js';
import { applicationHistory, applications, webhookEvents } from '../../store/schema.js';
import type { AshbyCaller } from '../engine/ashby-caller.js';
import { seedAccount } from '../fake/seed.js';
import * as S from '../fake/serialize.js';
import { deleteCandidate } from '../mirror/remove-candidate.js';
import { applyEvent } from './apply-event.js';
import { EventWorker } from './event-worker.js';

/** The worker on its own, with a stubbed Ashby: the follow-up re-fetch must obey the same rules as the sync. */
describe('EventWorker follow-ups', () => {
  test('a re-fetched application of a deleted candidate leaves no stage history behind', async () => {
    const db = openDb(':memory:');
    const state = seedAccount({ seed: 71, candidates: 6 });
    const app = state.applications.all()[0]!;
    const full = S.applicationInfo(state, app) as { applicationHistory: unknown[] };
    expect(full.applicationHistory.length).toBeGreaterThan(0);
    db.transaction(() => deleteCandidate(db, app.candidateId, '2030-01-01T00:00:00.000Z'));

    const client: AshbyCaller = {
      async call(method) {
        if (method === 'application.info') return { results: full as never };
        throw new AppError('not_found', `${method}: not found`);
      },
    };
    const body = JSON.stringify({ webhookActionId: 'w1', action: 'applicationUpdate', data: { application: S.application(state, app) } });
    db.insert(webhookEvents).values({ webhookActionId: 'w1', action: 'applicationUpdate', receivedAt: '2030-01-01T00:00:01.000Z', body, status: 'pending' }).run();

    await new EventWorker({ db, client }).kick();
    expect(db.select().from(webhookEvents).get()?.status).toBe('applied');
    expect(db.select().from(applications).all()).toEqual([]);
    expect(db.select().from(applicationHistory).all()).toEqual([]);
  });
});

describe('EventWorker retries', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('an event left in retry is tried again on a timer, with backoff, without another event arriving', async () => {
    vi.useFakeTimers();
    const db = openDb(':memory:');
    const body = JSON.stringify({ webhookActionId: 'w1', action: 'ping', data: {} });
    db.insert(webhookEvents).values({ webhookActionId: 'w1', action: 'ping', receivedAt: '2030-01-01T00:00:01.000Z', body, status: 'pending' }).run();
    let failures = 2;
    const apply: typeof applyEvent = (...args) => {
      if (failures-- > 0) throw new Error('database is locked');
      return applyEvent(...args);
    };
    const worker = new EventWorker({ db, client: null, retryBaseMs: 1000, apply });
    const event = () => db.select().from(webhookEvents).get()!;

    await worker.kick();
    expect(event()).toMatchObject({ status: 'retry', attempts: 1 });
    await vi.advanceTimersByTimeAsync(999);
    expect(event().attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(event()).toMatchObject({ status: 'retry', attempts: 2 });
    // The second failure waits twice as long.
    await vi.advanceTimersByTimeAsync(1999);
    expect(event().attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(event()).toMatchObject({ status: 'ignored', attempts: 3, error: null });
    // Nothing left to retry: no timer keeps running.
    expect(vi.getTimerCount()).toBe(0);
    worker.stop();
    db.$client.close();
  });

  test('stop() cancels a pending retry', async () => {
    vi.useFakeTimers();
    const db = openDb(':memory:');
    const body = JSON.stringify({ webhookActionId: 'w2', action: 'ping', data: {} });
    db.insert(webhookEvents).values({ webhookActionId: 'w2', action: 'ping', receivedAt: '2030-01-01T00:00:01.000Z', body, status: 'pending' }).run();
    const worker = new EventWorker({ db, client: null, retryBaseMs: 10, apply: () => { throw new Error('transient'); } });
    await worker.kick();
    expect(vi.getTimerCount()).toBe(1);
    worker.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(db.select().from(webhookEvents).get()).toMatchObject({ status: 'retry', attempts: 1 });
    db.$client.close();
  });
});
