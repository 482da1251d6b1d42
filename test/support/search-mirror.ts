import { EXTRACTOR_VERSION } from '../../src/match/enrich/enrich-candidates.js';
import type { Db } from '../../src/store/db.js';
import { DEFAULT_ACCOUNT, seedFixtureAccount, type FixtureAccount } from '../../src/bench/search-account.js';

export { DEFAULT_ACCOUNT, seedFixtureAccount, type FixtureAccount };

/*
 * Test fixtures: write mirror rows the way sync would (raw SQL, only the columns search reads), with
 * stable ids (job_1, stage titles, user_1…). Used by retrieval tests; the account itself
 * (jobs, stages, users…) is the search bench's, re-exported from src/bench/search-account.ts.
 */

const T0 = '2024-01-01T00:00:00.000Z';

export interface FixtureApplication {
  id: string;
  jobId: string;
  status?: 'Active' | 'Archived' | 'Hired' | 'Lead';
  stage?: string;
  history?: string[];
  sourceId?: string | null;
  archiveReasonId?: string | null;
  recruiterUserId?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface FixtureCandidate {
  id: string;
  name: string;
  position?: string | null;
  company?: string | null;
  school?: string | null;
  location?: string | null;
  sourceId?: string | null;
  tagIds?: string[];
  resume?: string | null;
  profile?: Record<string, unknown> | null;
  yearsExperience?: number | null;
  updatedAt?: string;
  applications?: FixtureApplication[];
}

/** Insert or replace candidates (with applications, history, resume, profile) and append them to the outbox. */
export function upsertCandidates(db: Db, candidates: FixtureCandidate[], reason = 'fixture'): void {
  const c = db.$client;
  const tx = c.transaction(() => {
    for (const cand of candidates) {
      const updatedAt = cand.updatedAt ?? T0;
      removeRows(db, cand.id);
      c.prepare(
        `INSERT INTO candidates (id, name, position, company, school, location_summary, source_id, created_at, updated_at, raw, mirrored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
      ).run(cand.id, cand.name, cand.position ?? null, cand.company ?? null, cand.school ?? null, cand.location ?? null, cand.sourceId ?? null, T0, updatedAt, updatedAt);
      for (const t of cand.tagIds ?? []) c.prepare(`INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)`).run(cand.id, t);
      if (cand.resume) {
        c.prepare(`INSERT INTO files (id, candidate_id, kind, name, handle, status, text, updated_at) VALUES (?, ?, 'resume', 'resume.pdf', 'h', 'ok', ?, ?)`).run(
          `file_${cand.id}`, cand.id, cand.resume, updatedAt,
        );
      }
      if (cand.profile) {
        c.prepare(
          `INSERT INTO candidate_profiles (candidate_id, profile, years_experience, source_updated_at, extractor_version, updated_at) VALUES (?, ?, ?, ?, ${EXTRACTOR_VERSION}, ?)`,
        ).run(cand.id, JSON.stringify(cand.profile), cand.yearsExperience ?? null, updatedAt, updatedAt);
      }
      for (const a of cand.applications ?? []) insertApplication(db, cand.id, a);
      c.prepare(`INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, ?, ?)`).run(cand.id, reason, updatedAt);
    }
  });
  tx();
}

/** The raw Ashby record as sync stores it: the recruiter is the hiring-team member with the Recruiter role. */
function rawApplication(a: FixtureApplication): string {
  return JSON.stringify({ hiringTeam: a.recruiterUserId ? [{ userId: a.recruiterUserId, role: 'Recruiter' }] : [] });
}

function insertApplication(db: Db, candidateId: string, a: FixtureApplication): void {
  const c = db.$client;
  const createdAt = a.createdAt ?? T0;
  c.prepare(
    `INSERT INTO applications (id, candidate_id, job_id, status, current_stage_title, source_id, archive_reason_id, recruiter_user_id, created_at, updated_at, raw, mirrored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, candidateId, a.jobId, a.status ?? 'Active', a.stage ?? null, a.sourceId ?? null, a.archiveReasonId ?? null, a.recruiterUserId ?? null, createdAt, a.updatedAt ?? createdAt, rawApplication(a), createdAt);
  (a.history ?? []).forEach((title, i) => {
    c.prepare(`INSERT INTO application_history (id, application_id, title, stage_number, entered_stage_at, raw) VALUES (?, ?, ?, ?, ?, '{}')`).run(
      `${a.id}_h${i}`, a.id, title, i, createdAt,
    );
  });
}

function removeRows(db: Db, id: string): void {
  const c = db.$client;
  c.prepare(`DELETE FROM application_history WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)`).run(id);
  for (const table of ['applications', 'candidate_tags', 'files', 'candidate_profiles']) c.prepare(`DELETE FROM ${table} WHERE candidate_id = ?`).run(id);
  c.prepare(`DELETE FROM candidates WHERE id = ?`).run(id);
}

/** Delete a candidate from the mirror the way sync does on candidate.delete: rows gone, tombstone, outbox row. */
export function deleteCandidate(db: Db, id: string): void {
  const c = db.$client;
  c.transaction(() => {
    removeRows(db, id);
    c.prepare(`INSERT OR REPLACE INTO candidate_tombstones (candidate_id, reason, removed_at) VALUES (?, 'deleted', ?)`).run(id, T0);
    c.prepare(`INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, 'deleted', ?)`).run(id, T0);
  })();
}
