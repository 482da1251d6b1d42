import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { candidateProfiles, candidates, candidateTombstones, files } from '../../store/schema.js';
import { EXTRACTOR_VERSION, enrichAll, enrichCandidates, staleProfileIds } from './enrich-candidates.js';

const T0 = '2024-01-01T00:00:00.000Z';
const NOW = new Date('2024-06-01T00:00:00.000Z');

const RESUME = `Jordan Example
Senior Software Engineer

Experience
Senior Software Engineer Jan 2018 to Current
Acme Corp - Berlin
Built services in Go and Kubernetes.

Education
Bachelor of Science : Computer Science 2012
Technical University

Skills
Go, Kubernetes, PostgreSQL`;

function addCandidate(db: Db, id: string, fields: Partial<typeof candidates.$inferInsert> = {}, raw: Record<string, unknown> = {}) {
  db.insert(candidates)
    .values({ id, name: `Name ${id}`, createdAt: T0, updatedAt: T0, mirroredAt: T0, raw: { id, ...raw }, ...fields })
    .run();
}

function addFile(db: Db, id: string, candidateId: string, kind: 'resume' | 'attachment', text: string, extractedAt = T0, status = 'ok') {
  db.insert(files).values({ id, candidateId, kind, name: `${id}.pdf`, handle: id, status, text, extractedAt, updatedAt: extractedAt }).run();
}

const profileOf = (db: Db, id: string) => db.$client.prepare('SELECT * FROM candidate_profiles WHERE candidate_id = ?').get(id) as Record<string, unknown> | undefined;

describe('enrichCandidates', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
  });
  afterEach(() => db.$client.close());

  it('writes a profile from Ashby fields and the resume text', () => {
    addCandidate(db, 'c1', { locationSummary: 'Berlin, Germany' }, { location: { locationSummary: 'Berlin, Germany' }, socialLinks: [{ type: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-example/' }] });
    addFile(db, 'f1', 'c1', 'resume', RESUME, '2024-02-01T00:00:00.000Z');
    expect(enrichCandidates(db, ['c1'], NOW)).toEqual({ written: 1, removed: 0 });
    const row = profileOf(db, 'c1')!;
    expect(row).toMatchObject({
      current_title: 'Senior Software Engineer',
      location: 'Berlin, Germany',
      highest_degree: 'bachelor',
      extractor_version: EXTRACTOR_VERSION,
      source_updated_at: '2024-02-01T00:00:00.000Z',
      updated_at: NOW.toISOString(),
    });
    expect(row.occupation_code).toBe('15-1252.00');
    expect(row.years_experience).toBeGreaterThanOrEqual(6);
    const profile = JSON.parse(row.profile as string);
    expect(profile.skills.map((s: { value: string }) => s.value)).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL']));
    expect(profile.social[0].type).toBe('linkedin');
  });

  it('prefers Ashby fields, falls back to an attachment without a resume, and is idempotent', () => {
    addCandidate(db, 'c2', { position: 'Staff Engineer', company: 'Initech' });
    addFile(db, 'f2', 'c2', 'attachment', RESUME);
    addFile(db, 'f3', 'c2', 'resume', 'garbled', T0, 'failed');
    enrichCandidates(db, ['c2'], NOW);
    const first = profileOf(db, 'c2')!;
    expect(first).toMatchObject({ current_title: 'Staff Engineer', current_company: 'Initech', highest_degree: 'bachelor' });
    enrichCandidates(db, ['c2', 'c2'], NOW);
    expect(profileOf(db, 'c2')).toEqual(first);
    expect(db.select().from(candidateProfiles).all()).toHaveLength(1);
  });

  it('updates a profile when the candidate changes and removes it when the candidate is gone', () => {
    addCandidate(db, 'c3', { position: 'Accountant' });
    addCandidate(db, 'c4', { position: 'Nurse' });
    enrichCandidates(db, ['c3', 'c4'], NOW);
    db.$client.prepare("UPDATE candidates SET position = 'Senior Accountant', updated_at = '2024-03-01T00:00:00.000Z' WHERE id = 'c3'").run();
    db.$client.prepare("DELETE FROM candidates WHERE id = 'c4'").run();
    expect(enrichCandidates(db, ['c3', 'c4', 'never-existed'], NOW)).toEqual({ written: 1, removed: 2 });
    expect(profileOf(db, 'c3')).toMatchObject({ current_title: 'Senior Accountant', source_updated_at: '2024-03-01T00:00:00.000Z' });
    expect(profileOf(db, 'c4')).toBeUndefined();
  });

  it('treats a tombstoned candidate as gone', () => {
    addCandidate(db, 'c5', { position: 'Chef' });
    enrichCandidates(db, ['c5'], NOW);
    db.insert(candidateTombstones).values({ candidateId: 'c5', reason: 'merged', mergedIntoId: 'c1', removedAt: T0 }).run();
    expect(enrichCandidates(db, ['c5'], NOW)).toEqual({ written: 0, removed: 1 });
  });
});

describe('staleProfileIds and enrichAll', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
  });
  afterEach(() => db.$client.close());

  it('finds missing, outdated, older-version and orphaned profiles, and enrichAll clears them', () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) addCandidate(db, id, { position: 'Analyst' });
    expect(staleProfileIds(db)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const progress: number[] = [];
    expect(enrichAll(db, NOW, (p) => progress.push(p.done))).toMatchObject({ written: 5, removed: 0 });
    expect(progress).toEqual([5]);
    expect(staleProfileIds(db)).toEqual([]);

    db.$client.prepare("UPDATE candidates SET updated_at = '2024-05-01T00:00:00.000Z' WHERE id = 'a'").run();
    addFile(db, 'fb', 'b', 'resume', RESUME, '2024-05-02T00:00:00.000Z');
    db.$client.prepare('UPDATE candidate_profiles SET extractor_version = ? WHERE candidate_id = ?').run(EXTRACTOR_VERSION - 1, 'c');
    db.$client.prepare("DELETE FROM candidates WHERE id = 'd'").run();
    addFile(db, 'fe', 'e', 'resume', RESUME, '2024-05-02T00:00:00.000Z', 'failed');
    expect(staleProfileIds(db)).toEqual(['a', 'b', 'c', 'd']);

    expect(enrichAll(db, NOW)).toMatchObject({ written: 3, removed: 1 });
    expect(staleProfileIds(db)).toEqual([]);
  });
});
