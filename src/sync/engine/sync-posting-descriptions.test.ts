import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { jobPostings } from '../../store/schema.js';
import type { AshbyCaller } from './ashby-caller.js';
import { syncPostingDescriptions } from './sync-posting-descriptions.js';

const posting = (id: string) => ({ id, jobId: 'J1', title: 'Backend Engineer', isListed: true, raw: { id }, mirroredAt: '2026-01-01T00:00:00.000Z' });

describe('syncPostingDescriptions', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
  });
  afterEach(() => db.$client.close());

  it('fetches jobPosting.info once for postings without a description, and survives a failing one', async () => {
    db.insert(jobPostings).values([posting('P1'), posting('P2')]).run();
    const calls: string[] = [];
    const client: AshbyCaller = {
      async call(method, body) {
        calls.push(`${method}:${String(body.jobPostingId)}`);
        if (body.jobPostingId === 'P2') throw new Error('socket hang up');
        return { results: { id: 'P1', jobId: 'J1', title: 'Backend Engineer', descriptionPlain: 'Build APIs in Go and Kubernetes. 5+ years of experience.' } as never };
      },
    };
    expect(await syncPostingDescriptions(db, client)).toBe(1);
    expect(db.select().from(jobPostings).all().map((p) => [p.id, p.descriptionPlain])).toEqual([
      ['P1', 'Build APIs in Go and Kubernetes. 5+ years of experience.'],
      ['P2', null],
    ]);
    calls.length = 0;
    await syncPostingDescriptions(db, client);
    expect(calls).toEqual(['jobPosting.info:P2']); // only the one still missing
  });
});
