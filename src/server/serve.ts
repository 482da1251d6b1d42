import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AppConfig } from '../shared/config.js';
import { logger } from '../shared/logger.js';
import { mirrorCandidateCount, openContext, createAshbyClient, type AppContext } from '../app/context.js';
import { acquireServeLock } from '../app/serve-lock.js';
import { threadMemory } from '../app/thread-memory.js';
import { makePrivateDir } from '../shared/private-files.js';
import type { SyncProgress } from '../sync/engine/run-sync.js';
import type { FakeAshby } from '../sync/fake/index.js';
import { BackgroundOcr } from '../sync/engine/background-ocr.js';
import { SyncScheduler } from '../sync/engine/sync-scheduler.js';
import { EventWorker } from '../sync/webhooks/event-worker.js';
import { refreshIdentityLinks } from '../match/enrich/refresh-identity.js';
import type { SyncSummary } from '../sync/engine/run-sync.js';
import { receiveWebhook } from '../sync/webhooks/receive-webhook.js';
import { CleanupList } from './cleanup-list.js';
import { startHttpServer, type Routes } from './http-server.js';

/** A door into the product mounted on the serve process (MCP over HTTP, Slack, the indexer loop…). */
export interface Door {
  name: string;
  routes?: Routes;
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** One line for the start-up banner. */
  describe?(baseUrl: string): string;
}

/** Subscriptions a door can take on the serve process's events. */
export interface ServeHooks {
  /** The mirror changed (a sync finished, a webhook was applied): wake whoever derives data from it. */
  onMirrorChanged(listener: () => void): void;
  /** Ashby reported a new job (`jobCreate`). */
  onJobCreated(listener: (jobId: string) => void): void;
}

interface ServeOptions {
  config: AppConfig;
  progress?: SyncProgress;
  /**
   * Doors are built once the context exists, so they share the mirror and the hooks; whatever a door
   * starts while being built (a worker pool, the product) it registers in `cleanup`.
   */
  doors?: (ctx: AppContext, hooks: ServeHooks, cleanup: CleanupList) => Promise<Door[]>;
  /** Demo account size when no ASHBY_API_KEY is set. */
  demo?: { seed: number; candidates: number };
  print?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  ctx: AppContext;
  scheduler: SyncScheduler | null;
  readonly worker: EventWorker;
  hooks: ServeHooks;
  /** The demo's fake Ashby (its admin API makes changes that arrive by webhook); null with a real key. */
  fakeAshby: FakeAshby | null;
  stop(): Promise<void>;
}

/**
 * `rediscovery serve`: one HTTP server (healthz, Ashby webhooks, and the doors), the webhook event
 * worker, an initial sync, the periodic incremental sync and the daily reconciliation. With no
 * ASHBY_API_KEY it starts the bundled fake Ashby with the demo account and wires its webhooks here.
 */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  // Every resource is registered as it starts; a start-up that fails part-way releases what it had started.
  const cleanup = new CleanupList();
  try {
    return await startServing(opts, cleanup);
  } catch (error) {
    await cleanup.run();
    throw error;
  }
}

