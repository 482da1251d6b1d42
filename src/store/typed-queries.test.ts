import { describe, expect, it } from 'vitest';
import { useOracleMirror } from '../../test/support/oracle-mirror.js';
import { readAccountEntities } from './account-entities.js';
import { readCandidateNamesStartingWith } from './candidate-names.js';
import type { Db } from './db.js';
import { readJobsWithCounts } from './jobs.js';
import * as s from './schema.js';

/*
 * The typed drizzle queries that replaced raw SQL in src/app/nl-vocabulary.ts, src/views/jobs.ts and
 * src/views/candidate-names.ts (issue 14), checked value-for-value against that raw SQL (kept here as the
 * oracle) on the fixed mirror plus the edge cases: a confidential job, a job without department, a
 * draft and a closed job with the same title, a deleted candidate, names with LIKE wildcards.
 */

const M = '2026-11-27T12:00:00.000Z';

function seedEdges(db: Db): void {
  db.insert(s.departments).values([{ id: 'D1', name: 'Engineering', raw: {} }]).run();
  db.insert(s.locations).values([{ id: 'L1', name: 'Berlin', raw: {} }]).run();
  db.insert(s.jobs).values([
    { id: 'J4', title: 'Secret Project Lead', status: 'Open', confidential: true, departmentId: 'D1', updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'J5', title: 'Platform Engineer', status: 'Closed', departmentId: 'D1', locationId: 'L1', updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'J6', title: 'Platform Engineer', status: 'Draft', locationId: 'L1', updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'J7', title: 'Archivist', status: 'Archived', updatedAt: M, raw: {}, mirroredAt: M },
  ]).run();
  db.insert(s.users).values([{ id: 'U3', email: 'nameless@corp.example', raw: {} }, { id: 'U4', lastName: 'Solo', raw: {} }]).run();
  db.insert(s.interviewStages).values([{ id: 'ST5', interviewPlanId: 'P1', title: 'Untyped', orderInPlan: 4, raw: {} }]).run();
  db.insert(s.archiveReasons).values([{ id: 'AR2', text: 'Withdrew', raw: {} }]).run();
  const cand = (id: string, name: string, updatedAt: string) => ({ id, name, createdAt: M, updatedAt, mirroredAt: M, raw: {} });
  db.insert(s.candidates).values([
    cand('C4', 'Adam 100%_Sure', '2026-11-21T10:00:00.000Z'),
    cand('C5', 'Ada Deleted', '2026-11-25T10:00:00.000Z'),
    cand('C6', 'Mary-Ada Smith', '2026-11-22T10:00:00.000Z'),
    cand('C7', 'Back\\slash Ada', '2026-11-22T10:00:00.000Z'),
  ]).run();
  db.insert(s.candidateTombstones).values([{ candidateId: 'C5', reason: 'deleted', removedAt: M }]).run();
  db.insert(s.applications).values([
    { id: 'A3', candidateId: 'C3', jobId: 'J5', status: 'Archived', createdAt: M, updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'A4', candidateId: 'C4', jobId: 'J5', status: 'Active', createdAt: M, updatedAt: M, raw: {}, mirroredAt: M },
  ]).run();
}

const mirror = useOracleMirror(seedEdges);
const all = mirror.all;

describe('readAccountEntities', () => {
  it('gives what the raw SQL gave, row for row and in the same order', () => {
    const e = readAccountEntities(mirror.db);
    expect(e.jobs).toEqual(all(`SELECT j.id, j.title, d.name AS department FROM jobs j LEFT JOIN departments d ON d.id = j.department_id WHERE j.confidential = 0`));
    expect(e.stages).toEqual(
      all<{ id: string; title: string; type: string | null; order: number }>(`SELECT id, title, type, order_in_plan AS "order" FROM interview_stages`).map((x) => ({ ...x, type: x.type ?? '' })),
    );
    expect(e.recruiters).toEqual(
      all<{ id: string; first: string | null; last: string | null }>(`SELECT id, first_name AS first, last_name AS last FROM users`)
        .map((u) => ({ id: u.id, name: [u.first, u.last].filter(Boolean).join(' ') }))
        .filter((u) => u.name),
    );
    expect(e.sources).toEqual(all(`SELECT id, title FROM sources`));
    expect(e.rejectionReasons).toEqual(
      all<{ id: string; text: string; reasonType: string | null }>(`SELECT id, text, reason_type AS reasonType FROM archive_reasons`).map((r) => ({ ...r, reasonType: r.reasonType ?? 'Other' })),
    );
    expect(e.departments).toEqual(all<{ name: string }>(`SELECT name FROM departments`).map((d) => d.name));
    expect(e.tags).toEqual(all<{ title: string }>(`SELECT title FROM tags`).map((t) => t.title));
  });

  it('leaves out confidential jobs and nameless users, and defaults missing stage and reason types', () => {
    const e = readAccountEntities(mirror.db);
    expect(e.jobs.map((j) => j.id)).not.toContain('J4');
    expect(e.jobs.find((j) => j.id === 'J5')).toEqual({ id: 'J5', title: 'Platform Engineer', department: 'Engineering' });
    expect(e.recruiters).toEqual([{ id: 'U1', name: 'Riley Recruiter' }, { id: 'U2', name: 'Casey Coordinator' }, { id: 'U4', name: 'Solo' }]);
    expect(e.stages.find((x) => x.id === 'ST5')).toEqual({ id: 'ST5', title: 'Untyped', type: '', order: 4 });
    expect(e.rejectionReasons.find((r) => r.id === 'AR2')?.reasonType).toBe('Other');
  });
});

