import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { upsertCandidates } from '../../test/support/search-mirror.js';
import { payrollMirror } from '../../test/support/payroll-mirror.js';
import { createHashEmbedder } from '../embedding/hash-embedder.js';
import { refreshStaleProfiles } from '../match/enrich/enrich-stale.js';
import { drainOutbox } from './index/indexer.js';
import { reindex } from './index/reindex.js';
import { LiveIndex } from './live-index.js';

/*
 * The service's search state changes only through LiveIndex, and every change leaves the catalog,
 * the vectors and the loaded checkpoint in step: after open, after a refresh, after another writer
 * moved the index (catch-up) and after a rebuilt folder replaced it (swap).
 */

const embedder = createHashEmbedder(16);

describe('LiveIndex', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const fn of cleanup.splice(0).reverse()) fn();
  });

  async function setup(): Promise<{ db: Db; dir: string; live: LiveIndex }> {
    const mirror = payrollMirror('live-index-');
    const { db, indexDir: dir } = mirror;
    cleanup.push(() => mirror.remove());
    await reindex({ db, indexDir: dir, embedder, beforeIndexing: refreshStaleProfiles(db) });
    const live = await LiveIndex.open(db, { dir, embedder, now: () => new Date(), readonly: false, warmPostings: true, precision: 'float32' });
    cleanup.push(() => live.close());
    return { db, dir, live };
  }

  const inStep = (live: LiveIndex) => {
    expect([...live.catalogs.full.candidates.keys()].sort()).toEqual([...live.vectors.keys()].sort());
    expect(live.loadedCheckpoint).toBe(live.index.checkpoint());
  };

  it('opens with catalog, vectors and checkpoint of the index', async () => {
    const { live } = await setup();
    expect([...live.vectors.keys()].sort()).toEqual(['c1', 'c2']);
    inStep(live);
  });

  it('catches up with a writer that moved the index, reloading only what it touched', async () => {
    const { db, live } = await setup();
    const before = live.loadedCheckpoint;
    upsertCandidates(db, [{ id: 'c3', name: 'Cy', position: 'Payroll Clerk', resume: 'payroll clerk' }]);
    // Another writer: the index moves, this state does not (no onIndexed).
    await drainOutbox({ db, index: live.index, embedder, beforeIndexing: refreshStaleProfiles(db) });
    expect(live.vectors.has('c3')).toBe(false);
    expect(live.loadedCheckpoint).toBe(before);
    expect(await live.catchUpWithIndex()).toBe(live.index.checkpoint());
    expect(live.vectors.has('c3')).toBe(true);
    inStep(live);
  });

  it('swaps to a rebuilt folder with its vectors and checkpoint, and ignores an unchanged one', async () => {
    const { db, dir, live } = await setup();
    const first = live.index;
    await live.reopenIfRebuilt();
    expect(live.index).toBe(first);
    upsertCandidates(db, [{ id: 'c4', name: 'Di', position: 'Chef', resume: 'pastry chef' }]);
    await reindex({ db, indexDir: dir, embedder, beforeIndexing: refreshStaleProfiles(db) });
    const before = live.generation;
    await live.reopenIfRebuilt();
    expect(live.index).not.toBe(first);
    expect(live.vectors.has('c4')).toBe(true);
    inStep(live);
    // One generation object replaced whole: a search holding the old one keeps the old index with its own vectors.
    expect(live.generation).not.toBe(before);
    expect(before.index).toBe(first);
    expect(before.vectors).not.toBe(live.generation.vectors);
    expect(before.vectors.has('c4')).toBe(false);
  });

  it('a refresh installs a new generation with the catalog, vectors and links in step', async () => {
    const { db, live } = await setup();
    const before = live.generation;
    upsertCandidates(db, [{ id: 'c5', name: 'Ed', position: 'Payroll Manager', resume: 'payroll manager' }]);
    await drainOutbox({ db, index: live.index, embedder, beforeIndexing: refreshStaleProfiles(db), onIndexed: (ids) => live.refresh(ids) });
    live.markLoaded(live.index.checkpoint());
    expect(live.generation).not.toBe(before);
    expect(live.generation.index).toBe(before.index);
    expect(live.vectors.has('c5')).toBe(true);
    inStep(live);
  });
});
