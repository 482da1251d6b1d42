import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDeployment, type SoakDeployment } from '../bench/soak/account.js';
import { movableApplications, runStageMoves } from '../bench/soak/change-load.js';

/*
 * A webhook burst while serve's indexer works (issue 10): the product as deployed (the soak's
 * deployment: the fake Ashby in its own process, `rediscovery serve` with a key, dist/ through
 * bin/rediscovery.js), Ashby sending a burst of signed webhooks as fast as recruiters could cause
 * them, while /healthz is probed until the index has caught up with every change. The only time
 * rule is the product's own, the one the soak uses: /healthz answers 200 within 1 s. Before the
 * indexer had its own thread, re-embedding each batch of changed candidates on serve's event loop
 * held /healthz and webhooks for seconds at a time.
 */

const SLOW = 600_000;
const HEALTHZ_RULE_MS = 1000;

describe('serve under a webhook burst while the indexer works', () => {
  let dir: string;
  let d: SoakDeployment;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-burst-'));
    d = await startDeployment({ dataDir: dir, candidates: 300, seed: 31 });
  }, SLOW);
  afterAll(async () => {
    await d?.serve.stop('SIGTERM').catch(() => undefined);
    await d?.fake.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('/healthz keeps answering within its 1 s rule; every change is indexed; SIGTERM exits 0', async () => {
    const client = await d.mcpClient('burst-status');
    const backlog = async () => ((await client.callTool({ name: 'get_sync_status', arguments: {} })) as unknown as { structuredContent: { outboxBacklog: number } }).structuredContent.outboxBacklog;
    const apps = await movableApplications(d.ashby);
    const slow: string[] = [];
    let probes = 0;
    let maxBacklog = 0;
    let burstDone = false;
    const probe = (async () => {
      // Until the burst is over and the indexer has drained everything it caused.
      for (;;) {
        const started = performance.now();
        const res = await fetch(`${d.baseUrl}/healthz`);
        await res.arrayBuffer();
        const ms = performance.now() - started;
        probes++;
        if (res.status !== 200 || ms > HEALTHZ_RULE_MS) slow.push(`/healthz ${res.status} in ${Math.round(ms)} ms`);
        const pending = await backlog();
        maxBacklog = Math.max(maxBacklog, pending);
        if (burstDone && pending === 0) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    // 400 webhooks sent as fast as the fake's admin API takes the moves (two webhooks per move).
    const burst = await runStageMoves(d.ashby, apps, 400, Date.now() + 1000);
    burstDone = true;
    await probe;
    await client.close();
    expect(burst.errors.count).toBe(0);
    expect(burst.moves).toBeGreaterThan(0);
    expect(probes).toBeGreaterThan(0);
    expect(slow, `max outbox backlog seen ${maxBacklog}`).toEqual([]);
    expect(await d.serve.stop('SIGTERM')).toBe(0);
  }, SLOW);
});
