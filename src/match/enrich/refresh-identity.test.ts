import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { candidates, candidateTombstones, files } from '../../store/schema.js';
import { duplicatesOf } from '../identity/index.js';
import { refreshIdentityLinks } from './refresh-identity.js';

const T0 = '2024-01-01T00:00:00.000Z';

function addCandidate(db: Db, id: string, name: string, raw: Record<string, unknown>, fields: Partial<typeof candidates.$inferInsert> = {}) {
  db.insert(candidates).values({ id, name, createdAt: T0, updatedAt: T0, mirroredAt: T0, raw: { id, name, ...raw }, ...fields }).run();
}

describe('refreshIdentityLinks', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
  });
  afterEach(() => db.$client.close());

  it('links records sharing a LinkedIn profile or an email, and not namesakes', () => {
    addCandidate(db, 'c1', 'Maria Garcia', { socialLinks: [{ type: 'LinkedIn', url: 'https://www.linkedin.com/in/maria-garcia-42/' }] });
    addCandidate(db, 'c2', 'María García', { socialLinks: [{ type: 'LinkedIn', url: 'http://de.linkedin.com/in/Maria-Garcia-42?trk=x' }] });
    addCandidate(db, 'c3', 'Maria Garcia', { emailAddresses: [{ value: 'other.maria@example.org', type: 'Personal' }] }, { company: 'Contoso' });
    addCandidate(db, 'c4', 'M. Garcia', { emailAddresses: [{ value: 'Other.Maria@Example.org ', type: 'Work' }] });
    addCandidate(db, 'c5', 'Maria Garcia', { emailAddresses: [{ value: 'x@example.org' }] });
    db.insert(files).values({ id: 'f5', candidateId: 'c5', kind: 'resume', name: 'r.pdf', handle: 'h', status: 'ok', text: 'Maria Garcia\nChef', updatedAt: T0 }).run();
    const result = refreshIdentityLinks(db, { now: () => new Date(T0) });
    expect(result).toMatchObject({ candidates: 5, links: 2, groups: 2 });
    expect(duplicatesOf(db, 'c1').map((l) => l.candidateId)).toEqual(['c2']);
    expect(duplicatesOf(db, 'c3').map((l) => l.candidateId)).toEqual(['c4']);
    expect(duplicatesOf(db, 'c5')).toEqual([]);
    expect(duplicatesOf(db, 'c1')[0].reasons.join(' ')).toMatch(/linkedin/i);
  });

  it('drops links of records that were tombstoned on the next refresh', () => {
    addCandidate(db, 'c1', 'Ann Lee', { emailAddresses: [{ value: 'ann@example.org' }] });
    addCandidate(db, 'c2', 'Ann Lee', { emailAddresses: [{ value: 'ann@example.org' }] });
    expect(refreshIdentityLinks(db).links).toBe(1);
    db.insert(candidateTombstones).values({ candidateId: 'c2', reason: 'deleted', removedAt: T0 }).run();
    expect(refreshIdentityLinks(db).links).toBe(0);
    expect(duplicatesOf(db, 'c1')).toEqual([]);
  });
});
