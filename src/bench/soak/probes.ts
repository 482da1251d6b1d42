import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorTally } from './stats.js';

type Ashby = <T>(method: string, body: Record<string, unknown>) => Promise<T>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** serve's memory as /healthz reports it (MiB): the process's RSS, its main thread's V8 heap and each worker's. */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Each worker thread's latest V8 heap (search-1…, indexer), as the worker reported it. */
  threads?: Record<string, { heapUsedMiB: number; heapTotalMiB: number; externalMiB: number }>;
}

/**
 * /healthz must answer within `slowMs` while the load runs: a slower (or failed) answer is an error.
 *
 * The time is taken in the soak's own process, which also runs the MCP clients: on a loaded machine
 * its event loop can hold a /healthz answer that serve sent in time. So each probe also reads the
 * worst delay of this process's loop since the previous probe (`clientLoopDelayMaxMs`) beside serve's
 * own (`loopDelayMaxMs`, from the answer), and a slow answer's error names both: a slow /healthz with
 * serve's loop quiet and the client's loop stalled is the client under load, not the server.
 */
export async function probeHealth(baseUrl: string, until: number, opts: { everyMs?: number; slowMs?: number } = {}): Promise<{ latencies: number[]; loopDelayMaxMs: number[]; clientLoopDelayMaxMs: number[]; memory: MemorySample[]; errors: ErrorTally }> {
  const everyMs = opts.everyMs ?? 1000;
  const slowMs = opts.slowMs ?? 1000;
  const latencies: number[] = [];
  const loopDelayMaxMs: number[] = [];
  const clientLoopDelayMaxMs: number[] = [];
  const memory: MemorySample[] = [];
  const errors = new ErrorTally();
  const clientLoop = monitorEventLoopDelay({ resolution: 20 });
  clientLoop.enable();
  try {
    while (Date.now() < until) {
      const started = performance.now();
      try {
        const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(30_000) });
        const body = (await res.json().catch(() => ({}))) as { eventLoopDelayMs?: { max: number }; memoryMiB?: MemorySample };
        const ms = performance.now() - started;
        const clientMax = Math.round(clientLoop.max / 1e6);
        clientLoop.reset();
        if (body.eventLoopDelayMs) loopDelayMaxMs.push(body.eventLoopDelayMs.max);
        clientLoopDelayMaxMs.push(clientMax);
        if (body.memoryMiB) memory.push(body.memoryMiB);
        latencies.push(ms);
        if (res.status !== 200) errors.add(`/healthz answered ${res.status}`);
        else if (ms > slowMs) errors.add(slowHealthMessage(ms, slowMs, body.eventLoopDelayMs?.max ?? null, clientMax));
      } catch (error) {
        errors.add(`/healthz failed: ${(error as Error).message}`);
      }
      await sleep(Math.max(0, everyMs - (performance.now() - started)));
    }
  } finally {
    clientLoop.disable();
  }
  return { latencies, loopDelayMaxMs, clientLoopDelayMaxMs, memory, errors };
}

/** A slow /healthz, with the worst event-loop delay on each side since the previous probe (where the time went). */
export function slowHealthMessage(ms: number, slowMs: number, serveLoopMaxMs: number | null, clientLoopMaxMs: number): string {
  const side = serveLoopMaxMs !== null && serveLoopMaxMs >= slowMs ? "serve's event loop stalled" : clientLoopMaxMs >= slowMs ? "the soak client's own event loop stalled (client under load)" : 'neither event loop stalled a whole second (scheduling, network or both loops in part)';
  return `/healthz took ${Math.round(ms)} ms (> ${slowMs} ms): ${side}; worst loop delay since the previous probe: serve ${serveLoopMaxMs ?? '?'} ms, soak client ${clientLoopMaxMs} ms`;
}

/** Spelled from the probe number: one made-up word per probe that no resume contains. */
function probeWord(n: number): string {
  let word = '';
  for (let x = n + 26 * 26; x > 0; x = Math.floor(x / 26)) word += String.fromCharCode(97 + (x % 26));
  return `soakprobe${word}`;
}

/**
 * Freshness under load: every `everyMs`, a new candidate with a made-up title applies to an open job
 * in Ashby (the applicationSubmit webhook brings them in); the lag is from the admin call until
 * search_candidates finds them. Not found within `deadlineMs` is an error.
 */
