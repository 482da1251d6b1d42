import { describe, expect, it } from 'vitest';
import { openDb } from '../../store/db.js';
import { deleteCandidate, seedFixtureAccount, upsertCandidates, type FixtureCandidate } from '../../../test/support/search-mirror.js';
import { loadCatalogViews, refreshCatalogViews } from '../catalog/load-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { valueVocabulary } from './value-vocabulary.js';

/*
 * The vocabulary follows catalog refreshes by difference (the catalog's change journal): after any
 * sequence of upserts and deletes it must equal a vocabulary built from scratch over the same catalog.
 */

const comparable = (catalog: Catalog) =>
  Object.fromEntries(
    Object.entries(valueVocabulary(catalog)).map(([dim, m]) => [
      dim,
      [...m].map(([key, e]) => [key, e.count, [...e.ids].sort()] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    ]),
  );

/** A fresh catalog with the same candidates, so its vocabulary is a full build. */
const rebuilt = (catalog: Catalog): Catalog => ({ candidates: new Map(catalog.candidates), account: catalog.account, version: 0 });

function person(i: number, round: number): FixtureCandidate {
  const pick = <T>(xs: T[]) => xs[(i + round) % xs.length]!;
  return {
    id: `c${i}`,
    name: `Person ${i}`,
    position: pick(['Backend Engineer', 'Registered Nurse', 'Payroll Specialist', 'backend engineer']),
    company: pick(['Acme', 'Globex', null]),
    location: pick(['Berlin, Germany', 'Austin, TX', null]),
    sourceId: pick(['src_ref', 'src_li', null]),
    applications: (i + round) % 3 === 0 ? [] : [{ id: `a${i}`, jobId: pick(['job_1', 'job_2']), stage: pick(['Screen', 'Onsite', 'Offer']), history: ['Application Review'], status: pick(['Active', 'Archived']) }],
  };
}

describe('valueVocabulary under catalog refreshes', () => {
  it('equals a full build after every refresh, including deletes and a catalog too far behind the journal', () => {
    const db = openDb(':memory:');
    seedFixtureAccount(db);
    upsertCandidates(db, Array.from({ length: 30 }, (_, i) => person(i, 0)));
    const views = loadCatalogViews(db);
    valueVocabulary(views.full);
    for (let round = 1; round <= 12; round++) {
      const ids = Array.from({ length: 30 }, (_, i) => i).filter((i) => i % (round % 4 + 2) === 0);
      upsertCandidates(db, ids.map((i) => person(i, round)));
      if (round % 5 === 0) deleteCandidate(db, `c${round}`);
      refreshCatalogViews(db, views, [...ids.map((i) => `c${i}`), `c${round}`]);
      // Read every other round: the vocabulary then catches up over two refreshes at once.
      if (round % 2 === 0) expect(comparable(views.full)).toEqual(comparable(rebuilt(views.full)));
    }
    expect(views.full.changes!.length).toBeLessThanOrEqual(32);
    // Farther behind than the journal reaches: rebuilt, still equal.
    for (let k = 0; k < 40; k++) refreshCatalogViews(db, views, ['c1']);
    expect(comparable(views.full)).toEqual(comparable(rebuilt(views.full)));
    expect(comparable(views.visible)).toEqual(comparable(rebuilt(views.visible)));
    db.$client.close();
  });
});
