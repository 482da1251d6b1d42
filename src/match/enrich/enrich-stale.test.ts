import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { candidates, files } from '../../store/schema.js';
import { enrichStale, staleAmong } from './enrich-stale.js';

const T0 = '2024-01-01T00:00:00.000Z';
const NOW = new Date('2024-06-01T00:00:00.000Z');

function addCandidate(db: Db, id: string, updatedAt = T0) {
  db.insert(candidates).values({ id, name: `Name ${id}`, position: 'Staff Accountant', createdAt: T0, updatedAt, mirroredAt: T0, raw: { id } }).run();
}

describe('enrichStale', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
  });
  afterEach(() => db.$client.close());

  it('enriches only the ids whose profile is missing or older than the candidate or its files', () => {
    addCandidate(db, 'a');
    addCandidate(db, 'b');
    expect(staleAmong(db, ['a', 'b'])).toEqual(expect.arrayContaining(['a', 'b']));
    expect(enrichStale(db, ['a', 'b'], NOW).written).toBe(2);
    expect(staleAmong(db, ['a', 'b'])).toEqual([]);

    // A newer candidate row and a newly extracted resume both make a profile stale again.
    db.$client.prepare("UPDATE candidates SET updated_at = '2024-07-01T00:00:00.000Z' WHERE id = 'a'").run();
    db.insert(files).values({ id: 'f', candidateId: 'b', kind: 'resume', name: 'r.pdf', handle: 'h', status: 'ok', text: 'Chef', extractedAt: '2024-07-02T00:00:00.000Z', updatedAt: T0 }).run();
    expect(staleAmong(db, ['a', 'b']).sort()).toEqual(['a', 'b']);
  });

  it('drops the profile of a candidate that left the mirror', () => {
    addCandidate(db, 'gone');
    enrichStale(db, ['gone'], NOW);
    db.$client.prepare("DELETE FROM candidates WHERE id = 'gone'").run();
    expect(staleAmong(db, ['gone'])).toEqual(['gone']);
    expect(enrichStale(db, ['gone'], NOW)).toEqual({ written: 0, removed: 1 });
    expect(db.$client.prepare('SELECT COUNT(*) AS n FROM candidate_profiles').get()).toEqual({ n: 0 });
  });
});
