import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncedDataDir, type SyncedDataDir } from '../../test/support/synced-data-dir.js';
import { loadConfig, type AppConfig } from '../shared/config.js';
import { openContext, type AppContext } from './context.js';
import { openProduct, type Product } from './product.js';
import type { SearchEngine } from './search-engine.js';
import { startSearchPool, type SearchPool } from './search-pool.js';

/*
 * openProduct chooses its search engine once (product.ts): serve's search pool when given one, else
 * the retrieval service on this thread. Both paths answer every catalog read the product API makes
 * the same, and with a pool every one of those reads goes to the pool.
 */

type Op = keyof SearchEngine;

/** The pool, recording which engine operations the product asked of it. */
function recording(pool: SearchPool, calls: Op[]): SearchPool {
  const wrap =
    <K extends Op>(op: K) =>
    (...args: Parameters<SearchEngine[K]>) => {
      calls.push(op);
      return (pool[op] as (...a: Parameters<SearchEngine[K]>) => ReturnType<SearchEngine[K]>)(...args);
    };
  return {
    size: pool.size,
    search: wrap('search'),
    insights: wrap('insights'),
    membersWithInsights: wrap('membersWithInsights'),
    insightsDetail: wrap('insightsDetail'),
    filterValues: wrap('filterValues'),
    vocabulary: wrap('vocabulary'),
    syncStatus: wrap('syncStatus'),
    close: () => pool.close(),
  };
}

describe("the product's search engine: the local retrieval service or serve's pool, chosen once", () => {
  let account: SyncedDataDir;
  let config: AppConfig;
  let localCtx: AppContext;
  let pooledCtx: AppContext;
  let local: Product;
  let pooled: Product;
  let pool: SearchPool;
  const calls: Op[] = [];

  beforeAll(async () => {
    account = await syncedDataDir({ seed: 8, candidates: 40 });
    config = loadConfig({ REDISCOVERY_DATA_DIR: account.dataDir, REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE });
    localCtx = openContext(config, null);
    pooledCtx = openContext(config, null);
    local = await openProduct(localCtx);
    pool = startSearchPool(config, 1);
    pooled = await openProduct(pooledCtx, { searchPool: recording(pool, calls) });
  }, 300_000);

  afterAll(async () => {
    await pooled?.close();
    await local?.close();
    await pool?.close();
    pooledCtx?.close();
    localCtx?.close();
    await account?.cleanup();
  });

  test('both paths give the same answers to every catalog read through the product API', async () => {
    const [mine, theirs] = [local.api('cli'), pooled.api('cli')];
    const request = { text: 'backend engineer', filters: { applicationStatus: ['Archived' as const] }, limit: 5 };
    const search = await theirs.search(request);
    expect(search.total).toBeGreaterThan(0);
    expect(search).toEqual(await mine.search(request));
    expect(await theirs.insights({ text: 'engineer' }, { dimensions: ['stage'] })).toEqual(await mine.insights({ text: 'engineer' }, { dimensions: ['stage'] }));
    expect(await theirs.insightsDetail(request)).toEqual(await mine.insightsDetail(request));
    const stages = await theirs.filterValues('stage');
    expect(stages.length).toBeGreaterThan(0);
    expect(stages).toEqual(await mine.filterValues('stage'));
    const now = new Date('2026-11-27T12:00:00Z');
    expect(await theirs.parseRequest('engineers who reached onsite, not hired', now)).toEqual(await mine.parseRequest('engineers who reached onsite, not hired', now));
    const [statusMine, statusTheirs] = [await mine.status(), await theirs.status()];
    expect(statusTheirs.outboxBacklog).toBe(statusMine.outboxBacklog);
    const [exportMine, exportTheirs] = [await mine.exportXlsx({ text: 'engineer' }), await theirs.exportXlsx({ text: 'engineer' })];
    expect(exportTheirs.rowCount).toBeGreaterThan(0);
    expect([exportTheirs.rowCount, exportTheirs.total]).toEqual([exportMine.rowCount, exportMine.total]);
  }, 180_000);

  test('with a pool, every one of those reads went to the pool', () => {
    expect(new Set(calls)).toEqual(new Set<Op>(['search', 'insights', 'insightsDetail', 'filterValues', 'vocabulary', 'syncStatus', 'membersWithInsights']));
  });
});
