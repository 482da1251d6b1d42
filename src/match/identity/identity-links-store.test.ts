import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { duplicatesOf, identityGroupOf, persistIdentityLinks } from './identity-links-store.js';

describe('identity links store', () => {
  let db: Db | undefined;
  afterEach(() => db?.$client.close());

  const now = () => new Date('2026-01-02T03:04:05.000Z');

  it('stores each pair once in canonical order and reads it from both sides', () => {
    db = openDb(':memory:');
    const written = persistIdentityLinks(
      db,
      [
        { a: 'c2', b: 'c1', confidence: 0.97, reasons: ['same email address'] },
        { a: 'c1', b: 'c2', confidence: 0.97, reasons: ['same email address'] },
        { a: 'c2', b: 'c3', confidence: 0.7, reasons: ['same name', 'same current company'] },
      ],
      { now },
    );
    expect(written).toBe(2);
    const rows = db.$client.prepare('select candidate_id, other_candidate_id from identity_links order by 1, 2').all();
    expect(rows).toEqual([
      { candidate_id: 'c1', other_candidate_id: 'c2' },
      { candidate_id: 'c2', other_candidate_id: 'c3' },
    ]);
    expect(duplicatesOf(db, 'c2')).toEqual([
      { candidateId: 'c1', confidence: 0.97, reasons: ['same email address'] },
      { candidateId: 'c3', confidence: 0.7, reasons: ['same name', 'same current company'] },
    ]);
    expect(duplicatesOf(db, 'c1').map((d) => d.candidateId)).toEqual(['c2']);
    expect(identityGroupOf(db, 'c3')).toEqual(['c1', 'c2', 'c3']);
    expect(duplicatesOf(db, 'nobody')).toEqual([]);
  });

  it('replaces all links by default, or only those of changed records', () => {
    db = openDb(':memory:');
    persistIdentityLinks(db, [{ a: 'c1', b: 'c2', confidence: 0.9, reasons: ['x'] }, { a: 'c3', b: 'c4', confidence: 0.9, reasons: ['y'] }], { now });
    persistIdentityLinks(db, [{ a: 'c1', b: 'c5', confidence: 0.8, reasons: ['z'] }], { now, replaceAll: false, replaceFor: ['c1'] });
    expect(duplicatesOf(db, 'c1').map((d) => d.candidateId)).toEqual(['c5']);
    expect(duplicatesOf(db, 'c3').map((d) => d.candidateId)).toEqual(['c4']);
    persistIdentityLinks(db, [], { now });
    expect(duplicatesOf(db, 'c3')).toEqual([]);
  });
});
