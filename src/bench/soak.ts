import { environment } from '../shared/config.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDeployment } from './soak/account.js';
import { movableApplications, runStageMoves } from './soak/change-load.js';
import { ProcessSampler } from './soak/process-stats.js';
import { probeFreshness, probeHealth, webhookMark, webhookOutcome, type MemorySample } from './soak/probes.js';
import { requestStream } from './soak/requests.js';
import { listFilterValues, runSearchLoad } from './soak/search-load.js';
import { latency, type ErrorTally, type Latency } from './soak/stats.js';

/*
 * `npm run bench -- soak [--minutes 10] [--candidates 2000] [--concurrency 20] [--webhooks-per-second 10] [--json]`
 *
 * The product as deployed (src/bench/soak/account.ts) under steady load for a while: `concurrency`
 * MCP clients searching back to back with never-repeated requests, Ashby changes sending signed
 * webhooks at the asked rate, /healthz probed every second, and a freshness probe (a new candidate
 * in Ashby until search finds them) every 15 s. Errors must be 0: any MCP error, any webhook whose
 * first delivery was not accepted with 2xx, any /healthz slower than 1 s, any probe not found, and
 * a SIGTERM at the end that does not exit 0.
 */

interface SoakOptions {
  minutes?: number;
  candidates?: number;
  concurrency?: number;
  webhooksPerSecond?: number;
  seed?: number;
  json?: boolean;
  /** Where progress lines go (stderr by default). */
  log?: (line: string) => void;
}

interface SoakReport {
  config: { minutes: number; candidates: number; concurrency: number; webhooksPerSecond: number; searchWorkers: string };
  searches: { done: number; perSecond: number; latencyMs: Latency };
  webhooks: { emitted: number; accepted: number; undelivered: number; attempts: number; deliveryMs: Latency };
  healthz: Latency;
  /** serve's event-loop delay: the worst in each 1 s between /healthz probes, summarised over the run. */
  serveEventLoopMaxDelayMs: Latency;
  /** The same for the soak's own process (the clients): a stalled client inflates every latency it measures. */
  clientEventLoopMaxDelayMs: Latency;
  freshnessLagMs: Latency;
  serve: {
    rssMiB: { start: number | null; end: number | null; peak: number | null };
    /** /healthz's memory about once a minute: RSS beside the main thread's V8 heap and external memory. */
    memoryPerMinuteMiB: MemorySample[];
    exitOnSigterm: number | string;
  };
  loadAverage: { start: number; end: number; mean: number; cores: number };
  errors: { total: number; search: ReturnType<ErrorTally['toJSON']>; webhooks: ReturnType<ErrorTally['toJSON']>; healthz: ReturnType<ErrorTally['toJSON']>; freshness: ReturnType<ErrorTally['toJSON']>; changes: ReturnType<ErrorTally['toJSON']>; shutdown: number };
}

