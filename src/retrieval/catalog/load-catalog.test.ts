import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticMirror } from '../../bench/search.js';
import { openDb, type Db } from '../../store/db.js';
import { readCandidatePages, readCandidates } from '../../store/read-model/index.js';
import { loadCatalogViews, toCatalogCandidate } from './load-catalog.js';

/*
 * The catalog is loaded page by page with a string pool (memory at 1M candidates): it must be the
 * catalog the single whole-account read gave, value for value and in the same order.
 */
describe('catalog loaded in pages with interned strings', () => {
  let dir: string;
  let db: Db;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-pages-'));
    db = openDb(path.join(dir, 'mirror.db'));
    seedSyntheticMirror(db, 12_000); // more than two pages of 5,000
  });

  afterAll(() => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('pages read the same records in the same order as one read of all', () => {
    const paged = [...readCandidatePages(db, {}, 977)].flat();
    expect(paged).toEqual(readCandidates(db, 'all'));
  });

  it('equals the catalog built from one read of all, in the same order', () => {
    const views = loadCatalogViews(db);
    const expected = readCandidates(db, 'all').map((r) => toCatalogCandidate(r));
    expect([...views.full.candidates.keys()]).toEqual(expected.map((c) => c.id));
    expect([...views.full.candidates.values()]).toEqual(expected);
    expect([...views.visible.candidates.values()]).toEqual(expected);
  });
});
