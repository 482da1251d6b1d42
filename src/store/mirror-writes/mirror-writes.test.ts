import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db.js';
import * as s from '../schema.js';
import { applicationVersion, replaceApplicationHistory, touchApplication, upsertApplicationRow, type ApplicationRow } from './applications.js';
import { candidateRowExists, candidateTombstone, candidateUpdatedAt, dropCandidateTombstone, touchCandidate, upsertCandidateRow, type CandidateRow } from './candidates.js';
import { candidateFileIds, deleteFileRow, fileHandleRow, insertPendingFile, updateFileHandle, updateFileLabel } from './files.js';
import { appendOutbox } from './outbox.js';
import { prepared } from './prepared.js';
import { replaceCandidateTags } from './tags.js';

const candidate: CandidateRow = {
  id: 'c1',
  name: 'Ada Lovelace',
  primaryEmail: 'ada@example.com',
  primaryPhone: null,
  position: 'Engineer',
  company: 'Analytical',
  school: null,
  locationSummary: 'London',
  sourceId: null,
  creditedToUserId: 'u1',
  profileUrl: null,
  resumeFileId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  raw: { id: 'c1', name: 'Ada Lovelace' },
  mirroredAt: '2026-01-03T00:00:00.000Z',
};

const application: ApplicationRow = {
  id: 'a1',
  candidateId: 'c1',
  jobId: 'j1',
  status: 'Archived',
  currentStageId: 's1',
  currentStageTitle: 'Onsite',
  currentStageType: 'Active',
  sourceId: null,
  archiveReasonId: 'r1',
  archivedAt: '2026-01-05T00:00:00.000Z',
  creditedToUserId: null,
  recruiterUserId: 'u2',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-05T00:00:00.000Z',
  raw: { id: 'a1' },
  mirroredAt: '2026-01-06T00:00:00.000Z',
};

let db: Db;
beforeEach(() => {
  db = openDb(':memory:');
});
afterEach(() => db.$client.close());

