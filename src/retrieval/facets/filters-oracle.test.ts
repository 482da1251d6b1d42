import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { hasCode } from '../../shared/errors.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { DEFAULT_ACCOUNT, seedFixtureAccount, upsertCandidates, type FixtureCandidate } from '../../../test/support/search-mirror.js';
import { createRetrievalService, type RetrievalService } from '../service.js';
import type { SearchRequestInput } from '../query/search-request.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

/*
 * Exact filters and facets, checked against an independent oracle: plain SQL over the mirror
 * tables, on a randomly generated (seeded) account.
 */

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGES = ['Application Review', 'Phone Screen', 'Onsite', 'Offer', 'Hired'];
const WORDS = ['payroll', 'kubernetes', 'python', 'benefits', 'nursing', 'sales', 'accounting', 'react', 'logistics', 'teaching'];

function randomCandidates(n: number, seed: number): FixtureCandidate[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const apps = Array.from({ length: Math.floor(r() * 3) }, (_, k) => {
      const reached = Math.floor(r() * STAGES.length);
      const status = pick(['Active', 'Archived', 'Hired', 'Lead'] as const);
      return {
        id: `app_${i}_${k}`,
        jobId: pick(DEFAULT_ACCOUNT.jobs).id,
        status,
        stage: STAGES[reached],
        history: STAGES.slice(0, reached),
        sourceId: r() < 0.8 ? pick(DEFAULT_ACCOUNT.sources).id : null,
        archiveReasonId: status === 'Archived' ? pick(DEFAULT_ACCOUNT.reasons).id : null,
        recruiterUserId: r() < 0.7 ? pick(DEFAULT_ACCOUNT.users).id : null,
        createdAt: `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T00:00:00.000Z`,
        updatedAt: `2025-0${1 + Math.floor(r() * 9)}-0${1 + Math.floor(r() * 8)}T00:00:00.000Z`,
      };
    });
    return {
      id: `cand_${String(i).padStart(3, '0')}`,
      name: `Person ${i}`,
      position: pick(['Accountant', 'Software Engineer', 'Nurse', 'Teacher']),
      location: pick(['Berlin, Germany', 'Austin, TX, USA', 'London, UK']),
      sourceId: r() < 0.5 ? pick(DEFAULT_ACCOUNT.sources).id : null,
      tagIds: r() < 0.3 ? [pick(DEFAULT_ACCOUNT.tags).id] : [],
      resume: Array.from({ length: 12 }, () => pick(WORDS)).join(' '),
      updatedAt: `2024-0${1 + Math.floor(r() * 9)}-15T00:00:00.000Z`,
      applications: apps,
    };
  });
}

let dir: string;
let db: Db;
let service: RetrievalService;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrieval-oracle-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, randomCandidates(120, 7));
  service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(16), now: () => new Date('2025-10-01T00:00:00Z') });
});

