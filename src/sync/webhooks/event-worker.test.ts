import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { openDb } from '../../store/db.js';
import { applicationHistory, applications, webhookEvents } from '../../store/schema.js';
import type { AshbyCaller } from '../engine/ashby-caller.js';
import { seedAccount } from '../fake/seed.js';
import * as S from '../fake/serialize.js';
import { deleteCandidate } from '../mirror/remove-candidate.js';
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