export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const minutes = options.minutes ?? 10;
  const candidates = options.candidates ?? 2000;
  const concurrency = options.concurrency ?? 20;
  const webhooksPerSecond = options.webhooksPerSecond ?? 10;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-soak-'));
  try {
    log(`soak: starting the fake Ashby (${candidates} candidates) and serve; waiting for the first sync and index…`);
    const d = await startDeployment({ dataDir: dir, candidates, seed: options.seed ?? 23 });
    const setup = await d.mcpClient('soak-setup');
    const values = await listFilterValues(setup, ['stage', 'stageReached', 'source', 'department']);
    const requests = requestStream(values);
    const apps = await movableApplications(d.ashby);
    const clients = await Promise.all(Array.from({ length: concurrency }, (_, i) => d.mcpClient(`soak-${i}`)));
    const mark = await webhookMark(d.ashby);
    const sampler = new ProcessSampler(d.serve.proc.pid!);
    sampler.start();

    const started = Date.now();
    const until = started + minutes * 60_000;
    log(`soak: load for ${minutes} min: ${concurrency} MCP clients searching, ${webhooksPerSecond} webhooks/s, /healthz every 1 s, a freshness probe every 15 s`);
    const ticker = setInterval(() => log(`soak: ${Math.round((Date.now() - started) / 1000)} s`), 60_000);
    const [search, changes, health, freshness] = await Promise.all([
      runSearchLoad(clients, () => requests.next(), until),
      runStageMoves(d.ashby, apps, webhooksPerSecond, until),
      probeHealth(d.baseUrl, until),
      probeFreshness(d.ashby, setup, until),
    ]);
    clearInterval(ticker);
    const seconds = (Date.now() - started) / 1000;
    const webhooks = await webhookOutcome(d.ashby, mark);
    sampler.stop();
    await Promise.all([...clients, setup].map((c) => c.close().catch(() => undefined)));
    const exit = await d.serve.stop('SIGTERM').catch(() => 'timeout');
    await d.fake.stop().catch(() => undefined);
    const shutdownErrors = exit === 0 ? 0 : 1;
    if (shutdownErrors) log(`soak: serve exited ${exit} on SIGTERM; last lines:\n${d.serve.lines.slice(-20).join('\n')}`);

    const stats = sampler.summary();
    const tallies = [search.errors, webhooks.errors, health.errors, freshness.errors, changes.errors];
    return {
      config: { minutes, candidates, concurrency, webhooksPerSecond, searchWorkers: environment().REDISCOVERY_SEARCH_WORKERS ?? 'default' },
      searches: { done: search.latencies.length, perSecond: Math.round((search.latencies.length / seconds) * 10) / 10, latencyMs: latency(search.latencies) },
      webhooks: { emitted: webhooks.emitted, accepted: webhooks.accepted, undelivered: webhooks.undelivered, attempts: webhooks.attempts, deliveryMs: latency(webhooks.latencies) },
      healthz: latency(health.latencies),
      serveEventLoopMaxDelayMs: latency(health.loopDelayMaxMs),
      clientEventLoopMaxDelayMs: latency(health.clientLoopDelayMaxMs),
      freshnessLagMs: latency(freshness.lags),
      serve: { rssMiB: stats.rssMiB, memoryPerMinuteMiB: health.memory.filter((_, i) => i % 60 === 0 || i === health.memory.length - 1), exitOnSigterm: exit },
      loadAverage: stats.loadAverage,
      errors: {
        total: tallies.reduce((n, t) => n + t.count, 0) + shutdownErrors,
        search: search.errors.toJSON(),
        webhooks: webhooks.errors.toJSON(),
        healthz: health.errors.toJSON(),
        freshness: freshness.errors.toJSON(),
        changes: changes.errors.toJSON(),
        shutdown: shutdownErrors,
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function threadHeaps(m: MemorySample): string {
  const threads = Object.entries(m.threads ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const heaps = m.heapUsed + threads.reduce((n, [, t]) => n + t.heapUsedMiB, 0);
  return `${threads.map(([name, t]) => `${name} ${t.heapUsedMiB}/${t.heapTotalMiB}`).join(', ')}; RSS − JS heaps ≈ ${m.rss - heaps}`;
}

const ms = (l: Latency) => `p50 ${l.p50 ?? '-'} ms, p95 ${l.p95 ?? '-'} ms, p99 ${l.p99 ?? '-'} ms, max ${l.max ?? '-'} ms (n=${l.count})`;

/** The report as a few lines a README can quote. */
function formatSoak(r: SoakReport): string {
  const e = r.errors;
  return [
    `soak: ${r.config.minutes} min, ${r.config.candidates} candidates, ${r.config.concurrency} concurrent MCP clients, ${r.config.webhooksPerSecond} webhooks/s (search workers: ${r.config.searchWorkers})`,
    `  searches: ${r.searches.done} done, ${r.searches.perSecond}/s; ${ms(r.searches.latencyMs)}`,
    `  webhooks: ${r.webhooks.emitted} sent, ${r.webhooks.accepted} accepted, ${r.webhooks.undelivered} undelivered (${r.webhooks.attempts} attempts); delivery ${ms(r.webhooks.deliveryMs)}`,
    `  /healthz: ${ms(r.healthz)}`,
    `  serve's event loop, worst delay per second: ${ms(r.serveEventLoopMaxDelayMs)}`,
    `  the soak client's own event loop, worst delay per second: ${ms(r.clientEventLoopMaxDelayMs)}`,
    `  freshness (Ashby change → searchable): ${ms(r.freshnessLagMs)}`,
    `  serve RSS: start ${r.serve.rssMiB.start} MiB, end ${r.serve.rssMiB.end} MiB, peak ${r.serve.rssMiB.peak} MiB; SIGTERM exit ${r.serve.exitOnSigterm}`,
    `  serve memory per minute (RSS / main heap / external MiB): ${r.serve.memoryPerMinuteMiB.map((m) => `${m.rss}/${m.heapUsed}/${m.external}`).join(', ')}`,
    `  worker heaps per minute (used/total MiB per thread; RSS beyond all heaps is native memory): ${r.serve.memoryPerMinuteMiB.map(threadHeaps).join(' | ')}`,
    `  load average: start ${r.loadAverage.start}, end ${r.loadAverage.end}, mean ${r.loadAverage.mean} on ${r.loadAverage.cores} cores`,
    `  errors: ${e.total} (search ${e.search.count}, webhooks ${e.webhooks.count}, healthz ${e.healthz.count}, freshness ${e.freshness.count}, changes ${e.changes.count}, shutdown ${e.shutdown})`,
    ...[e.search, e.webhooks, e.healthz, e.freshness, e.changes].flatMap((t) => t.samples.map((s) => `    ${s}`)),
  ].join('\n');
}

export async function runSoakBench(options: SoakOptions): Promise<void> {
  const report = await runSoak(options);
  if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatSoak(report) + '\n');
  if (report.errors.total > 0) process.exitCode = 1;
}
