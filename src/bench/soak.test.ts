import { describe, expect, test } from 'vitest';
import { runSoak } from './soak.js';

/*
 * The soak benchmark at small scale, through the shipped bin/rediscovery.js (dist/, built by `npm
 * test`): the fake Ashby and serve as separate processes, MCP clients searching while Ashby changes
 * arrive by webhook. No timing is asserted; every request, webhook, health probe and freshness probe
 * must succeed and serve must exit 0 on SIGTERM.
 */

const SLOW = 600_000;

describe('soak (small): serve with a key under concurrent MCP searches and webhooks', () => {
  test('no errors: every search, webhook delivery, /healthz probe and freshness probe succeeds; SIGTERM exits 0', async () => {
    const lines: string[] = [];
    const report = await runSoak({ minutes: 1 / 3, candidates: 150, concurrency: 6, webhooksPerSecond: 6, log: (l) => lines.push(l) });
    expect(report.errors, JSON.stringify(report, null, 2)).toMatchObject({ total: 0 });
    expect(report.searches.done).toBeGreaterThan(0);
    expect(report.webhooks.accepted).toBe(report.webhooks.emitted);
    expect(report.freshnessLagMs.count).toBeGreaterThan(0);
    expect(report.serve.exitOnSigterm).toBe(0);
    // Every worker thread's heap reaches /healthz (thread-memory.ts): the indexer and at least one search worker.
    expect(Object.keys(report.serve.memoryPerMinuteMiB.at(-1)?.threads ?? {})).toEqual(expect.arrayContaining(['indexer', 'search-1']));
  }, SLOW);
});
