import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildDoors } from '../server/doors.js';
import { serve } from '../server/serve.js';
import { environment, loadConfig } from '../shared/config.js';
import { percentile } from './percentile.js';
import type { FakeAshby } from '../sync/fake/index.js';

/*
 * `npm run bench -- freshness`: how long a change made in Ashby takes to become searchable, through
 * the real product: the fake Ashby emits signed webhooks to `serve`, the worker applies them to the
 * mirror, the indexer loop drains the outbox into the index. Measured from the admin change to the
 * moment the index checkpoint passes the outbox rows the change produced (the catalog refresh that
 * makes it visible to search runs right after, in the same indexer step).
 */

interface FreshnessBenchOptions {
  candidates?: number;
  changes?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runFreshnessBench(options: FreshnessBenchOptions = {}): Promise<void> {
  const candidates = options.candidates ?? 2000;
  const changes = options.changes ?? 40;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-freshness-'));
  const env: NodeJS.ProcessEnv = { ...environment(), REDISCOVERY_DATA_DIR: dataDir, REDISCOVERY_PORT: '0', REDISCOVERY_SYNC_INTERVAL_MINUTES: '0' };
  delete env.ASHBY_API_KEY; // demo mode: the fake Ashby in this process
  const config = loadConfig(env);
  const running = await serve({ config, doors: buildDoors, demo: { seed: 11, candidates }, print: () => {} });
  try {
    const fake = running.fakeAshby as FakeAshby;
    const mirror = new Database(config.mirrorPath, { readonly: true });
    const keyword = () => new Database(path.join(config.indexDir, 'keyword.db'), { readonly: true });
    let index = keyword();
    const checkpoint = () => Number((index.prepare("SELECT value FROM index_meta WHERE key = 'checkpoint_seq'").get() as { value: string } | undefined)?.value ?? 0);
    const headSeq = () => (mirror.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM outbox').get() as { s: number }).s;
    // Wait for the initial index build to catch up before measuring.
    const initialStart = Date.now();
    while (checkpoint() < headSeq()) {
      await sleep(200);
      index.close();
      index = keyword();
    }
    const initialSeconds = (Date.now() - initialStart) / 1000;

    const active = [...fake.state.applications.values()].filter((a) => a.status === 'Active').slice(0, changes);
    const latencies: number[] = [];
    for (const app of active) {
      const stages = fake.state.stagesOf(app.interviewPlanId).filter((s) => s.type === 'Active' && s.id !== app.currentStageId);
      const started = performance.now();
      const before = headSeq();
      fake.admin.moveApplicationStage({ applicationId: app.id, interviewStageId: stages[0]!.id });
      // The change is in the mirror once the outbox grows; searchable once the index checkpoint passes it.
      let target = 0;
      for (;;) {
        const head = headSeq();
        if (!target && head > before) target = head;
        if (target && checkpoint() >= target) break;
        if (performance.now() - started > 30_000) throw new Error('change not indexed within 30 s');
        await sleep(5);
      }
      latencies.push(performance.now() - started);
    }
    mirror.close();
    index.close();
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(`freshness: demo account of ${candidates} candidates, initial index build ${initialSeconds.toFixed(1)} s`);
    console.log(`  webhook change → searchable, ${latencies.length} stage moves: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(Math.max(...latencies))} (target p95 ≤ 2000 ms)`);
  } finally {
    await running.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