async function startServing(opts: ServeOptions, cleanup: CleanupList): Promise<RunningServer> {
  // The one writer of this data folder: CLIs and `rediscovery mcp` next to it become readers.
  makePrivateDir(opts.config.dataDir);
  cleanup.add('serve lock', acquireServeLock(opts.config.dataDir), (lock) => lock.release());
  const print = opts.print ?? ((line: string) => process.stderr.write(line + '\n'));
  let config = opts.config;
  const demo = !config.ASHBY_API_KEY;
  const webhookSecret = config.ASHBY_WEBHOOK_SECRET ?? (demo ? randomBytes(24).toString('hex') : undefined);
  config = { ...config, ASHBY_WEBHOOK_SECRET: webhookSecret };

  // With a key the context's client talks to ASHBY_BASE_URL; the demo sets its client once the fake is up.
  const ctx = cleanup.add('mirror', openContext(config, demo ? null : undefined), (c) => c.close());
  const listeners = { changed: [] as (() => void)[], jobCreated: [] as ((id: string) => void)[] };
  const emit = {
    mirrorChanged: () => listeners.changed.forEach((fn) => fn()),
    jobCreated: (id: string) => listeners.jobCreated.forEach((fn) => fn(id)),
  };
  const hooks: ServeHooks = {
    onMirrorChanged: (fn) => listeners.changed.push(fn),
    onJobCreated: (fn) => listeners.jobCreated.push(fn),
  };
  // Created once the Ashby client exists; events stored before then wait, durably, as `pending`.
  let worker: EventWorker | null = null;

  const doors = opts.doors ? await opts.doors(ctx, hooks, cleanup) : [];
  // How long callbacks waited for this process's event loop since the previous /healthz: webhooks and
  // Slack acks have deadlines, so a busy loop shows here before it shows as timeouts.
  const loopDelay = cleanup.add('event-loop delay monitor', monitorEventLoopDelay({ resolution: 20 }), (h) => {
    h.disable();
  });
  loopDelay.enable();
  const routes: Routes = {
    'GET /healthz': (_req, res) => {
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      const eventLoopDelayMs = { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) };
      loopDelay.reset();
      // This thread's V8 heap beside the process's RSS: what grows when RSS grows is either here or in workers/native memory.
      const mem = process.memoryUsage();
      const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
      const memoryMiB = { rss: mib(mem.rss), heapUsed: mib(mem.heapUsed), external: mib(mem.external), arrayBuffers: mib(mem.arrayBuffers), threads: threadMemory() };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, candidates: mirrorCandidateCount(ctx), eventLoopDelayMs, memoryMiB }));
    },
    'POST /webhooks/ashby': (req, res) =>
      receiveWebhook(req, res, { db: ctx.db, secret: webhookSecret, maxBytes: config.REDISCOVERY_WEBHOOK_MAX_BYTES, onStored: () => void worker?.kick() }),
  };
  for (const door of doors) Object.assign(routes, door.routes ?? {});
  const http = cleanup.add('http server', await startHttpServer(routes, { port: config.REDISCOVERY_PORT, host: config.REDISCOVERY_HOST }), (h) => h.close());

  let fakeAshby: RunningServer['fakeAshby'] = null;
  if (demo) {
    const { startFakeAshby, DEFAULT_FAKE_API_KEY } = await import('../sync/fake/index.js');
    const seed = opts.demo ?? { seed: 42, candidates: 2000 };
    // A well-known key: the fake only listens on loopback, and users drive its admin API from the banner.
    const apiKey = DEFAULT_FAKE_API_KEY;
    const fake = await startFakeAshby({
      port: 0,
      seed: seed.seed,
      candidates: seed.candidates,
      apiKey,
      webhook: { url: `${http.url}/webhooks/ashby`, secret: webhookSecret!, retryBaseMs: 1000 },
      // The demo runs on loopback: no reason to hold it to Ashby's 1,000 requests/minute.
      rateLimitPerMinute: 1_000_000,
    });
    fakeAshby = cleanup.add('fake Ashby', fake, (f) => f.close());
    ctx.client = createAshbyClient(config, { apiKey, baseUrl: fake.url, maxRequestsPerMinute: 1_000_000 });
    print(`Demo mode: no ASHBY_API_KEY, so a fake Ashby with a synthetic account (seed ${seed.seed}, ${seed.candidates} candidates) runs at ${fake.url}`);
  }
  const client = ctx.client!;
  worker = cleanup.add('webhook event worker', new EventWorker({ db: ctx.db, client, onMirrorChanged: emit.mirrorChanged, onJobCreated: emit.jobCreated }), async (w) => {
    // Let the worker finish what it is applying before the mirror closes under it.
    await w.kick();
    w.stop();
  });

  // Scans are read by OCR after each sync, in the background (never in the sync's path).
  const ocr = cleanup.add('background OCR', new BackgroundOcr(ctx.db, client, ctx.files, () => emit.mirrorChanged()), (o) => o.stop());
  const scheduler = new SyncScheduler(ctx.db, client, { files: ctx.files, progress: opts.progress }, (summary) => {
    if (candidatesChanged(summary)) refreshDuplicates(ctx);
    emit.mirrorChanged();
    ocr.kick();
  });
  // Registered before the first sync, so a sync that fails at start-up is waited for and released too.
  cleanup.add('sync scheduler', scheduler, (sc) => sc.stop());
  const hasMirror = mirrorCandidateCount(ctx) > 0;
  print(`Syncing ${demo ? 'the demo account' : config.ASHBY_BASE_URL} into ${config.mirrorPath} (${hasMirror ? 'incremental' : 'full'})…`);
  const summary = await scheduler.run(hasMirror ? 'incremental' : 'full');
  print(`Mirror ready: ${summary.entities.find((e) => e.entity === 'candidates')?.received ?? 0} candidates received, ${summary.files.ok} resumes extracted, ${summary.files.failed} failed.`);
  scheduler.start({ intervalMinutes: config.REDISCOVERY_SYNC_INTERVAL_MINUTES, reconcileCron: config.REDISCOVERY_RECONCILE_CRON });
  void worker.kick();

  for (const door of doors) {
    await door.start?.();
    if (door.stop) cleanup.add(`door ${door.name}`, door, (d) => d.stop!());
  }
  print(`Serving on ${http.url}`);
  print(`  GET  ${http.url}/healthz`);
  print(`  POST ${http.url}/webhooks/ashby   (Ashby webhooks, signed with ASHBY_WEBHOOK_SECRET)`);
  for (const door of doors) if (door.describe) print(`  ${door.describe(http.url)}`);
  print(tryThis(config.dataDir, fakeAshby?.url ?? null, fakeAshby?.apiKey ?? null));

  return {
    url: http.url,
    ctx,
    scheduler,
    worker,
    fakeAshby,
    hooks,
    /** Releases every started resource in reverse start order (doors, scheduler, OCR, worker, fake, HTTP, product, mirror, lock). */
    stop: () => cleanup.run(),
  };
}

