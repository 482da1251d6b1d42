import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { seedFixtureAccount, upsertCandidates } from '../../../test/support/search-mirror.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { createRetrievalService, type RetrievalService } from '../service.js';
import { closestRelaxations } from './relaxations.js';
import type { SearchRequestInput } from './search-request.js';

let dir: string;
let db: Db;
let service: RetrievalService;
const runs: SearchRequestInput[] = [];
const countOf = async (req: SearchRequestInput) => {
  runs.push(req);
  return (await service.search(req)).total;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relax-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, [
    { id: 'c1', name: 'Ada Payroll', position: 'Payroll Specialist', applications: [{ id: 'a1', jobId: 'job_2', stage: 'Onsite', history: ['Application Review', 'Onsite'], status: 'Archived', archiveReasonId: 'rr_timing' }] },
    { id: 'c2', name: 'Bo Engineer', position: 'Backend Engineer', applications: [{ id: 'a2', jobId: 'job_1', stage: 'Offer', history: ['Application Review', 'Onsite', 'Offer'] }] },
    { id: 'c3', name: 'Cy Engineer', position: 'Backend Engineer', applications: [{ id: 'a3', jobId: 'job_1', stage: 'Phone Screen', history: ['Application Review', 'Phone Screen'] }] },
  ]);
  service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(32) });
});

afterAll(async () => {
  await service.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('closestRelaxations (real search over a seeded mirror)', () => {
  it('names each single drop that finds people, most first, in recruiter words', async () => {
    const request: SearchRequestInput = { filters: { job: ['Backend Engineer'], rejectionReason: ['Timing'] } };
    expect((await service.search(request)).total).toBe(0);
    runs.length = 0;
    expect(await closestRelaxations(request, countOf)).toEqual([
      { path: 'filters.job', words: 'applied to Backend Engineer', total: 1 },
      { path: 'filters.rejectionReason', words: 'rejected for Timing', total: 2 },
    ].sort((a, b) => b.total - a.total));
    // Counts only: one result and no facets per re-run, one re-run per part.
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.limit === 1 && r.facets === false)).toBe(true);
  });

  it('tries exact filters before exclusions and the Boolean query, within the run bound, never dropping the free text', async () => {
    runs.length = 0;
    const request: SearchRequestInput = {
      text: 'engineer', boolean: 'payroll', filters: { stageReached: ['Offer'], exclude: { job: ['Backend Engineer'] }, location: ['Nowhere'] },
    };
    await closestRelaxations(request, countOf, { maxRuns: 3 });
    const dropped = runs.map((r) => [r.filters?.stageReached ? '' : 'stageReached', r.filters?.location ? '' : 'location', r.filters?.exclude ? '' : 'exclude', r.boolean ? '' : 'boolean'].join(''));
    expect(dropped).toEqual(['stageReached', 'location', 'exclude']);
    expect(runs.every((r) => r.text === 'engineer')).toBe(true);
  });

  it('offers nothing when the only part would relax to everyone, or when no single drop helps', async () => {
    expect(await closestRelaxations({ filters: { location: ['Nowhere'] } }, countOf)).toEqual([]);
    expect(await closestRelaxations({ filters: { location: ['Nowhere'], tag: ['Alumni'] } }, countOf)).toEqual([]);
  });
});