export async function probeFreshness(ashby: Ashby, client: Client, until: number, opts: { everyMs?: number; deadlineMs?: number } = {}): Promise<{ lags: number[]; errors: ErrorTally }> {
  const everyMs = opts.everyMs ?? 15_000;
  const deadlineMs = opts.deadlineMs ?? 120_000;
  const lags: number[] = [];
  const errors = new ErrorTally();
  const job = (await ashby<{ id: string; status: string }[]>('job.list', {})).find((j) => j.status === 'Open');
  if (!job) throw new Error('the account has no open job for the freshness probe');
  for (let n = 0; Date.now() < until; n++) {
    const started = performance.now();
    const word = probeWord(n);
    try {
      const created = await ashby<{ id: string }>('admin/createCandidate', { name: `Probe Candidate ${n}`, position: `${word} Engineer`, resumeText: `${word} engineer.` });
      await ashby('admin/createApplication', { candidateId: created.id, jobId: job.id });
      for (;;) {
        const r = (await client.callTool({ name: 'search_candidates', arguments: { boolean: word, limit: 1 } })) as { structuredContent?: { results: { candidateId: string }[] } };
        if (r.structuredContent?.results.some((x) => x.candidateId === created.id)) {
          lags.push(performance.now() - started);
          break;
        }
        if (performance.now() - started > deadlineMs) {
          errors.add(`a new candidate was not searchable within ${deadlineMs} ms`);
          break;
        }
        await sleep(250);
      }
    } catch (error) {
      errors.add(`freshness probe failed: ${(error as Error).message.slice(0, 160)}`);
    }
    await sleep(Math.max(0, everyMs - (performance.now() - started)));
  }
  return { lags, errors };
}

/** Where the load starts in the fake's delivery log (the ping sent before serve listened is not the soak's). */
interface WebhookMark {
  emitted: number;
  next: number;
}

export async function webhookMark(ashby: Ashby): Promise<WebhookMark> {
  const r = await ashby<{ emitted: number; next: number; inFlight: number }>('admin/webhookDeliveries', { since: Number.MAX_SAFE_INTEGER });
  return { emitted: r.emitted, next: r.next };
}

interface Attempt {
  webhookActionId: string;
  attempt: number;
  status: number | null;
  error: string | null;
  ms: number;
}

/**
 * Every webhook the account sent, read from the fake once its deliveries settle (it retries failures
 * with Ashby's backoff, so this waits up to `settleMs`). An event whose first attempt was not answered
 * 2xx is an error (the sender timed out or was refused), whether or not a retry got it in later.
 */
export async function webhookOutcome(ashby: Ashby, from: WebhookMark, settleMs = 30_000): Promise<{ emitted: number; attempts: number; accepted: number; undelivered: number; latencies: number[]; errors: ErrorTally }> {
  const deadline = Date.now() + settleMs;
  let answer = await ashby<{ emitted: number; inFlight: number; attempts: Attempt[] }>('admin/webhookDeliveries', { since: from.next });
  while (answer.inFlight > 0 && Date.now() < deadline) {
    await sleep(1000);
    answer = await ashby('admin/webhookDeliveries', { since: from.next });
  }
  const ok = (a: Attempt) => a.status !== null && a.status >= 200 && a.status < 300;
  const errors = new ErrorTally();
  const accepted = new Set<string>();
  const sent = new Set<string>();
  const latencies: number[] = [];
  for (const a of answer.attempts) if (a.attempt === 1) sent.add(a.webhookActionId);
  for (const a of answer.attempts) {
    // A retry of an event first sent before the load started (the ping) is not the soak's.
    if (!sent.has(a.webhookActionId)) continue;
    if (ok(a)) {
      accepted.add(a.webhookActionId);
      latencies.push(a.ms);
    }
    if (a.attempt === 1 && !ok(a)) errors.add(`webhook not accepted: ${a.status ?? a.error ?? 'no answer'}`);
  }
  const emitted = answer.emitted - from.emitted;
  return { emitted, attempts: answer.attempts.length, accepted: accepted.size, undelivered: emitted - accepted.size, latencies, errors };
}