describe('readJobsWithCounts', () => {
  const oracle = (confidential: boolean) =>
    all(
      `SELECT j.id, j.title, j.status, d.name AS department, l.name AS location,
              (SELECT count(*) FROM applications a WHERE a.job_id = j.id) AS applications
         FROM jobs j LEFT JOIN departments d ON d.id = j.department_id LEFT JOIN locations l ON l.id = j.location_id
        WHERE j.confidential = 0 OR @confidential = 1
        ORDER BY CASE j.status WHEN 'Open' THEN 0 WHEN 'Draft' THEN 1 WHEN 'Closed' THEN 2 ELSE 3 END, j.title`,
      { confidential: confidential ? 1 : 0 },
    );

  it.each([false, true])('confidential=%s gives what the raw SQL gave, in the same order', (confidential) => {
    expect(readJobsWithCounts(mirror.db, { confidential })).toEqual(oracle(confidential));
  });

  it('orders open, draft, closed, the rest, then by title, with application counts as numbers', () => {
    expect(readJobsWithCounts(mirror.db, { confidential: true }).map((j) => [j.id, j.status, j.applications])).toEqual([
      ['J2', 'Open', 1], ['J3', 'Open', 0], ['J4', 'Open', 0], ['J1', 'Open', 1], ['J6', 'Draft', 0], ['J5', 'Closed', 2], ['J7', 'Archived', 0],
    ]);
    expect(readJobsWithCounts(mirror.db, { confidential: false }).map((j) => j.id)).not.toContain('J4');
  });
});

describe('readCandidateNamesStartingWith', () => {
  const oracle = (prefix: string, limit: number) => {
    const p = prefix.trim().toLowerCase().replace(/[%_\\]/g, (ch) => `\\${ch}`);
    return all(
      `SELECT id, name FROM candidates
        WHERE id NOT IN (SELECT candidate_id FROM candidate_tombstones)
          AND (lower(name) LIKE @p ESCAPE '\\' OR lower(name) LIKE @w ESCAPE '\\' OR id LIKE @p ESCAPE '\\')
        ORDER BY updated_at DESC, id LIMIT @limit`,
      { p: `${p}%`, w: `% ${p}%`, limit },
    );
  };

  it.each([['ada', 10], ['ADA', 10], [' ada ', 2], ['', 3], ['c', 10], ['hop', 10], ['100%', 10], ['_', 10], ['%', 10], ['back\\', 10], ['smith', 10], ['zz', 10]])(
    'prefix %j (limit %i) gives what the raw SQL gave',
    (prefix, limit) => {
      expect(readCandidateNamesStartingWith(mirror.db, prefix, limit)).toEqual(oracle(prefix, limit));
    },
  );

  it('matches a name or a word of it, most recently updated first, without deleted candidates; wildcards are literal', () => {
    // C6 "Mary-Ada Smith" is not a match: a word starts after a space, not a hyphen.
    expect(readCandidateNamesStartingWith(mirror.db, 'ada', 10)).toEqual([
      { id: 'C7', name: 'Back\\slash Ada' },
      { id: 'C4', name: 'Adam 100%_Sure' },
      { id: 'C1', name: 'Ada Lovelace' },
      { id: 'C2', name: 'Ada King' },
    ]);
    expect(readCandidateNamesStartingWith(mirror.db, '_', 10)).toEqual([]);
    expect(readCandidateNamesStartingWith(mirror.db, '100%_', 10)).toEqual([{ id: 'C4', name: 'Adam 100%_Sure' }]);
    expect(readCandidateNamesStartingWith(mirror.db, 'ada', 1)).toEqual([{ id: 'C7', name: 'Back\\slash Ada' }]);
  });
});