afterAll(async () => {
  await service.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sqlIds = (sql: string, ...params: unknown[]) =>
  new Set((db.$client.prepare(sql).all(...params) as { id: string }[]).map((r) => r.id));

async function searchAll(req: SearchRequestInput): Promise<Set<string>> {
  const res = await service.search({ limit: 500, ...req });
  expect(res.total).toBe(res.results.length);
  return new Set(res.results.map((r) => r.candidateId));
}

const REACHED = (title: string) =>
  `(a.current_stage_title = '${title}' OR EXISTS (SELECT 1 FROM application_history h WHERE h.application_id = a.id AND h.title = '${title}'))`;

describe('exact filters match an SQL oracle', () => {
  it('stage reached + job hold on the same application', async () => {
    const expected = sqlIds(`SELECT DISTINCT a.candidate_id AS id FROM applications a WHERE a.job_id = 'job_1' AND ${REACHED('Onsite')}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(await searchAll({ filters: { stageReached: ['onsite'], job: ['Backend Engineer'] } })).toEqual(expected);
  });

  it('several values of one filter are OR, different filters AND', async () => {
    const expected = sqlIds(
      `SELECT c.id FROM candidates c WHERE EXISTS (SELECT 1 FROM candidate_tags t WHERE t.candidate_id = c.id AND t.tag_id IN ('tag_alum','tag_silver'))
         AND (c.source_id IN ('src_ref','src_li') OR EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.source_id IN ('src_ref','src_li')))`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(await searchAll({ filters: { tag: ['Alumni', 'silver medalist'], source: ['Referral', 'src_li'] } })).toEqual(expected);
  });

  it('current stage, recruiter, status, rejection reason and date ranges', async () => {
    const expected = sqlIds(
      `SELECT DISTINCT a.candidate_id AS id FROM applications a
        WHERE a.status = 'Archived' AND a.archive_reason_id = 'rr_timing' AND a.recruiter_user_id = 'user_1' AND a.created_at >= '2024-03-01'`,
    );
    const got = await searchAll({
      filters: { applicationStatus: ['Archived'], rejectionReason: ['timing'], recruiter: ['Riley Stone'], applied: { after: '2024-03-01' } },
    });
    expect(got).toEqual(expected);
    const stage = sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE current_stage_title = 'Offer'`);
    expect(await searchAll({ filters: { stage: ['Offer'] } })).toEqual(stage);
    const updated = sqlIds(
      `SELECT c.id FROM candidates c WHERE max(c.updated_at, coalesce((SELECT max(updated_at) FROM applications a WHERE a.candidate_id = c.id), '')) >= '2025-05-01'`,
    );
    expect(await searchAll({ filters: { updated: { after: '2025-05-01' } } })).toEqual(updated);
  });

  it('exclusions and location components', async () => {
    const expected = sqlIds(
      `SELECT c.id FROM candidates c WHERE c.location_summary LIKE '%Germany%'
         AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND (a.archive_reason_id = 'rr_skills' OR a.job_id = 'job_3'))`,
    );
    expect(await searchAll({ filters: { location: ['germany'], exclude: { rejectionReason: ['Lacks skills'], job: ['Data Scientist'] } } })).toEqual(expected);
  });

  it('every exclude key drops exactly the candidates its positive filter would keep', async () => {
    const all = sqlIds('SELECT id FROM candidates');
    const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
    const cases: [SearchRequestInput['filters'], Set<string>][] = [
      [{ stage: ['Offer'] }, sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE current_stage_title = 'Offer'`)],
      [{ stageReached: ['Onsite'] }, sqlIds(`SELECT DISTINCT a.candidate_id AS id FROM applications a WHERE ${REACHED('Onsite')}`)],
      [{ job: ['Data Scientist'] }, sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE job_id = 'job_3'`)],
      [{ recruiter: ['Riley Stone'] }, sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE recruiter_user_id = 'user_1'`)],
      [
        { source: ['Referral'] },
        sqlIds(`SELECT c.id FROM candidates c WHERE c.source_id = 'src_ref' OR EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.source_id = 'src_ref')`),
      ],
      [{ rejectionReason: ['timing'] }, sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE archive_reason_id = 'rr_timing'`)],
      [{ applicationStatus: ['Hired'] }, sqlIds(`SELECT DISTINCT candidate_id AS id FROM applications WHERE status = 'Hired'`)],
      [{ tag: ['Alumni'] }, sqlIds(`SELECT candidate_id AS id FROM candidate_tags WHERE tag_id = 'tag_alum'`)],
      [{ location: ['Berlin'] }, sqlIds(`SELECT id FROM candidates WHERE location_summary LIKE '%Berlin%'`)],
    ];
    for (const [exclude, matching] of cases) {
      expect(matching.size, JSON.stringify(exclude)).toBeGreaterThan(0);
      expect(await searchAll({ filters: { exclude } }), JSON.stringify(exclude)).toEqual(minus(all, matching));
      // Positive and negative of the same value partition the account.
      expect(await searchAll({ filters: exclude }), JSON.stringify(exclude)).toEqual(matching);
    }
    // Several excluded keys: dropped when ANY matches; combined with a positive filter of another key.
    const either = new Set([...cases[0][1], ...cases[8][1]]);
    expect(await searchAll({ filters: { exclude: { stage: ['Offer'], location: ['Berlin'] } } })).toEqual(minus(all, either));
    const referrals = cases[4][1];
    expect(await searchAll({ filters: { source: ['Referral'], exclude: { rejectionReason: ['timing'] } } })).toEqual(minus(referrals, cases[5][1]));
  });

  it('an unknown excluded account value is an error naming exclude.<key>; an unknown company matches nobody', async () => {
    const error = await service.search({ filters: { exclude: { source: ['Carrier pigeon'] } } }).catch((e: unknown) => e);
    expect(hasCode(error, 'filter_unknown_value')).toBe(true);
    expect((error as Error).message).toContain('exclude.source');
    expect(await searchAll({ filters: { pastCompany: ['Google'] } })).toEqual(new Set());
    expect(await searchAll({ filters: { exclude: { pastCompany: ['Google'] } } })).toEqual(sqlIds('SELECT id FROM candidates'));
  });

  it('filters combine with a Boolean query: required terms are never missing', async () => {
    const expected = sqlIds(
      `SELECT DISTINCT c.id FROM candidates c JOIN files f ON f.candidate_id = c.id
        WHERE ' ' || f.text || ' ' LIKE '% payroll %' AND ' ' || f.text || ' ' NOT LIKE '% python %'
          AND EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.job_id = 'job_2')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    for (const mode of ['hybrid', 'keyword', 'vector'] as const) {
      const got = await searchAll({ boolean: 'payroll -python', text: mode === 'vector' ? 'benefits' : undefined, mode, filters: { job: ['Payroll Manager'] } });
      expect(got).toEqual(expected);
    }
  });

  it('facet counts equal brute-force counts over the result set', async () => {
    const res = await service.search({ filters: { source: ['Referral'] }, limit: 5 });
    const ids = [...(await searchAll({ filters: { source: ['Referral'] } }))];
    const json = JSON.stringify(ids);
    const count = (sql: string) =>
      Object.fromEntries((db.$client.prepare(sql).all(json) as { v: string; n: number }[]).map((r) => [r.v, r.n]));
    const stage = count(`SELECT current_stage_title AS v, count(DISTINCT candidate_id) AS n FROM applications WHERE candidate_id IN (SELECT value FROM json_each(?)) GROUP BY 1`);
    expect(Object.fromEntries(res.facets.stage.map((f) => [f.value, f.count]))).toEqual(stage);
    const job = count(
      `SELECT j.title AS v, count(DISTINCT a.candidate_id) AS n FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id IN (SELECT value FROM json_each(?)) GROUP BY 1`,
    );
    expect(Object.fromEntries(res.facets.job.map((f) => [f.value, f.count]))).toEqual(job);
    // No fixture candidate has a company (skills do exist: the indexer enriches profiles from resumes).
    expect(res.facets.currentCompany).toBeUndefined();
  });

  it('an unknown filter value is an error naming the filter and the closest valid values', async () => {
    const error = await service.search({ filters: { stageReached: ['Onsight'] } }).catch((e: unknown) => e);
    expect(hasCode(error, 'filter_unknown_value')).toBe(true);
    expect((error as Error).message).toContain('stageReached');
    expect((error as { details: { suggestions: string[] } }).details.suggestions[0]).toBe('Onsite');
    expect((error as { details: { suggestions: string[] } }).details.suggestions.length).toBe(5);
  });
});
