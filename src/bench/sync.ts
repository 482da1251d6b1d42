import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { startHttpServer } from '../server/http-server.js';
import { openDb, type Db } from '../store/db.js';
import { applications, archiveReasons, candidates, files } from '../store/schema.js';
import { AshbyClient } from '../sync/client/ashby-client.js';
import { ENTITIES } from '../sync/engine/entities.js';
import { percentile } from './percentile.js';
import { runSync } from '../sync/engine/run-sync.js';
import { syncEntity } from '../sync/engine/sync-entity.js';
import { syncFiles } from '../sync/engine/sync-files.js';
import { syncApplicationHistory } from '../sync/engine/sync-history.js';
import { syncInterviewStages } from '../sync/engine/sync-stages.js';
import { downloadFile } from '../sync/files/download.js';
import { extractText } from '../sync/files/extract-text.js';
import { EventWorker } from '../sync/webhooks/event-worker.js';
import { receiveWebhook } from '../sync/webhooks/receive-webhook.js';

/*
 * `npm run bench -- sync`: the mirror against the fake Ashby on loopback. The fake runs in a child
 * process so this process's peak RSS is the sync's own. Rate limiting is off on both sides (the
 * fake's per-key limit and the client's ceiling are set to a billion a minute): the figures are
 * the engine's, not Ashby's 1,000 requests/minute. Baselines measured in the same run (raw paging
 * without writes, a plain SQLite insert loop) let the figures be read as ratios on a noisy machine.
 */

interface SyncBenchOptions {
  candidates?: number;
  seed?: number;
  /** Applications whose stage history is fetched (one call each) to time that phase. */
  historySample?: number;
  /** Resumes downloaded and extracted to time that phase. */
  resumeSample?: number;
  /** Share of candidates changed before the incremental sync. */
  changeShare?: number;
  /** Admin changes delivered by webhook to measure webhook-to-mirror latency. */
  webhookChanges?: number;
  /** Non-zero: stop after the list phase (for profiling it, e.g. `node --cpu-prof dist/src/bench/main.js sync --list-only 1`). */
  listOnly?: number;
  out?: (line: string) => void;
}

const UNLIMITED = 1_000_000_000;
const WEBHOOK_SECRET = 'bench-webhook-secret';

