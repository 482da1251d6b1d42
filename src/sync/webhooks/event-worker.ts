import { and, asc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { webhookEvents } from '../../store/schema.js';
import * as A from '../ashby/types.js';
import { writeApplication } from '../mirror/write-application.js';
import { writeCandidate } from '../mirror/write-candidate.js';
import { writeJob } from '../mirror/write-reference.js';
import type { AshbyCaller } from '../engine/ashby-caller.js';
import { applyEvent, candidateKnown, type FollowUp } from './apply-event.js';

const MAX_ATTEMPTS = 5;
const MAX_RETRY_DELAY_MS = 60_000;

interface EventWorkerOptions {
  db: Db;
  client: AshbyCaller | null;
  now?: () => string;
  /** Called whenever the mirror changed (the indexer drains the outbox right away). */
  onMirrorChanged?: () => void;
  onJobCreated?: (jobId: string) => void;
  /**
   * An event whose apply failed (status `retry`) is tried again after this delay, doubled per failed
   * attempt (capped at a minute), without waiting for the next event or a restart. Default 2 s.
   */
  retryBaseMs?: number;
  /** Applies one event; a seam for tests that need an apply to fail. */
  apply?: typeof applyEvent;
}

/**
 * Applies stored webhook events in arrival order. The event row is the durable queue: a crash
 * before an event is applied leaves it `pending`, and the worker picks it up on the next start.
 */
export class EventWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => string;

  constructor(private readonly opts: EventWorkerOptions) {
    this.now = opts.now ?? (() => new Date().toISOString());
  }

  /** Cancel the retry timer; later kicks still work (the serve process stops by closing the db). */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Process everything pending; concurrent kicks coalesce into one more pass. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async drain(): Promise<void> {
    const { db } = this.opts;
    const pending = db
      .select()
      .from(webhookEvents)
      .where(or(eq(webhookEvents.status, 'pending'), and(eq(webhookEvents.status, 'retry'), lt(webhookEvents.attempts, MAX_ATTEMPTS))))
      .orderBy(asc(webhookEvents.receivedAt))
      .all();
    const followUps: FollowUp[] = [];
    const apply = this.opts.apply ?? applyEvent;
    let retryAttempts: number | null = null;
    for (const event of pending) {
      try {
        const body = JSON.parse(event.body) as { data?: unknown };
        const result = apply(db, event.action, body.data ?? {}, this.now());
        db.update(webhookEvents).set({ status: result.status, appliedAt: this.now(), attempts: event.attempts + 1, error: null }).where(eq(webhookEvents.webhookActionId, event.webhookActionId)).run();
        if (result.status === 'ignored') logger.info({ action: event.action, webhookActionId: event.webhookActionId }, 'webhook acknowledged, nothing to mirror');
        followUps.push(...result.followUps);
      } catch (error) {
        const attempts = event.attempts + 1;
        const message = error instanceof z.ZodError ? `payload does not match ${event.action}: ${error.issues[0]?.message}` : (error as Error).message;
        const status = attempts >= MAX_ATTEMPTS || error instanceof z.ZodError ? 'failed' : 'retry';
        db.update(webhookEvents)
          .set({ status, attempts, error: message.slice(0, 500) })
          .where(eq(webhookEvents.webhookActionId, event.webhookActionId))
          .run();
        if (status === 'retry') retryAttempts = Math.min(retryAttempts ?? attempts, attempts);
        logger.warn({ action: event.action, webhookActionId: event.webhookActionId, err: message }, 'webhook event not applied');
      }
    }
    if (retryAttempts !== null) this.scheduleRetry(retryAttempts);
    if (pending.length) this.opts.onMirrorChanged?.();
    if (followUps.length) await this.followUp(dedupe(followUps));
  }

  /** Kick again after a backoff so a `retry` event is not left waiting for the next event or a restart. */
  private scheduleRetry(attempts: number): void {
    if (this.stopped || this.retryTimer) return;
    const delayMs = Math.min((this.opts.retryBaseMs ?? 2000) * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.stopped || !this.opts.db.$client.open) return;
      this.kick().catch((error: unknown) => logger.warn({ err: (error as Error).message }, 'webhook retry pass failed'));
    }, delayMs);
    // A pending retry must not keep a finished CLI process alive.
    this.retryTimer.unref?.();
  }

  /** Re-fetch what slim payloads leave out. Failures are left to the periodic incremental sync. */
  private async followUp(items: FollowUp[]): Promise<void> {
    const { db, client } = this.opts;
    for (const item of items) {
      if (item.kind === 'jobCreated') {
        this.opts.onJobCreated?.(item.jobId);
        continue;
      }
      if (!client) continue;
      try {
        if (item.kind === 'candidate') {
          const res = await client.call('candidate.info', { id: item.candidateId }, A.Candidate);
          db.transaction(() => writeCandidate(db, res.results, this.now()));
        } else if (item.kind === 'application') {
          const res = await client.call('application.info', { applicationId: item.applicationId }, A.Application);
          // writeApplication stores the payload's stage history itself, and only for the version it keeps:
          // never for a stale copy or for an application whose candidate is gone. One whose candidate
          // could not be fetched is left to the next sync rather than stored as an orphan.
          if (candidateKnown(db, res.results.candidate.id)) db.transaction(() => writeApplication(db, res.results, this.now()));
        } else if (item.kind === 'job') {
          const res = await client.call('job.info', { id: item.jobId }, A.Job);
          db.transaction(() => writeJob(db, res.results, this.now()));
        }
      } catch (error) {
        if (hasCode(error, 'not_found')) continue;
        logger.warn({ kind: item.kind, err: (error as Error).message }, 'webhook follow-up fetch failed; the next sync will catch up');
      }
    }
    this.opts.onMirrorChanged?.();
  }
}

function dedupe(items: FollowUp[]): FollowUp[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = JSON.stringify(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
