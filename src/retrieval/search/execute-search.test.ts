import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { hasCode } from '../../shared/errors.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { seedFixtureAccount, upsertCandidates } from '../../../test/support/search-mirror.js';
import { SearchResponse } from '../query/search-request.js';
import { createRetrievalService, type RetrievalService } from '../service.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

let dir: string;
let db: Db;
let service: RetrievalService;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, [
    {
      id: 'c1', name: 'Ada Payroll', position: 'Payroll Specialist', resume: 'Managed payroll and benefits administration for 400 employees at a hospital.',
      profile: { skills: [{ value: 'Payroll', source: 'resume', confidence: 1 }], currentCompany: { value: 'Acme', source: 'ashby', confidence: 1 } },
      applications: [{ id: 'a1', jobId: 'job_2', stage: 'Onsite', history: ['Application Review', 'Phone Screen'], status: 'Archived', archiveReasonId: 'rr_timing', recruiterUserId: 'user_1' }],
    },
    { id: 'c2', name: 'Bo Engineer', position: 'Backend Engineer', resume: 'Built Kubernetes operators in Go; on-call for payments.', applications: [{ id: 'a2', jobId: 'job_1', stage: 'Offer' }] },
    { id: 'c3', name: 'Cy Nurse', position: 'Registered Nurse', resume: 'Intensive care nurse; patient advocacy; payroll committee volunteer.' },
    { id: 'c4', name: 'Di Twin', position: 'Payroll Clerk', resume: 'Payroll clerk handling benefits.' },
  ]);
  db.$client.prepare(`INSERT INTO identity_links (candidate_id, other_candidate_id, confidence, reasons, updated_at) VALUES ('c1', 'c4', 0.99, '["email"]', '2025-01-01')`).run();
  db.$client.prepare(`INSERT INTO meta (key, value) VALUES ('as_of', '2025-06-01T12:00:00.000Z')`).run();
  service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(32) });
});

afterAll(async () => {
  await service.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('search', () => {
  it('explains each result: matched terms, snippet, scores, filters, summary, as-of', async () => {
    const res = SearchResponse.parse(await service.search({ text: 'payroll benefits', filters: { stageReached: ['Phone Screen'] }, collapseDuplicates: false }));
    expect(res.asOf).toBe('2025-06-01T12:00:00.000Z');
    expect(res.results.map((r) => r.candidateId)).toEqual(['c1']);
    const why = res.results[0].why;
    expect(why.matchedTerms).toEqual(expect.arrayContaining(['payroll']));
    expect(why.snippet).toContain('**payroll**');
    expect(why.keywordScore).toBeGreaterThan(0);
    expect(why.semanticSimilarity).not.toBeNull();
    expect(why.filtersSatisfied).toEqual([{ filter: 'stageReached', values: ['Phone Screen'] }]);
    expect(why.summary).toContain('Payroll Specialist at Acme');
    expect(res.facets.rejectionReason).toEqual([{ value: 'Timing', count: 1 }]);
  });

  it('folds identity-linked records into the best-ranked one', async () => {
    const res = await service.search({ text: 'payroll', mode: 'keyword' });
    const ids = res.results.map((r) => r.candidateId);
    expect(ids.filter((id) => id === 'c1' || id === 'c4')).toHaveLength(1);
    const kept = res.results.find((r) => r.candidateId === 'c1' || r.candidateId === 'c4')!;
    expect(kept.duplicateIds).toEqual([kept.candidateId === 'c1' ? 'c4' : 'c1']);
  });

  it('pages with a cursor and rejects a cursor from another search', async () => {
    const first = await service.search({ text: 'payroll', mode: 'keyword', limit: 1, collapseDuplicates: false });
    expect(first.total).toBe(3);
    const second = await service.search({ text: 'payroll', mode: 'keyword', limit: 1, collapseDuplicates: false, cursor: first.nextCursor! });
    expect(second.results[0].candidateId).not.toBe(first.results[0].candidateId);
    const error = await service.search({ text: 'nurse', limit: 1, cursor: first.nextCursor! }).catch((e: unknown) => e);
    expect(hasCode(error, 'invalid_input')).toBe(true);
  });

  it('a malformed Boolean query is a query_syntax error with a position', async () => {
    const error = await service.search({ boolean: 'payroll AND (benefits' }).catch((e: unknown) => e);
    expect(hasCode(error, 'query_syntax')).toBe(true);
    expect((error as { details: { position: number } }).details.position).toBeGreaterThanOrEqual(0);
  });

  it('Boolean field prefixes and exclusions', async () => {
    const titled = await service.search({ boolean: 'title:payroll', collapseDuplicates: false });
    expect(titled.results.map((r) => r.candidateId).sort()).toEqual(['c1', 'c4']);
    const excluded = await service.search({ boolean: '-payroll', collapseDuplicates: false });
    expect(excluded.results.map((r) => r.candidateId)).toEqual(['c2']);
  });

  it('insights count and share over the full result set', async () => {
    const insights = await service.insights({ text: 'payroll', mode: 'keyword' });
    expect(insights.total).toBe(2);
    const title = insights.dimensions.find((d) => d.dimension === 'currentTitle')!;
    expect(title.buckets.reduce((s, b) => s + b.count, 0)).toBe(2);
    expect(title.buckets[0].share).toBe(0.5);
    expect(service.filterValues('stage').map((v) => v.value)).toContain('Onsite');
    expect(service.vocabulary().recruiters.map((r) => r.value)).toContain('Riley Stone');
  });
});