/** Duplicate detection runs over the whole account (blocking keys span records), so after syncs that changed candidates. */
function candidatesChanged(summary: SyncSummary): boolean {
  const c = summary.entities.find((e) => e.entity === 'candidates');
  return summary.mode === 'full' || (c ? c.written + c.removed > 0 : false);
}

function refreshDuplicates(ctx: AppContext): void {
  try {
    const result = refreshIdentityLinks(ctx.db);
    logger.info({ candidates: result.candidates, links: result.links, ms: result.ms }, 'duplicate detection refreshed');
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'duplicate detection failed');
  }
}

/** What to try next, printed once the product is up. */
function tryThis(dataDir: string, fakeUrl: string | null, fakeKey: string | null): string {
  const env = `REDISCOVERY_DATA_DIR=${dataDir}`;
  const lines = [
    '',
    'Try, in another terminal:',
    `  ${env} npx rediscovery search "backend engineer kubernetes" --stage-reached Onsite`,
    `  ${env} npx rediscovery search "nurse" --boolean 'title:nurse -"nurse practitioner"'`,
    `  ${env} npx rediscovery search "engineer" --rejection-reason Timing --rejection-reason Compensation --json`,
    `  ${env} npx rediscovery insights "product designer"`,
    `  ${env} npx rediscovery rediscover --job "Senior Backend Engineer"`,
    `  ${env} npx rediscovery mcp        # MCP over stdio, e.g. for Claude Desktop`,
  ];
  if (fakeUrl && fakeKey) {
    lines.push(
      `  Change the demo account (the fake's admin API) and watch its webhooks update search within seconds:`,
      `  curl -s -u ${fakeKey}: -H 'content-type: application/json' -d '{"name":"Ada Example","position":"Platform Engineer","resumeText":"Platform engineer, Kubernetes and Go"}' ${fakeUrl}/admin/createCandidate`,
      `  curl -s -u ${fakeKey}: -H 'content-type: application/json' -d '{"candidateId":"<id printed above>","jobId":"<a job id: sqlite3 ${dataDir}/mirror.db "select id, title from jobs">"}' ${fakeUrl}/admin/createApplication`,
    );
  }
  lines.push('Stop with Ctrl+C.');
  return lines.join('\n');
}
