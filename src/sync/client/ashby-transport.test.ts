import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, startReplayServer, type ReplayServer } from '../../../test/support/ashby-recordings/replay-server.js';
import { ashbyFailure, replayClient } from '../../../test/support/ashby-recordings/test-client.js';

let server: ReplayServer;
let sleeps: number[];
const ok = { body: { success: true, results: [], moreDataAvailable: false } };

const client = (overrides: Parameters<typeof replayClient>[2] = {}) => replayClient(server, sleeps, overrides);
const failure = ashbyFailure;

beforeEach(async () => {
  server = await startReplayServer();
  sleeps = [];
});
afterEach(() => server.close());

describe('retries', () => {
  it('honours Retry-After in seconds on 429', async () => {
    server.reply({ status: 429, body: fixture('error-rate-limited'), headers: { 'retry-after': '7' } }, ok);
    await client().call('candidate.list', {});
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    server.reply({ status: 429, body: fixture('error-rate-limited'), headers: { 'retry-after': 'Mon, 01 Jun 2026 12:00:03 GMT' } }, ok);
    await client({ now: () => now }).call('candidate.list', {});
    expect(sleeps).toEqual([3000]);
  });

  it('caps an absurd Retry-After at maxRetryDelayMs', async () => {
    server.reply({ status: 429, body: fixture('error-rate-limited'), headers: { 'retry-after': '86400' } }, ok);
    await client({ maxRetryDelayMs: 10_000 }).call('candidate.list', {});
    expect(sleeps).toEqual([10_000]);
  });

  it('backs off exponentially with jitter on 429 without Retry-After', async () => {
    const r429 = { status: 429, body: fixture('error-rate-limited') };
    server.reply(r429, r429, r429, ok);
    await client({ retryBaseMs: 500 }).call('candidate.list', {});
    // random() = 0.5 → half of 500·2^n
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('gives up on 429 after maxRetries with ashby_rate_limited', async () => {
    server.reply({ status: 429, body: fixture('error-rate-limited') });
    const error = await failure(client({ maxRetries: 3 }).call('candidate.list', {}));
    expect(error.code).toBe('ashby_rate_limited');
    expect(error.ashbyCode).toBe('rate_limit_exceeded');
    expect(server.requests).toHaveLength(4);
  });

  it('retries 500 and 503 then succeeds', async () => {
    server.reply({ status: 500, body: 'oops' }, { status: 503, body: { success: false, errors: ['unavailable'] } }, ok);
    const res = await client().call('candidate.list', {});
    expect(res.moreDataAvailable).toBe(false);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up on 5xx with ashby_server_error', async () => {
    server.reply({ status: 503, body: 'down' });
    const error = await failure(client({ maxRetries: 2 }).call('candidate.list', {}));
    expect(error).toMatchObject({ code: 'ashby_server_error', status: 503 });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a dropped connection', async () => {
    server.reply({ drop: true }, { drop: true }, ok);
    await client().call('candidate.list', {});
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('gives up on dropped connections with ashby_network_error', async () => {
    server.reply({ drop: true });
    const error = await failure(client({ maxRetries: 2 }).call('candidate.list', {}));
    expect(error.code).toBe('ashby_network_error');
    expect(server.requests).toHaveLength(3);
  });

  it('times out a request that never answers, retries, and reports the timeout', async () => {
    server.reply({ hang: true });
    const error = await failure(client({ timeoutMs: 100, maxRetries: 1 }).call('candidate.list', {}));
    expect(error.code).toBe('ashby_network_error');
    expect(error.message).toContain('timed out after 100 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('recovers when the retry after a timeout answers', async () => {
    server.reply({ hang: true }, ok);
    await client({ timeoutMs: 100 }).call('candidate.list', {});
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry 401 or 403', async () => {
    server.reply({ status: 401, body: '' });
    await failure(client().call('candidate.list', {}));
    server.reply({ status: 403, body: '' });
    await failure(client().call('candidate.list', {}));
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });
});

describe('rate limit', () => {
  it('never sends more than maxRequestsPerMinute in any 60 s window across concurrent calls', async () => {
    let clock = 1_000_000;
    const sentAt: number[] = [];
    server.reply(ok);
    const c = client({
      maxRequestsPerMinute: 30,
      now: () => clock,
      // The limiter is the only sleeper here; sleeping moves the virtual clock.
      sleep: async (ms) => {
        clock += ms;
      },
      fetch: (input, init) => {
        sentAt.push(clock);
        return fetch(input, init);
      },
    });
    await Promise.all(Array.from({ length: 75 }, () => c.call('candidate.list', {})));
    expect(sentAt).toHaveLength(75);
    for (let i = 0; i < sentAt.length; i++) {
      const inWindow = sentAt.filter((t) => t >= sentAt[i] && t < sentAt[i] + 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(30);
    }
    // 75 requests at 30/min need at least two full windows.
    expect(sentAt[74] - sentAt[0]).toBeGreaterThanOrEqual(120_000);
  });
});