interface FakeChild {
  url: string;
  apiKey: string;
  counts: { candidates: number; applications: number; files: number };
  seededMs: number;
  child: ChildProcess;
  admin<T = unknown>(op: string, body?: Record<string, unknown>): Promise<T>;
  /** Peak RSS of the fake's process, from /proc (Linux), in MB. */
  peakRssMb(): number | null;
  /** CPU seconds the fake's process has used so far, from /proc (Linux). */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** The fake Ashby in a child process (its CPU and memory are not the sync's); `rateLimitPerMinute` per key. */
export async function startFakeChild(candidatesN: number, seed: number, rateLimitPerMinute = UNLIMITED): Promise<FakeChild> {
  const apiKey = 'bench-key';
  const fakeModule = new URL('../sync/fake/index.js', import.meta.url).href;
  const options = { seed, candidates: candidatesN, apiKey, rateLimitPerMinute, port: 0 };
  const code = `
    import { startFakeAshby } from ${JSON.stringify(fakeModule)};
    const started = Date.now();
    const fake = await startFakeAshby(${JSON.stringify(options)});
    const s = fake.state;
    process.stdout.write(JSON.stringify({ url: fake.url, seededMs: Date.now() - started, counts: { candidates: s.candidates.size, applications: s.applications.size, files: s.files.size } }) + '\\n');
    process.on('SIGTERM', () => fake.close().then(() => process.exit(0)));
  `;
  const child = spawn(process.execPath, ['--max-old-space-size=4096', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake Ashby exited with ${code} before it was ready`)));
  });
  const ready = JSON.parse(first) as { url: string; seededMs: number; counts: FakeChild['counts'] };
  const auth = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  return {
    ...ready,
    apiKey,
    child,
    async admin<T>(op: string, body: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(`${ready.url}/admin/${op}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await res.json()) as { success: boolean; results: T; errorInfo?: { message: string } };
      if (!json.success) throw new Error(`admin/${op}: ${json.errorInfo?.message}`);
      return json.results;
    },
    peakRssMb() {
      try {
        const kb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : null;
      } catch {
        return null;
      }
    },
    cpuSeconds() {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime and stime in clock ticks.
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return null;
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const perSecond = (n: number, ms: number) => (ms > 0 ? (n * 1000) / ms : 0);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rssMb = () => process.resourceUsage().maxRSS / 1024;

/** Baseline 1: page through candidate.list without writing anything. */
async function rawPaging(client: AshbyClient): Promise<{ ms: number; records: number; pages: number }> {
  let records = 0;
  let pages = 0;
  const { ms } = await timed(async () => {
    for await (const page of client.paginate('candidate.list', {}, (await import('zod')).z.unknown())) {
      records += page.results.length;
      pages += 1;
    }
  });
  return { ms, records, pages };
}

/** Baseline 2: a plain prepared-statement insert loop, 100 rows a transaction (a page), into a temp SQLite file. */
function sqliteInsertLoop(dir: string, rows: number): { ms: number; rows: number } {
  const db = new Database(path.join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, raw TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (id, updated_at, raw) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, raw = excluded.raw');
  const raw = JSON.stringify({ name: 'x'.repeat(40), emails: ['a@example.com'], tags: [], fileHandles: [], customFields: [], pad: 'y'.repeat(900) });
  const page = db.transaction((start: number) => {
    for (let i = start; i < Math.min(start + 100, rows); i++) insert.run(`id-${i}`, new Date(1_700_000_000_000 + i).toISOString(), raw);
  });
  const start = performance.now();
  for (let i = 0; i < rows; i += 100) page(i);
  const ms = performance.now() - start;
  db.close();
  return { ms, rows };
}

/** The list phase of a full sync (every entity, no stage history, no files), as runSync runs it. */
async function listPhase(db: Db, client: AshbyClient, log: (line: string) => void): Promise<{ ms: number; records: number; perEntity: Record<string, { ms: number; records: number }> }> {
  const perEntity: Record<string, { ms: number; records: number }> = {};
  let records = 0;
  const now = () => new Date().toISOString();
  const { ms } = await timed(async () => {
    for (const spec of ENTITIES) {
      const run = await timed(() => syncEntity(db, client, spec, { forceFull: true, now }));
      perEntity[spec.name] = { ms: run.ms, records: run.value.received };
      records += run.value.received;
      if (spec.name === 'interview_plans') await syncInterviewStages(db, client);
      if (run.value.received >= 1000) log(`    ${spec.name.padEnd(13)} ${fmt(run.value.received).padStart(8)} records in ${fmt(run.ms / 1000, 1)} s (${fmt(perSecond(run.value.received, run.ms))}/s)`);
    }
  });
  return { ms, records, perEntity };
}

/** Leave only `sample` rows of a phase's queue to do, so the phase can be timed on a sample. */
function keepSample(db: Db, table: 'applications' | 'files', sample: number): number {
  if (table === 'applications') {
    db.run(sql`UPDATE applications SET history_updated_at = updated_at WHERE id NOT IN (SELECT id FROM applications ORDER BY id LIMIT ${sample})`);
    return db.select({ n: sql<number>`count(*)` }).from(applications).where(sql`history_updated_at IS NULL`).get()!.n;
  }
  db.run(sql`UPDATE files SET status = 'skipped' WHERE kind = 'resume' AND id NOT IN (SELECT id FROM files WHERE kind = 'resume' ORDER BY id LIMIT ${sample})`);
  db.run(sql`UPDATE files SET status = 'skipped' WHERE kind <> 'resume'`);
  return db.select({ n: sql<number>`count(*)` }).from(files).where(eq(files.status, 'pending')).get()!.n;
}

async function runPool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

/** Deliver `count` archive changes one at a time through the real receiver; latency until the mirror row shows it. */
async function webhookLatency(db: Db, client: AshbyClient, fake: FakeChild, count: number): Promise<{ endToEnd: number[]; fromArrival: number[] }> {
  const waiters: Array<() => boolean> = [];
  const worker = new EventWorker({
    db,
    client,
    // Fires right after stored events were applied (before any follow-up re-fetch).
    onMirrorChanged: () => {
      for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]!()) waiters.splice(i, 1);
    },
  });
  let arrivedAt: number | null = null;
  const receiver = await startHttpServer(
    {
      'POST /webhooks/ashby': (req, res) => {
        arrivedAt ??= performance.now();
        return receiveWebhook(req, res, { db, secret: WEBHOOK_SECRET, maxBytes: 1024 * 1024, onStored: () => void worker.kick() });
      },
    },
    { port: 0, host: '127.0.0.1' },
  );
  try {
    await fake.admin('configureWebhook', { url: `${receiver.url}/webhooks/ashby`, secret: WEBHOOK_SECRET, retryBaseMs: 100 });
    const reason = db.select({ id: archiveReasons.id }).from(archiveReasons).where(eq(archiveReasons.isArchived, false)).get()!;
    const targets = db.select({ id: applications.id }).from(applications).where(eq(applications.status, 'Active')).orderBy(applications.id).limit(count).all();
    const endToEnd: number[] = [];
    const fromArrival: number[] = [];
    for (const { id } of targets) {
      arrivedAt = null;
      const start = performance.now();
      const applied = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`application ${id} did not reach the mirror within 30 s`)), 30_000);
        waiters.push(() => {
          const row = db.select({ status: applications.status }).from(applications).where(eq(applications.id, id)).get();
          if (row?.status !== 'Archived') return false;
          clearTimeout(timer);
          resolve(performance.now());
          return true;
        });
      });
      await fake.admin('archiveApplication', { applicationId: id, archiveReasonId: reason.id });
      const at = await applied;
      endToEnd.push(at - start);
      fromArrival.push(at - (arrivedAt ?? start));
    }
    await worker.kick();
    return { endToEnd, fromArrival };
  } finally {
    await fake.admin('configureWebhook', { url: null }).catch(() => undefined);
    await receiver.close();
  }
}

