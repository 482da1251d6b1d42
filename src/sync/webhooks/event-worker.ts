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
import { applyEvent, type FollowUp } from './apply-event.js';

const MAX_ATTEMPTS = 5;

export interface EventWorkerOptions {
  db: Db;
  client: AshbyCaller | null;
  now?: () => string;
  /** Called whenever the mirror changed (the indexer drains the outbox right away). */
  onMirrorChanged?: () => void;
  onJobCreated?: (jobId: string) => void;
}

/**
 * Applies stored webhook events in arrival order. The event row is the durable queue: a crash
 * before an event is applied leaves it `pending`, and the worker picks it up on the next start.
 */
export class EventWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private readonly now: () => string;

  constructor(private readonly opts: EventWorkerOptions) {
    this.now = opts.now ?? (() => new Date().toISOString());
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
    for (const event of pending) {
      try {
        const body = JSON.parse(event.body) as { data?: unknown };
        const result = applyEvent(db, event.action, body.data ?? {}, this.now());
        db.update(webhookEvents).set({ status: result.status, appliedAt: this.now(), attempts: event.attempts + 1, error: null }).where(eq(webhookEvents.webhookActionId, event.webhookActionId)).run();
        if (result.status === 'ignored') logger.info({ action: event.action, webhookActionId: event.webhookActionId }, 'webhook acknowledged, nothing to mirror');
        followUps.push(...result.followUps);
      } catch (error) {
        const attempts = event.attempts + 1;
        const message = error instanceof z.ZodError ? `payload does not match ${event.action}: ${error.issues[0]?.message}` : (error as Error).message;
        db.update(webhookEvents)
          .set({ status: attempts >= MAX_ATTEMPTS || error instanceof z.ZodError ? 'failed' : 'retry', attempts, error: message.slice(0, 500) })
          .where(eq(webhookEvents.webhookActionId, event.webhookActionId))
          .run();
        logger.warn({ action: event.action, webhookActionId: event.webhookActionId, err: message }, 'webhook event not applied');
      }
    }
    if (pending.length) this.opts.onMirrorChanged?.();
    if (followUps.length) await this.followUp(dedupe(followUps));
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
          // never for a stale copy or for an application whose candidate is gone.
          db.transaction(() => writeApplication(db, res.results, this.now()));
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
