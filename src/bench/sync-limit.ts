import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDb } from '../store/db.js';
import { applications } from '../store/schema.js';
import { AshbyClient } from '../sync/client/ashby-client.js';
import { runSync } from '../sync/engine/run-sync.js';
import { startFakeChild } from './sync.js';

/*
 * `npm run bench -- sync --candidates N --rate-limit 1000`: a first full sync against the fake Ashby
 * enforcing Ashby's documented per-key limit, with the client at its default ceiling (it stays under
 * the limit on its own). Reports when the account is searchable without stage filters (list phase
 * done), when every ACTIVE application's stage history is in (stage filters right for live
 * pipelines: the backfill does those first), and when all stage history is complete. The run is
 * linear in requests, so a smaller N at the real limit extrapolates; the printout says which
 * figures are measured and which extrapolated.
 */

interface SyncAtLimitOptions {
  candidates?: number;
  rateLimit: number;
  seed?: number;
  /** Extrapolate the measured request rate to this many candidates (default 100,000). */
  extrapolateTo?: number;
  /**
   * `active`: stop once every active application's stage history is in, so the first two figures
   * are measured at full scale (100k at the real limit: about an hour) instead of extrapolated; the
   * rest of the backfill (hours) is then extrapolated from the measured request rate.
   */
  stopAfter?: 'active' | 'all';
  out?: (line: string) => void;
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export async function runSyncAtLimitBench(opts: SyncAtLimitOptions): Promise<Record<string, unknown>> {
  const n = opts.candidates ?? 100_000;
  const target = opts.extrapolateTo ?? 100_000;
  const log = opts.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (!Number.isFinite(opts.rateLimit) || opts.rateLimit <= 0) throw new Error(`--rate-limit must be requests per minute (a positive number), got ${String(opts.rateLimit)}`);
  if (opts.stopAfter !== undefined && opts.stopAfter !== 'active' && opts.stopAfter !== 'all') throw new Error(`--stop-after must be active or all, got ${String(opts.stopAfter)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-limit-'));
  const fake = await startFakeChild(n, opts.seed ?? 42, opts.rateLimit);
  let requests = 0;
  try {
    log(`first full sync of ${n} candidates (${fake.counts.applications} applications) against the fake at ${opts.rateLimit} requests/minute per key; client at its default ceiling   [load ${loadavg()}]`);
    const inner = new AshbyClient({ apiKey: fake.apiKey, baseUrl: fake.url });
    const client = { call: ((method, body, schema) => {
      requests++;
      return inner.call(method, body, schema);
    }) as AshbyClient['call'] };
    const db = openDb(path.join(dir, 'mirror.db'));
    const start = performance.now();
    // runSync has no cancel: stopping after the active backfill ends the process once the figures are printed.
    const stopEarly = () => {
      const elapsed = performance.now() - start;
      const perMinute = (requests / elapsed) * 60_000;
      const rest = fake.counts.applications - activeTotal;
      log(`stopped after the active backfill (--stop-after active): ${rest} older applications' history not fetched; EXTRAPOLATED at the measured ${perMinute.toFixed(0)} requests/minute, at most one call each: all stage history ≈ ${((elapsed / 60_000 + rest / perMinute) / 60).toFixed(1)} h`);
      db.$client.close();
      void fake.stop(); // sends SIGTERM now; the child finishes on its own
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    };
    let listDone = 0;
    let listRequests = 0;
    let activeDone = 0;
    let activeTotal = 0;
    let historyDone = 0;
    let inHistory = false;
    const summary = await runSync(db, client, {
      mode: 'full',
      files: null,
      progress: {
        phase(name) {
          inHistory = name === 'application history';
          if (!inHistory) return;
          listDone = performance.now() - start;
          listRequests = requests;
          activeTotal = db.select({ n: sql<number>`count(*)` }).from(applications).where(sql`${applications.status} = 'Active' AND (${applications.historyUpdatedAt} IS NULL OR ${applications.historyUpdatedAt} <> ${applications.updatedAt})`).get()!.n;
          log(`searchable without stage filters (list phase done): ${(listDone / 1000).toFixed(1)} s, ${listRequests} requests; ${activeTotal} active applications to backfill first   [load ${loadavg()}]`);
          if (activeTotal === 0) {
            activeDone = listDone;
            if (opts.stopAfter === 'active') stopEarly();
          }
        },
        tick(count) {
          // The list phase ticks pages too; only the history phase's ticks are applications.
          if (!inHistory) return;
          historyDone += count;
          if (!activeDone && historyDone >= activeTotal) {
            activeDone = performance.now() - start;
            log(`stage history of every active application in: ${(activeDone / 1000).toFixed(1)} s after the start, ${requests} requests   [load ${loadavg()}]`);
            if (opts.stopAfter === 'active') stopEarly();
          }
        },
        done() {},
      },
    });
    const all = performance.now() - start;
    const historyCalls = requests - listRequests;
    log(`stage history complete: ${(all / 1000).toFixed(1)} s; ${summary.history.fetched} fetched (${historyCalls} calls), ${summary.history.derived} derived without a call, ${summary.history.failed} failed; complete ${summary.history.complete} of ${summary.history.total}   [load ${loadavg()}]`);
    const scale = target / n;
    const perMinute = (requests / all) * 60_000;
    const ex = {
      listMinutes: (listRequests * scale) / perMinute,
      activeMinutes: ((listRequests + activeTotal) * scale) / perMinute,
      allMinutes: (requests * scale) / perMinute,
    };
    log(`EXTRAPOLATED to ${target} candidates at the measured ${perMinute.toFixed(0)} requests/minute (requests scale with candidates): searchable without stage filters ≈ ${ex.listMinutes.toFixed(1)} min, active pipelines' stage history ≈ ${ex.activeMinutes.toFixed(1)} min, all stage history ≈ ${(ex.allMinutes / 60).toFixed(1)} h`);
    db.$client.close();
    return {
      candidates: n,
      applications: fake.counts.applications,
      rateLimitPerMinute: opts.rateLimit,
      measuredRequestsPerMinute: perMinute,
      seconds: { searchableWithoutStageFilters: listDone / 1000, activeHistoryComplete: activeDone / 1000, historyComplete: all / 1000 },
      history: summary.history,
      extrapolated: { candidates: target, ...ex },
      loadavg: loadavg(),
    };
  } finally {
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
