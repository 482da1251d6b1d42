import { describe, expect, it } from 'vitest';
import { FIXTURE_EXTRACTOR_VERSION, FIXTURE_NOW, FIXTURE_PROFILE } from '../../test/support/fixed-mirror.js';
import { useOracleMirror } from '../../test/support/oracle-mirror.js';
import { readCandidateIdsByEmail, readCandidatePhones } from './contacts.js';
import { openDb, type Db } from './db.js';
import { readIdentityLinkPairs, readIdentitySources } from './identity-sources.js';
import { parseRawCandidate } from './read-model/raw-record.js';
import { storeJobMatches } from './job-matches.js';
import { findMirrorJobsByTitle, loadMirrorJob } from './jobs.js';
import { outboxCandidates, outboxHead, outboxRowsAfter } from './outbox.js';
import { readCandidatesInProcessFor, readProcessApplications, readStageVisits } from './past-processes.js';
import {
  countProfiles,
  readAllProfileIds,
  readLiveProfileIds,
  readProfileIdsSharing,
  readProfilesWithResumeText,
  readStaleAmong,
  readStaleProfileIds,
  writeProfiles,
  type ProfileRow,
} from './profiles.js';
import { liveCandidateIds } from './read-model/index.js';
import * as s from './schema.js';

/*
 * The typed store functions that replaced raw SQL in src/match and src/retrieval (issue 14), checked
 * row for row against that raw SQL (kept here as the oracle) on the fixed mirror plus edge cases:
 * stale, orphaned and tombstoned profiles, a file extracted after its profile, unlisted and listed
 * postings, other e-mails and phones in Ashby's record, a malformed `raw`, history rows without a
 * stage, profiles with and without an occupation code.
 */

const M = FIXTURE_NOW.toISOString();
// The fixture mirror's own profile (C1) carries the current extractor version, so "fresh" means that version.
const V = FIXTURE_EXTRACTOR_VERSION;

const profile = (occupationCode: string | null, skills: string[]) => ({ ...FIXTURE_PROFILE, occupationCode, skills: skills.map((value) => ({ value, source: 'resume' as const, confidence: 0.8 })) });
const row = (candidateId: string, p: ReturnType<typeof profile>, sourceUpdatedAt: string, extractorVersion = V): ProfileRow => ({
  candidateId,
  currentTitle: null,
  currentCompany: null,
  occupationCode: p.occupationCode,
  location: null,
  yearsExperience: 3,
  yearsInRole: 1,
  highestDegree: 'bachelor',
  profile: p,
  sourceUpdatedAt,
  extractorVersion,
  updatedAt: M,
});

