import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import * as s from '../../store/schema.js';
import { createSlackDeps, LAST_DIGEST_META_KEY } from '../mirror-deps.js';
import { EMPTY_DIGEST } from '../../../test/support/slack/fake-deps.js';
import { PUBLIC_VISIBILITY } from '../../store/read-model/index.js';
import { buildDigest } from './build-digest.js';
import { digestDataFromMirror } from './digest-data.js';
import { scheduleDigests } from './schedule.js';

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

  it('renders as Block Kit with a text fallback', async () => {
    const db = openDb(':memory:');
    seed(db);
    const digest = await buildDigest({ digestData: async (a, b) => digestDataFromMirror(db, a, b) }, SINCE, UNTIL);
    expect(digest.text).toBe('Rediscovery digest: 2 new candidates, 1 new application, 2 stage changes, 1 new job.');
    const blocks = JSON.stringify(digest.blocks);
    expect(blocks).toContain('*New job: Data Engineer* — top rediscovered candidates');
    expect(blocks).toContain('1. <https://app.ashbyhq.com/candidates/C3|Person C3> — Python, Spark; reached Onsite for Platform Engineer');
    expect(blocks).toContain('1 application archived without a reason; 1 resume failed to parse');
  });

  it('remembers the last digest time in the mirror meta table', async () => {
    const db = openDb(':memory:');
    const deps = createSlackDeps({ db, core: () => ({}) as never, channelVisibility: PUBLIC_VISIBILITY, parser: { parse: async () => ({ request: {}, notes: [], unmapped: [] }) } });
    expect(await deps.lastDigestAt()).toBeNull();
    await deps.setLastDigestAt(UNTIL);
    await deps.setLastDigestAt(new Date('2026-11-28T09:00:00.000Z'));
    expect((await deps.lastDigestAt())?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(db.select().from(s.meta).all()).toEqual([{ key: LAST_DIGEST_META_KEY, value: '2026-11-28T09:00:00.000Z' }]);
  });
});

describe('scheduleDigests', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts on the cron schedule in the configured zone, each digest continuing from the last', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T07:59:00.000Z')); // 08:59 in Berlin
    let last: Date | null = null;
    const windows: [string, string][] = [];
    const posts: { channel: string; text: string }[] = [];
    const schedule = scheduleDigests({
      cron: '0 9,17 * * *',
      timezone: 'Europe/Berlin',
      channel: 'C9',
      deps: {
        now: () => new Date(),
        lastDigestAt: async () => last,
        setLastDigestAt: async (at) => {
          last = at;
        },
        digestData: async (since, until) => {
          windows.push([since.toISOString(), until.toISOString()]);
          return EMPTY_DIGEST(since, until);
        },
      },
      post: async (channel, digest) => {
        posts.push({ channel, text: digest.text });
      },
    });
    expect(schedule.nextRun()?.toISOString()).toBe('2026-11-27T08:00:00.000Z');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(posts).toEqual([{ channel: 'C9', text: expect.stringContaining('0 new candidates') }]);
    expect(windows[0]).toEqual(['2026-11-26T08:00:00.000Z', '2026-11-27T08:00:00.000Z']); // first digest: the last day
    expect(schedule.nextRun()?.toISOString()).toBe('2026-11-27T16:00:00.000Z');
    await vi.advanceTimersByTimeAsync(8 * 60 * 60_000);
    expect(posts).toHaveLength(2);
    expect(windows[1]).toEqual(['2026-11-27T08:00:00.000Z', '2026-11-27T16:00:00.000Z']);
    schedule.stop();
  });

  it('does not advance the window when posting fails, so the next digest covers it', async () => {
    let last: Date | null = new Date('2026-11-26T00:00:00.000Z');
    let fail = true;
    const schedule = scheduleDigests({
      cron: '0 9 * * *',
      timezone: 'UTC',
      channel: 'C9',
      deps: { now: () => UNTIL, lastDigestAt: async () => last, setLastDigestAt: async (at) => void (last = at), digestData: async (a, b) => EMPTY_DIGEST(a, b) },
      post: async () => {
        if (fail) throw new Error('channel_not_found');
      },
    });
    expect(await schedule.runNow()).toBe(false);
    expect(last!.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    fail = false;
    expect(await schedule.runNow()).toBe(true);
    expect(last!.toISOString()).toBe(UNTIL.toISOString());
    schedule.stop();
  });
});