describe('mirror writes', () => {
  it('writes a typed candidate row that drizzle reads back as written, and replaces it whole', () => {
    expect(candidateUpdatedAt(db, 'c1')).toBeNull();
    upsertCandidateRow(db, candidate);
    expect(db.select().from(s.candidates).all()).toEqual([candidate]);
    upsertCandidateRow(db, { ...candidate, name: 'Ada King', company: null, updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(db.select().from(s.candidates).get()).toMatchObject({ name: 'Ada King', company: null, updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(candidateUpdatedAt(db, 'c1')).toBe('2026-02-01T00:00:00.000Z');
    touchCandidate(db, 'c1', '2026-03-01T00:00:00.000Z');
    expect(db.select({ m: s.candidates.mirroredAt }).from(s.candidates).get()!.m).toBe('2026-03-01T00:00:00.000Z');
    expect(candidateRowExists(db, 'c1')).toBe(true);
    expect(candidateRowExists(db, 'c2')).toBe(false);
  });

  it('reads and drops tombstones', () => {
    db.insert(s.candidateTombstones).values({ candidateId: 'c9', reason: 'merged', mergedIntoId: 'c1', removedAt: '2026-01-01T00:00:00.000Z' }).run();
    expect(candidateTombstone(db, 'c9')).toEqual({ reason: 'merged', mergedIntoId: 'c1', removedAt: '2026-01-01T00:00:00.000Z' });
    dropCandidateTombstone(db, 'c9');
    expect(candidateTombstone(db, 'c9')).toBeNull();
  });

  it('writes applications without touching the history version, and replaces the history', () => {
    upsertApplicationRow(db, application);
    expect(db.select().from(s.applications).get()).toEqual({ ...application, historyUpdatedAt: null });
    replaceApplicationHistory(
      db,
      'a1',
      [{ id: 'h1', applicationId: 'a1', stageId: 's1', title: 'Onsite', stageNumber: 3, enteredStageAt: '2026-01-02T00:00:00.000Z', leftStageAt: null, raw: { id: 'h1' } }],
      application.updatedAt,
    );
    upsertApplicationRow(db, { ...application, status: 'Hired' });
    expect(db.select().from(s.applications).get()).toMatchObject({ status: 'Hired', historyUpdatedAt: application.updatedAt });
    expect(db.select().from(s.applicationHistory).all()).toEqual([
      { id: 'h1', applicationId: 'a1', stageId: 's1', title: 'Onsite', stageNumber: 3, enteredStageAt: '2026-01-02T00:00:00.000Z', leftStageAt: null, raw: { id: 'h1' } },
    ]);
    replaceApplicationHistory(db, 'a1', [], '2026-02-01T00:00:00.000Z');
    expect(db.select().from(s.applicationHistory).all()).toEqual([]);
    expect(applicationVersion(db, 'a1')).toEqual({ updatedAt: application.updatedAt, candidateId: 'c1' });
    touchApplication(db, 'a1', '2026-04-01T00:00:00.000Z');
    expect(db.select({ m: s.applications.mirroredAt }).from(s.applications).get()!.m).toBe('2026-04-01T00:00:00.000Z');
  });

  it('replaces tags, keeping a tag already mirrored as it was', () => {
    replaceCandidateTags(db, 'c1', [{ id: 't1', title: 'Alumni', isArchived: true, raw: { id: 't1' } }]);
    replaceCandidateTags(db, 'c1', [
      { id: 't1', title: 'Renamed', isArchived: false, raw: { id: 't1' } },
      { id: 't2', title: 'Referral', isArchived: false, raw: { id: 't2' } },
    ]);
    expect(db.select().from(s.tags).all()).toEqual([
      { id: 't1', title: 'Alumni', isArchived: true, raw: { id: 't1' } },
      { id: 't2', title: 'Referral', isArchived: false, raw: { id: 't2' } },
    ]);
    replaceCandidateTags(db, 'c1', [{ id: 't2', title: 'Referral', isArchived: false, raw: { id: 't2' } }]);
    expect(db.select({ tag: s.candidateTags.tagId }).from(s.candidateTags).all()).toEqual([{ tag: 't2' }]);
  });

  it('queues, relabels, re-points and drops files', () => {
    const file = { id: 'f1', candidateId: 'c1', kind: 'resume', name: 'cv.pdf', handle: 'h-1' };
    insertPendingFile(db, file, '2026-01-01T00:00:00.000Z');
    expect(fileHandleRow(db, 'f1')).toEqual(file);
    expect(db.select({ status: s.files.status }).from(s.files).get()).toEqual({ status: 'pending' });
    updateFileLabel(db, { id: 'f1', kind: 'attachment', name: 'cv2.pdf' });
    updateFileHandle(db, { ...file, candidateId: 'c2', handle: 'h-2' }, '2026-01-02T00:00:00.000Z');
    expect(fileHandleRow(db, 'f1')).toEqual({ ...file, candidateId: 'c2', handle: 'h-2' });
    expect(candidateFileIds(db, 'c2')).toEqual(['f1']);
    deleteFileRow(db, 'f1');
    expect(fileHandleRow(db, 'f1')).toBeNull();
  });

  it('appends outbox entries in order', () => {
    appendOutbox(db, { candidateId: 'c1', reason: 'candidate_created', createdAt: 'now' });
    appendOutbox(db, { candidateId: 'c2', reason: 'application_changed', createdAt: 'later' });
    expect(db.select().from(s.outbox).where(eq(s.outbox.candidateId, 'c2')).all()).toEqual([{ seq: 2, candidateId: 'c2', reason: 'application_changed', createdAt: 'later' }]);
  });

  it('prepares each statement once per connection', () => {
    expect(prepared(db, 'SELECT 1')).toBe(prepared(db, 'SELECT 1'));
    const other = openDb(':memory:');
    expect(prepared(other, 'SELECT 1')).not.toBe(prepared(db, 'SELECT 1'));
    other.$client.close();
  });
});
