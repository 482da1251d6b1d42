import { describe, expect, it } from 'vitest';
import { openDb, type Db } from './db.js';
import * as s from './schema.js';
import { digestDataFromMirror, LAST_DIGEST_META_KEY, readLastDigestAt, writeLastDigestAt } from './digest.js';

const SINCE = new Date('2026-11-26T09:00:00.000Z');
const UNTIL = new Date('2026-11-27T09:00:00.000Z');
const IN = '2026-11-26T15:00:00.000Z';
const BEFORE = '2026-11-25T15:00:00.000Z';
const M = UNTIL.toISOString();

function seed(db: Db): void {
  const cand = (id: string, createdAt: string) => ({ id, name: `Person ${id}`, createdAt, updatedAt: createdAt, mirroredAt: M, profileUrl: `https://app.ashbyhq.com/candidates/${id}`, raw: {} });
  db.insert(s.candidates).values([cand('C1', IN), cand('C2', IN), cand('C3', BEFORE)]).run();
  const app = (id: string, candidateId: string, createdAt: string, extra: Partial<typeof s.applications.$inferInsert> = {}) => ({ id, candidateId, jobId: 'J1', status: 'Active', createdAt, updatedAt: createdAt, raw: {}, mirroredAt: M, ...extra });
  db.insert(s.applications).values([
    app('A1', 'C1', IN),
    app('A2', 'C3', BEFORE, { status: 'Archived', archiveReasonId: null, updatedAt: IN }),
    app('A3', 'C3', BEFORE, { status: 'Archived', archiveReasonId: 'R1', updatedAt: IN }),
  ]).run();
  const hist = (id: string, applicationId: string, title: string, stageNumber: number, at: string) => ({ id, applicationId, title, stageNumber, enteredStageAt: at, raw: {} });
  db.insert(s.applicationHistory).values([hist('H1', 'A1', 'Application Review', 0, IN), hist('H2', 'A1', 'Onsite', 1, IN), hist('H3', 'A2', 'Onsite', 2, IN), hist('H4', 'A3', 'Offer', 3, BEFORE)]).run();
  db.insert(s.jobs).values([
    { id: 'J1', title: 'Platform Engineer', status: 'Open', createdAt: BEFORE, updatedAt: BEFORE, raw: {}, mirroredAt: M },
    { id: 'J2', title: 'Data Engineer', status: 'Open', createdAt: IN, updatedAt: IN, raw: {}, mirroredAt: M },
  ]).run();
  db.insert(s.jobMatches).values([
    { jobId: 'J2', candidateId: 'C3', rank: 1, score: 0.9, reasons: ['Python, Spark', 'reached Onsite for Platform Engineer'], computedAt: IN },
    { jobId: 'J2', candidateId: 'C1', rank: 2, score: 0.5, reasons: ['SQL'], computedAt: IN },
  ]).run();
  db.insert(s.files).values([
    { id: 'F1', candidateId: 'C1', kind: 'resume', name: 'cv.pdf', handle: 'h', status: 'failed', error: 'bad pdf', updatedAt: IN },
    { id: 'F2', candidateId: 'C2', kind: 'resume', name: 'cv.pdf', handle: 'h', status: 'ok', updatedAt: IN },
  ]).run();
}

describe('digest data from the mirror', () => {
  it('counts what came in during the window, top matches per new job, data-quality notes', () => {
    const db = openDb(':memory:');
    seed(db);
    const d = digestDataFromMirror(db, SINCE, UNTIL);
    expect(d).toMatchObject({ newCandidates: 2, newApplications: 1, quality: { archivedWithoutReason: 1, resumesFailed: 1 } });
    expect(d.stageChanges).toEqual({ total: 2, byStage: [{ stage: 'Onsite', count: 2 }] });
    expect(d.newJobs).toEqual([
      {
        id: 'J2',
        title: 'Data Engineer',
        topMatches: [
          { candidateId: 'C3', name: 'Person C3', profileUrl: 'https://app.ashbyhq.com/candidates/C3', score: 0.9, reasons: ['Python, Spark', 'reached Onsite for Platform Engineer'] },
          { candidateId: 'C1', name: 'Person C1', profileUrl: 'https://app.ashbyhq.com/candidates/C1', score: 0.5, reasons: ['SQL'] },
        ],
      },
    ]);
  });

  it('remembers the last digest time in the mirror meta table', () => {
    const db = openDb(':memory:');
    expect(readLastDigestAt(db)).toBeNull();
    writeLastDigestAt(db, UNTIL);
    writeLastDigestAt(db, new Date('2026-11-28T09:00:00.000Z'));
    expect(readLastDigestAt(db)?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(db.select().from(s.meta).all()).toEqual([{ key: LAST_DIGEST_META_KEY, value: '2026-11-28T09:00:00.000Z' }]);
  });
});
