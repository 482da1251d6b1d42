import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DigestData } from '../../app/product-api.js';
import { EMPTY_DIGEST } from '../../../test/support/slack/fake-deps.js';
import { buildDigest } from './build-digest.js';
import { scheduleDigests } from './schedule.js';

const SINCE = new Date('2026-11-26T09:00:00.000Z');
const UNTIL = new Date('2026-11-27T09:00:00.000Z');

describe('digest message', () => {
  it('renders as Block Kit with a text fallback', async () => {
    const data: DigestData = {
      since: SINCE.toISOString(),
      until: UNTIL.toISOString(),
      newCandidates: 2,
      newApplications: 1,
      stageChanges: { total: 2, byStage: [{ stage: 'Onsite', count: 2 }] },
      newJobs: [
        {
          id: 'J2',
          title: 'Data Engineer',
          topMatches: [
            { candidateId: 'C3', name: 'Person C3', profileUrl: 'https://app.ashbyhq.com/candidates/C3', score: 0.9, reasons: ['Python, Spark', 'reached Onsite for Platform Engineer'] },
            { candidateId: 'C1', name: 'Person C1', profileUrl: 'https://app.ashbyhq.com/candidates/C1', score: 0.5, reasons: ['SQL'] },
          ],
        },
      ],
      quality: { archivedWithoutReason: 1, resumesFailed: 1 },
    };
    const digest = await buildDigest({ digest: async () => data }, SINCE, UNTIL);
    expect(digest.text).toBe('Rediscovery digest: 2 new candidates, 1 new application, 2 stage changes, 1 new job.');
    const blocks = JSON.stringify(digest.blocks);
    expect(blocks).toContain('*New job: Data Engineer* — top rediscovered candidates');
    expect(blocks).toContain('1. <https://app.ashbyhq.com/candidates/C3|Person C3> — Python, Spark; reached Onsite for Platform Engineer');
    expect(blocks).toContain('1 application archived without a reason; 1 resume failed to parse');
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
      api: {
        now: () => new Date(),
        lastDigestAt: async () => last,
        setLastDigestAt: async (at) => {
          last = at;
        },
        digest: async (since, until) => {
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
      api: { now: () => UNTIL, lastDigestAt: async () => last, setLastDigestAt: async (at) => void (last = at), digest: async (a, b) => EMPTY_DIGEST(a, b) },
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