/** Run the sync benchmark and print its figures; returns them too. */
export async function runSyncBench(opts: SyncBenchOptions = {}): Promise<Record<string, unknown>> {
  const n = opts.candidates ?? 100_000;
  const seed = opts.seed ?? 42;
  const log = opts.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const report: Record<string, unknown> = { candidates: n };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  log(`sync benchmark: ${fmt(n)} candidates, seed ${seed}, node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  log('  rate limiting OFF on both sides: fake rateLimitPerMinute = client maxRequestsPerMinute = 1e9 (real Ashby allows 1,000/min)');

  const fake = await startFakeChild(n, seed);
  let db: Db | null = null;
  try {
    log(`  fake Ashby (child process) seeded ${fmt(fake.counts.candidates)} candidates, ${fmt(fake.counts.applications)} applications, ${fmt(fake.counts.files)} files in ${fmt(fake.seededMs / 1000, 1)} s`);
    const client = new AshbyClient({ apiKey: fake.apiKey, baseUrl: fake.url, maxRequestsPerMinute: UNLIMITED, retryBaseMs: 50 });

    const paging = await rawPaging(client);
    const inserts = sqliteInsertLoop(dir, paging.records);
    log(`baseline: raw candidate.list paging, no writes: ${fmt(paging.records)} records in ${fmt(paging.ms / 1000, 1)} s = ${fmt(perSecond(paging.records, paging.ms))} records/s (${fmt(paging.ms / paging.pages, 1)} ms/page)`);
    log(`baseline: plain SQLite upsert loop (prepared, 100 rows/transaction): ${fmt(perSecond(inserts.rows, inserts.ms))} rows/s`);
    report.baseline = { rawPagingPerSec: perSecond(paging.records, paging.ms), sqliteUpsertPerSec: perSecond(inserts.rows, inserts.ms) };

    db = openDb(path.join(dir, 'mirror.db'));
    log('full mirror, list phase (all entities, no stage history, no resumes):');
    const cpuBefore = process.cpuUsage();
    const fakeCpuBefore = fake.cpuSeconds();
    const list = await listPhase(db, client, log);
    const cpu = process.cpuUsage(cpuBefore);
    const syncCpu = (cpu.user + cpu.system) / 1e6;
    const fakeCpu = fakeCpuBefore === null ? null : fake.cpuSeconds()! - fakeCpuBefore;
    const candRate = perSecond(list.perEntity.candidates!.records, list.perEntity.candidates!.ms);
    log(`  => ${fmt(list.records)} records in ${fmt(list.ms / 1000, 1)} s = ${fmt(perSecond(list.records, list.ms))} records/s   [target <= 60 s]`);
    log(`     ratio to raw paging (candidates): ${fmt(candRate / perSecond(paging.records, paging.ms), 2)}x`);
    log(`     CPU used: sync process ${fmt(syncCpu, 1)} s, fake Ashby ${fakeCpu === null ? 'n/a' : `${fmt(fakeCpu, 1)} s`} (wall ${fmt(list.ms / 1000, 1)} s; on an idle 2-core machine the pipelined list phase needs about the larger of the two)`);
    log(`  peak RSS so far (this process, the sync): ${fmt(rssMb())} MB`);
    report.listPhase = { seconds: list.ms / 1000, syncCpuSeconds: syncCpu, fakeCpuSeconds: fakeCpu, records: list.records, perSecond: perSecond(list.records, list.ms), perEntity: list.perEntity };
    if (opts.listOnly) return report;

    const historySample = keepSample(db, 'applications', opts.historySample ?? 2000);
    const history = await timed(() => syncApplicationHistory(db!, client, { concurrency: 8, now: () => new Date().toISOString() }));
    const historyRate = perSecond(history.value.fetched, history.ms);
    log(`stage history (application.listHistory, one call per application, concurrency 8): ${fmt(historySample)} sampled in ${fmt(history.ms / 1000, 1)} s = ${fmt(historyRate)} applications/s (${history.value.failed} failed); all ${fmt(fake.counts.applications)} would take ~${fmt(fake.counts.applications / historyRate / 60, 1)} min`);
    report.history = { sample: historySample, perSecond: historyRate };

    const resumeSample = keepSample(db, 'files', opts.resumeSample ?? 300);
    const processing = {
      maxBytes: 20 * 1024 * 1024,
      download: (url: string, o: { maxBytes: number }) => downloadFile(url, { maxBytes: o.maxBytes, timeoutMs: 60_000 }),
      extract: (bytes: Buffer, name: string, o: { maxBytes: number }) => extractText(bytes, name, { maxBytes: o.maxBytes }),
    };
    const resumes = await timed(() => syncFiles(db!, client, processing, { concurrency: 4, now: () => new Date().toISOString() }));
    log(`resumes (file.info + download + pdf-parse, concurrency 4): ${fmt(resumeSample)} in ${fmt(resumes.ms / 1000, 1)} s = ${fmt(perSecond(resumeSample, resumes.ms), 1)} files/s (${resumes.value.ok} ok, ${resumes.value.failed} failed: the seeded broken PDFs)`);
    report.resumes = { sample: resumeSample, perSecond: perSecond(resumeSample, resumes.ms), ...resumes.value };

    const ids = db.select({ id: candidates.id }).from(candidates).orderBy(candidates.id).all().map((r) => r.id);
    const changed = ids.filter((_, i) => i % Math.round(1 / (opts.changeShare ?? 0.01)) === 0);
    const changing = await timed(() => runPool(changed, 8, async (id) => void (await fake.admin('updateCandidate', { candidateId: id, position: 'Changed by the benchmark' }))));
    const incremental = await timed(() => runSync(db!, client, { mode: 'incremental' }));
    const incRecords = incremental.value.entities.reduce((sum, e) => sum + e.received, 0);
    const landed = db.select({ n: sql<number>`count(*)` }).from(candidates).where(eq(candidates.position, 'Changed by the benchmark')).get()!.n;
    log(`incremental sync after ${fmt(changed.length)} candidates changed (changes made in ${fmt(changing.ms / 1000, 1)} s): ${fmt(incremental.ms / 1000, 2)} s, ${fmt(incRecords)} records received, ${fmt(landed)}/${fmt(changed.length)} changes in the mirror`);
    report.incremental = { changed: changed.length, seconds: incremental.ms / 1000, records: incRecords, landed };

    const latency = await webhookLatency(db, client, fake, opts.webhookChanges ?? 200);
    const e2e = [...latency.endToEnd].sort((a, b) => a - b);
    const arrival = [...latency.fromArrival].sort((a, b) => a - b);
    log(`webhook-to-mirror latency over ${e2e.length} archive changes, one at a time, through the real receiver and event worker:`);
    log(`  from the admin change (includes the admin HTTP call and the fake's send): p50 ${fmt(percentile(e2e, 50), 1)} ms, p95 ${fmt(percentile(e2e, 95), 1)} ms, max ${fmt(e2e.at(-1) ?? 0, 1)} ms   [target p95 <= 200 ms]`);
    log(`  from arrival at the receiver to the row applied:                       p50 ${fmt(percentile(arrival, 50), 1)} ms, p95 ${fmt(percentile(arrival, 95), 1)} ms`);
    report.webhookLatencyMs = { p50: percentile(e2e, 50), p95: percentile(e2e, 95), arrivalP50: percentile(arrival, 50), arrivalP95: percentile(arrival, 95) };

    const fakeRss = fake.peakRssMb();
    log(`peak RSS: sync process ${fmt(rssMb())} MB [target <= 500 MB]; fake Ashby child ${fakeRss === null ? 'n/a' : `${fmt(fakeRss)} MB`} (not counted)`);
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (the machine is shared; read figures against the baselines)`);
    report.peakRssMb = rssMb();
    return report;
  } finally {
    db?.$client.close();
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