function seedEdges(db: Db): void {
  const cand = (id: string, name: string, updatedAt: string, extra: Partial<typeof s.candidates.$inferInsert> = {}) => ({ id, name, createdAt: M, updatedAt, mirroredAt: M, raw: {}, ...extra });
  db.insert(s.candidates).values([
    cand('C4', 'Old Version', '2026-11-01T00:00:00.000Z', { primaryPhone: '(555) 101-0000', raw: { phoneNumbers: [{ value: '+1 555-202-0000' }, { type: 'Mobile' }], emailAddresses: [{ value: 'Ada@Example.com' }] } }),
    cand('C5', 'Newer File', '2026-11-01T00:00:00.000Z', { resumeFileId: 'F6' }),
    cand('C6', 'Deleted', '2026-11-01T00:00:00.000Z'),
    cand('C7', 'Fresh', '2026-11-01T00:00:00.000Z', { raw: { phoneNumbers: 'not a list', emailAddresses: [{ value: 'x@y.example' }] } }),
    cand('C8', 'Skills Only', '2026-11-01T00:00:00.000Z'),
  ]).run();
  // A record whose raw is not JSON (written around drizzle, as an old mirror might hold).
  db.$client.prepare(`INSERT INTO candidates (id, name, created_at, updated_at, mirrored_at, raw) VALUES ('C9', 'Bad Raw', @m, @m, @m, '{not json')`).run({ m: M });
  db.insert(s.candidateTombstones).values([{ candidateId: 'C6', reason: 'deleted', removedAt: M }]).run();
  db.insert(s.files).values([
    { id: 'F4', candidateId: 'C5', kind: 'resume', name: 'a.pdf', handle: 'h4', status: 'ok', text: 'old resume', extractedAt: '2026-11-02T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z' },
    { id: 'F5', candidateId: 'C5', kind: 'attachment', name: 'b.pdf', handle: 'h5', status: 'ok', text: 'attachment text', extractedAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' },
    { id: 'F6', candidateId: 'C5', kind: 'attachment', name: 'c.pdf', handle: 'h6', status: 'ok', text: 'the resume file', extractedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' },
    { id: 'F7', candidateId: 'C7', kind: 'resume', name: 'd.pdf', handle: 'h7', status: 'failed', text: 'failed text', extractedAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z' },
  ]).run();
  writeProfiles(db, [
    row('C3', profile('15-1252.00', ['Python', 'Go']), '2026-11-20T00:00:00.000Z'),
    row('C4', profile(null, ['Python']), '2026-11-10T00:00:00.000Z', 1),
    row('C5', profile('15-1252.00', []), '2026-11-10T00:00:00.000Z'),
    row('C6', profile('15-1252.00', ['Python']), '2026-11-10T00:00:00.000Z'),
    row('C7', profile('11-1021.00', ['Go', 'Rust']), '2026-11-10T00:00:00.000Z'),
    row('C8', profile(null, ['Python', 'Rust']), '2026-11-10T00:00:00.000Z'),
    row('GONE', profile(null, []), '2026-11-10T00:00:00.000Z'),
  ]);
  db.insert(s.jobPostings).values([
    { id: 'JP1', jobId: 'J1', title: 'Backend', isListed: false, descriptionPlain: 'unlisted text', updatedAt: '2026-11-25T00:00:00.000Z', raw: {}, mirroredAt: M },
    { id: 'JP2', jobId: 'J1', title: 'Backend', isListed: true, descriptionPlain: 'listed text', updatedAt: '2026-11-01T00:00:00.000Z', raw: {}, mirroredAt: M },
    { id: 'JP3', jobId: 'J2', title: 'Data', isListed: true, descriptionPlain: null, updatedAt: '2026-11-01T00:00:00.000Z', raw: {}, mirroredAt: M },
  ]).run();
  db.insert(s.jobs).values([
    { id: 'J4', title: 'Backend Engineer', status: 'Closed', confidential: true, updatedAt: '2026-11-26T00:00:00.000Z', raw: {}, mirroredAt: M },
    { id: 'J5', title: 'senior backend engineer', status: 'Draft', updatedAt: '2026-11-01T00:00:00.000Z', raw: {}, mirroredAt: M },
  ]).run();
  db.insert(s.applications).values([
    { id: 'A3', candidateId: 'C3', jobId: 'J1', status: 'Lead', createdAt: M, updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'A4', candidateId: 'C4', jobId: 'J9', status: 'Hired', createdAt: M, updatedAt: M, raw: {}, mirroredAt: M },
    { id: 'A5', candidateId: 'C5', jobId: 'J1', status: 'Archived', createdAt: M, updatedAt: M, raw: {}, mirroredAt: M },
  ]).run();
  db.insert(s.applicationHistory).values([{ id: 'H4', applicationId: 'A4', stageId: 'NOSTAGE', title: 'Kept Title', stageNumber: 0, enteredStageAt: M, raw: {} }]).run();
  db.insert(s.identityLinks).values([{ candidateId: 'C4', otherCandidateId: 'C7', confidence: 0.9, reasons: ['same phone'], updatedAt: M }]).run();
}

const mirror = useOracleMirror(seedEdges);
const all = mirror.all;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const EVERY = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'GONE', 'NOPE'];

describe('profiles', () => {
  it('readStaleProfileIds gives what the raw SQL gave', () => {
    const oracle = ids(
      all<{ id: string }>(
        `SELECT c.id AS id FROM candidates c
           LEFT JOIN candidate_profiles p ON p.candidate_id = c.id
           LEFT JOIN (SELECT candidate_id, MAX(extracted_at) AS extracted FROM files WHERE status = 'ok' GROUP BY candidate_id) f ON f.candidate_id = c.id
          WHERE c.id NOT IN (SELECT candidate_id FROM candidate_tombstones)
            AND (p.candidate_id IS NULL OR p.extractor_version <> @version OR p.source_updated_at < c.updated_at OR (f.extracted IS NOT NULL AND p.source_updated_at < f.extracted))
         UNION
         SELECT p.candidate_id AS id FROM candidate_profiles p
          WHERE p.candidate_id NOT IN (SELECT id FROM candidates) OR p.candidate_id IN (SELECT candidate_id FROM candidate_tombstones)
         ORDER BY id`,
        { version: V },
      ),
    );
    expect(readStaleProfileIds(mirror.db, V)).toEqual(oracle);
    // C1 is fresh; C4 has an older extractor, C5 a newer file, C6 is deleted, GONE has no candidate.
    expect(oracle).toEqual(['C2', 'C4', 'C5', 'C6', 'C9', 'GONE']);
  });

  it.each([[EVERY], [['C7', 'C3', 'C7', 'NOPE']], [['C5']]])('readStaleAmong(%j) gives what the raw SQL gave, in the given order', (list) => {
    const oracle = ids(
      all<{ id: string }>(
        `SELECT ids.value AS id FROM json_each(@ids) ids
           LEFT JOIN candidates c ON c.id = ids.value LEFT JOIN candidate_profiles p ON p.candidate_id = ids.value
          WHERE c.id IS NULL OR p.candidate_id IS NULL OR p.extractor_version <> @version OR p.source_updated_at < c.updated_at
             OR EXISTS (SELECT 1 FROM files f WHERE f.candidate_id = c.id AND +f.status = 'ok' AND f.extracted_at > p.source_updated_at)`,
        { ids: JSON.stringify(list), version: V },
      ),
    );
    expect(readStaleAmong(mirror.db, list, V)).toEqual(oracle);
  });

  it('readAllProfileIds, countProfiles and readLiveProfileIds give what the raw SQL gave', () => {
    expect(readAllProfileIds(mirror.db)).toEqual(ids(all(`SELECT id FROM candidates UNION SELECT candidate_id AS id FROM candidate_profiles ORDER BY id`)));
    expect(countProfiles(mirror.db)).toBe(all<{ n: number }>('SELECT COUNT(*) AS n FROM candidate_profiles')[0]!.n);
    const live = `p.candidate_id IN (SELECT id FROM candidates) AND p.candidate_id NOT IN (SELECT candidate_id FROM candidate_tombstones)`;
    expect(readLiveProfileIds(mirror.db)).toEqual(ids(all(`SELECT p.candidate_id AS id FROM candidate_profiles p WHERE ${live} ORDER BY p.candidate_id`)));
  });

  it.each([
    ['15-1252.00', ['Python'], 10],
    [null, ['Python', 'Rust'], 10],
    ['11-1021.00', [], 10],
    ['15-1252.00', ['Python', 'Go', 'Rust'], 2],
    [null, [], 10],
  ] as const)('readProfileIdsSharing(%s, %j, %i) gives what the raw SQL gave, NULL arithmetic included', (occupation, skills, limit) => {
    const live = `p.candidate_id IN (SELECT id FROM candidates) AND p.candidate_id NOT IN (SELECT candidate_id FROM candidate_tombstones)`;
    const oracle = ids(
      all<{ id: string }>(
        `SELECT id FROM (
           SELECT p.candidate_id AS id,
                  (p.occupation_code IS NOT NULL AND p.occupation_code = @occupation) * 3
                  + (SELECT COUNT(*) FROM json_each(p.profile, '$.skills') s WHERE json_extract(s.value, '$.value') IN (SELECT value FROM json_each(@skills))) AS hits
             FROM candidate_profiles p WHERE ${live})
          WHERE hits > 0 ORDER BY hits DESC, id LIMIT @limit`,
        { occupation, skills: JSON.stringify(skills), limit },
      ),
    );
    expect(readProfileIdsSharing(mirror.db, { occupationCode: occupation, skills: [...skills] }, limit)).toEqual(oracle);
  });

  it('readProfilesWithResumeText gives what the raw SQL gave', () => {
    const oracle = all(
      `SELECT p.candidate_id AS id, p.profile,
              (SELECT f.text FROM files f WHERE f.candidate_id = p.candidate_id AND +f.status = 'ok' AND f.text IS NOT NULL ORDER BY f.kind = 'resume' DESC, f.updated_at DESC LIMIT 1) AS text
         FROM candidate_profiles p WHERE p.candidate_id IN (SELECT value FROM json_each(@ids))`,
      { ids: JSON.stringify(EVERY) },
    );
    expect(readProfilesWithResumeText(mirror.db, EVERY)).toEqual(oracle);
    expect(readProfilesWithResumeText(mirror.db, [])).toEqual([]);
  });

  it('writeProfiles stores what the raw upsert stored, and deletes', () => {
    const other = openDb(':memory:');
    const upsert = other.$client.prepare(`INSERT INTO candidate_profiles (candidate_id, current_title, current_company, occupation_code, location,
        years_experience, years_in_role, highest_degree, profile, source_updated_at, extractor_version, updated_at)
      VALUES (@candidateId, @currentTitle, @currentCompany, @occupationCode, @location, @yearsExperience, @yearsInRole, @highestDegree, @profile, @sourceUpdatedAt, @extractorVersion, @updatedAt)
      ON CONFLICT (candidate_id) DO UPDATE SET current_title = excluded.current_title, current_company = excluded.current_company,
        occupation_code = excluded.occupation_code, location = excluded.location, years_experience = excluded.years_experience,
        years_in_role = excluded.years_in_role, highest_degree = excluded.highest_degree, profile = excluded.profile,
        source_updated_at = excluded.source_updated_at, extractor_version = excluded.extractor_version, updated_at = excluded.updated_at`);
    const first = [row('A', profile('x', ['Go']), M), row('B', profile(null, []), M)];
    const second = [{ ...row('A', profile('y', ['Rust']), '2026-12-01T00:00:00.000Z', 3), currentTitle: 'Lead' }];
    for (const r of [...first, ...second]) upsert.run({ ...r, profile: JSON.stringify(r.profile) });
    other.$client.prepare('DELETE FROM candidate_profiles WHERE candidate_id = ?').run('B');
    const target = openDb(':memory:');
    writeProfiles(target, first);
    writeProfiles(target, second, ['B']);
    const dump = (d: Db) => d.$client.prepare('SELECT * FROM candidate_profiles ORDER BY candidate_id').all();
    expect(dump(target)).toEqual(dump(other));
    expect(dump(target)).toHaveLength(1);
    other.$client.close();
    target.$client.close();
  });
});

describe('past processes', () => {
  it('readProcessApplications, readStageVisits and readCandidatesInProcessFor give what the raw SQL gave', () => {
    const params = { ids: JSON.stringify(EVERY) };
    expect(readProcessApplications(mirror.db, EVERY)).toEqual(
      all(
        `SELECT a.id, a.candidate_id AS candidateId, a.job_id AS jobId, j.title AS jobTitle, a.status,
                a.current_stage_id AS currentStageId, a.current_stage_title AS currentStageTitle, a.current_stage_type AS currentStageType,
                a.archived_at AS archivedAt, a.updated_at AS updatedAt, r.text AS reasonText, r.reason_type AS reasonType
           FROM applications a LEFT JOIN jobs j ON j.id = a.job_id LEFT JOIN archive_reasons r ON r.id = a.archive_reason_id
          WHERE a.candidate_id IN (SELECT value FROM json_each(@ids))`,
        params,
      ),
    );
    expect(readStageVisits(mirror.db, EVERY)).toEqual(
      all(
        `SELECT h.application_id AS applicationId, COALESCE(s.title, h.title) AS title, s.type AS type, h.stage_number AS stageNumber
           FROM application_history h JOIN applications a ON a.id = h.application_id LEFT JOIN interview_stages s ON s.id = h.stage_id
          WHERE a.candidate_id IN (SELECT value FROM json_each(@ids))`,
        params,
      ),
    );
    expect(readStageVisits(mirror.db, EVERY).find((v) => v.applicationId === 'A4')).toEqual({ applicationId: 'A4', title: 'Kept Title', type: null, stageNumber: 0 });
    for (const job of ['J1', 'J2', 'J9', 'NONE']) {
      const oracle = ids(all(`SELECT DISTINCT candidate_id AS id FROM applications WHERE job_id = @job AND status IN ('Active', 'Lead', 'Hired')`, { job }));
      expect([...readCandidatesInProcessFor(mirror.db, job)].sort()).toEqual(oracle.sort());
    }
  });
});

describe('mirror jobs', () => {
  const SELECT = `SELECT j.id, j.title, j.status, j.confidential,
       (SELECT p.description_plain FROM job_postings p WHERE p.job_id = j.id AND p.description_plain IS NOT NULL ORDER BY p.is_listed DESC, p.updated_at DESC LIMIT 1) AS description
    FROM jobs j`;
  const toJob = (r: { description: string | null; confidential: number }) => ({ ...r, description: r.description ?? '', confidential: r.confidential === 1 });

  it.each(['J1', 'J2', 'J4', 'NONE'])('loadMirrorJob(%s) gives what the raw SQL gave', (id) => {
    const oracle = all<{ description: string | null; confidential: number }>(`${SELECT} WHERE j.id = @id`, { id }).map(toJob);
    expect(loadMirrorJob(mirror.db, id)).toEqual(oracle[0] ?? null);
  });

  it.each(['backend engineer', 'SENIOR BACKEND ENGINEER', 'a', '', 'zz'])('findMirrorJobsByTitle(%j) gives what the raw SQL gave', (title) => {
    const oracle = all<{ description: string | null; confidential: number }>(
      `${SELECT} WHERE lower(j.title) = lower(@title) OR instr(lower(j.title), lower(@title)) > 0
        ORDER BY lower(j.title) = lower(@title) DESC, j.status = 'Open' DESC, j.updated_at DESC LIMIT 10`,
      { title },
    ).map(toJob);
    expect(findMirrorJobsByTitle(mirror.db, title)).toEqual(oracle);
  });

  it('a job reads its listed posting first', () => {
    expect(loadMirrorJob(mirror.db, 'J1')?.description).toBe('listed text');
    expect(loadMirrorJob(mirror.db, 'J4')?.confidential).toBe(true);
  });
});

describe('job matches', () => {
  it('storeJobMatches stores what the raw SQL stored, replacing the job\'s earlier matches', () => {
    const results = [{ candidateId: 'C3', score: 0.8, reasons: ['title'] }, { candidateId: 'C1', score: 0.5, reasons: [] }];
    const other = openDb(':memory:');
    other.$client.prepare('INSERT INTO job_matches (job_id, candidate_id, rank, score, reasons, computed_at) VALUES (?, ?, ?, ?, ?, ?)').run('J1', 'C9', 1, 1, '[]', M);
    other.$client.prepare('DELETE FROM job_matches WHERE job_id = ?').run('J1');
    results.forEach((r, i) => other.$client.prepare('INSERT INTO job_matches (job_id, candidate_id, rank, score, reasons, computed_at) VALUES (?, ?, ?, ?, ?, ?)').run('J1', r.candidateId, i + 1, r.score, JSON.stringify(r.reasons), M));
    storeJobMatches(mirror.db, 'J1', [{ candidateId: 'C9', score: 1, reasons: [] }], FIXTURE_NOW);
    expect(storeJobMatches(mirror.db, 'J1', results, FIXTURE_NOW)).toBe(2);
    const dump = (d: Db) => d.$client.prepare('SELECT * FROM job_matches ORDER BY job_id, rank').all();
    expect(dump(mirror.db)).toEqual(dump(other));
    expect(storeJobMatches(mirror.db, 'J1', [], FIXTURE_NOW)).toBe(0);
    expect(dump(mirror.db)).toEqual([]);
    other.$client.close();
  });
});

describe('outbox, identity and contacts', () => {
  it('outbox reads give what the raw SQL gave', () => {
    expect(outboxHead(mirror.db)).toBe(all<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM outbox')[0]!.seq);
    for (const [after, upTo] of [[0, 3], [1, 3], [2, 2], [0, 1]] as const) {
      expect(outboxCandidates(mirror.db, after, upTo)).toEqual(ids(all('SELECT DISTINCT candidate_id AS id FROM outbox WHERE seq > @after AND seq <= @upTo', { after, upTo })));
    }
    for (const [after, limit] of [[0, 2], [1, 200], [3, 5]] as const) {
      expect(outboxRowsAfter(mirror.db, after, limit)).toEqual(all('SELECT seq, candidate_id AS candidateId FROM outbox WHERE seq > @after ORDER BY seq LIMIT @limit', { after, limit }));
    }
    const empty = openDb(':memory:');
    expect(outboxHead(empty)).toBe(0);
    empty.$client.close();
    expect(liveCandidateIds(mirror.db)).toEqual(ids(all('SELECT id FROM candidates WHERE id NOT IN (SELECT candidate_id FROM candidate_tombstones) ORDER BY id')));
  });

  it.each([2000, 5, null])('readIdentitySources(%s) gives what the raw SQL gave', (chars) => {
    const resume =
      chars === null
        ? 'NULL'
        : `(SELECT substr(f.text, 1, ${chars}) FROM files f WHERE f.candidate_id = c.id AND +f.status = 'ok' AND f.text IS NOT NULL
             ORDER BY f.id = c.resume_file_id DESC, f.kind = 'resume' DESC, f.updated_at DESC LIMIT 1)`;
    const oracle = all<{ raw: string } & Record<string, unknown>>(
      `SELECT c.id, c.name, c.position, c.company, c.school, c.location_summary AS location, c.raw, ${resume} AS resume
         FROM candidates c WHERE c.id NOT IN (SELECT candidate_id FROM candidate_tombstones) ORDER BY c.id`,
    );
    const expected = oracle.map(({ raw, ...row }) => ({ ...row, fields: parseRawCandidate(raw) }));
    expect(readIdentitySources(mirror.db, chars)).toEqual(expected);
  });

  it('identity links, e-mails and phones give what the raw SQL gave', () => {
    expect(readIdentityLinkPairs(mirror.db)).toEqual(all('SELECT candidate_id AS a, other_candidate_id AS b FROM identity_links'));
    for (const e of ['ada@example.com', ' ADA@work.example ', 'x@y.example', 'nobody@example.com']) {
      const oracle = ids(
        all(
          `SELECT id FROM candidates WHERE lower(primary_email) = @e
           UNION
           SELECT c.id FROM candidates c, json_each(c.raw, '$.emailAddresses') x WHERE json_valid(c.raw) AND lower(json_extract(x.value, '$.value')) = @e`,
          { e: e.trim().toLowerCase() },
        ),
      );
      expect(readCandidateIdsByEmail(mirror.db, e)).toEqual(oracle);
    }
    const phoneRows = all<{ id: string; main: string | null; others: string | null }>(
      `SELECT id, primary_phone AS main, json_extract(raw, '$.phoneNumbers') AS others FROM candidates WHERE json_valid(raw)`,
    );
    expect(readCandidatePhones(mirror.db).map((c) => c.id)).toEqual(phoneRows.map((r) => r.id));
    expect(readCandidatePhones(mirror.db).find((c) => c.id === 'C4')?.phones).toEqual(['(555) 101-0000', '+1 555-202-0000', '']);
    expect(readCandidatePhones(mirror.db).find((c) => c.id === 'C7')?.phones).toEqual(['']);
    expect(readCandidatePhones(mirror.db).map((c) => c.id)).not.toContain('C9');
  });
});
