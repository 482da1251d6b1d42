import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RetrievalService } from '../retrieval/service.js';
import { openRetrievalService } from './open-retrieval.js';
import { loadConfig, type AppConfig } from '../shared/config.js';
import { PUBLIC_VISIBILITY } from '../store/read-model/index.js';
import { openDb, type Db } from '../store/db.js';
import { syncedDataDir, type SyncedDataDir } from '../../test/support/synced-data-dir.js';
import { toExportInsights, toExportSelection } from './export-insights.js';
import { defaultSearchWorkers, LARGE_ACCOUNT_CANDIDATES, startSearchPool, type SearchPool } from './search-pool.js';

/*
 * serve's search workers (search-pool.ts) answer exactly what the same search answers on the main
 * thread, over a real synced mirror and index; a coded error raised in a worker reaches the caller
 * with its code, so the MCP and Slack error mapping still applies.
 */

describe('search worker pool', () => {
  let account: SyncedDataDir;
  let config: AppConfig;
  let db: Db;
  let local: RetrievalService;
  let pool: SearchPool;

  beforeAll(async () => {
    account = await syncedDataDir({ seed: 8, candidates: 40 });
    config = loadConfig({ REDISCOVERY_DATA_DIR: account.dataDir, REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE });
    db = openDb(config.mirrorPath, { reader: true });
    local = await openRetrievalService(db, config, { reader: true });
    pool = startSearchPool(config, 2);
  }, 300_000);

  afterAll(async () => {
    await pool?.close();
    await local?.close();
    db?.$client.close();
    await account?.cleanup();
  });

  test('a search and insights on a worker equal the same on this thread', async () => {
    for (const request of [{ text: 'backend engineer kubernetes', limit: 5 }, { boolean: 'python OR java', filters: { applicationStatus: ['Archived' as const] }, limit: 5 }]) {
      const [mine, theirs] = await Promise.all([local.search(request, PUBLIC_VISIBILITY), pool.search(request, PUBLIC_VISIBILITY)]);
      expect(theirs.total).toBeGreaterThan(0);
      expect(theirs).toEqual(mine);
    }
    const insights = await pool.insights({ text: 'engineer' }, PUBLIC_VISIBILITY, ['stage']);
    expect(insights).toEqual(toExportInsights(await local.insights({ text: 'engineer' }, PUBLIC_VISIBILITY), ['stage']));
    // An export's members and their insights: one job on one worker, equal to this thread's.
    for (const allReached of [false, true]) {
      const opts = { allReached, maxMembers: 1000 };
      const selection = await pool.membersWithInsights({ text: 'engineer' }, PUBLIC_VISIBILITY, opts);
      expect(selection.insights!.total).toBe(selection.ids.length);
      expect(selection).toEqual(toExportSelection(await local.membersWithInsights({ text: 'engineer' }, PUBLIC_VISIBILITY, opts)));
    }
  }, 120_000);

  test('every other catalog read answers on a worker what it answers here (serve opens no catalog on its main thread)', async () => {
    const request = { text: 'engineer', filters: { applicationStatus: ['Archived' as const] } };
    expect(await pool.insightsDetail(request, PUBLIC_VISIBILITY)).toEqual(await local.insights(request, PUBLIC_VISIBILITY));
    const stages = await pool.filterValues('stage', PUBLIC_VISIBILITY);
    expect(stages.length).toBeGreaterThan(0);
    expect(stages).toEqual(local.filterValues('stage', PUBLIC_VISIBILITY));
    expect(await pool.vocabulary(PUBLIC_VISIBILITY)).toEqual(local.vocabulary(PUBLIC_VISIBILITY));
    const status = await pool.syncStatus();
    expect(status.candidates).toBe(local.syncStatus().candidates);
    expect(status.indexCheckpoint).toBe(local.syncStatus().indexCheckpoint);
  }, 120_000);

  test('default worker count: cores − 1 (1 to 4), one above the large-account size', () => {
    expect(defaultSearchWorkers(0, 8)).toBe(4);
    expect(defaultSearchWorkers(0, 2)).toBe(1);
    expect(defaultSearchWorkers(LARGE_ACCOUNT_CANDIDATES, 8)).toBe(4);
    expect(defaultSearchWorkers(LARGE_ACCOUNT_CANDIDATES + 1, 8)).toBe(1);
    expect(defaultSearchWorkers(1_000_000, 1)).toBe(1);
  });

  test("a worker's coded error keeps its code", async () => {
    const error = await pool.search({ filters: { stage: ['No Such Stage Anywhere'] } }, PUBLIC_VISIBILITY).catch((e: unknown) => e);
    const local_ = await local.search({ filters: { stage: ['No Such Stage Anywhere'] } }, PUBLIC_VISIBILITY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBeDefined();
    expect((error as { code?: string }).code).toBe((local_ as { code?: string }).code);
    expect((error as Error).message).toBe((local_ as Error).message);
  }, 120_000);
});
