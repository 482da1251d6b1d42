import { count, desc, eq, gt, max, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { readAsOf } from '../retrieval/catalog/mirror-facts.js';
import type { Db } from '../store/db.js';
import * as s from '../store/schema.js';
import { ocrAvailability } from '../sync/files/ocr.js';
import { ExtractionCoverage, getExtractionCoverage, type OcrState } from './extraction-coverage.js';
import { historyProgress } from '../sync/engine/sync-history.js';

/** How current the mirror is and what is still waiting: the answer to "can I trust these results?". */
export const SyncStatus = z.object({
  counts: z.object({
    candidates: z.number().int(),
    applications: z.number().int(),
    jobs: z.number().int(),
    files: z.object({ ok: z.number().int(), failed: z.number().int(), pending: z.number().int() }),
    webhookEventsPending: z.number().int(),
  }),
  lastSyncRun: z
    .object({
      mode: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      status: z.string().describe('running | ok | failed'),
      error: z.string().nullable(),
    })
    .nullable(),
  lastWebhookReceivedAt: z.string().nullable(),
  asOf: z
    .string()
    .nullable()
    .describe('Start of the last successful sync: the "as of" of search, insights and exports (webhooks since: lastWebhookReceivedAt)'),
  freshness: z.string().describe('asOf in words, e.g. "3 minutes ago"'),
  outboxBacklog: z.number().int().describe('Changed candidates not yet re-indexed for search'),
  extraction: ExtractionCoverage.describe('Resume and attachment text read, by format; failures by reason; image-only PDFs and OCR'),
  stageHistory: z
    .object({ complete: z.number().int(), total: z.number().int() })
    .describe('Stage-history backfill: applications whose stage history is current (stage-reached filters are exact for these), of all'),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** "just now", "3 minutes ago", "2 hours ago", "5 days ago"; "never synced" without a time. */
export function describeAge(iso: string | null, now: Date): string {
  if (!iso) return 'never synced';
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (seconds < 45) return 'just now';
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    const n = Math.round(seconds / size);
    if (seconds >= size * 0.75 && n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

/**
 * Counts, last sync run, last webhook, freshness and extraction coverage, read from the mirror at `now`.
 * `indexCheckpoint` is the outbox seq the search index has reached: only changes after it are still waiting.
 */
export function getSyncStatus(db: Db, now: Date, indexCheckpoint: number, ocr: OcrState = ocrAvailability()): SyncStatus {
  const n = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  const fileCounts = new Map(
    db.select({ status: s.files.status, n: count() }).from(s.files).groupBy(s.files.status).all().map((r) => [r.status, r.n]),
  );
  const run = db.select().from(s.syncRuns).orderBy(desc(s.syncRuns.id)).limit(1).get();
  const lastWebhook = db.select({ at: max(s.webhookEvents.receivedAt) }).from(s.webhookEvents).get()?.at ?? null;
  // One definition of "data as of" for every door (search results carry the same value).
  const asOf = readAsOf(db);
  return SyncStatus.parse({
    counts: {
      candidates: n(s.candidates),
      applications: n(s.applications),
      jobs: n(s.jobs),
      files: { ok: fileCounts.get('ok') ?? 0, failed: fileCounts.get('failed') ?? 0, pending: fileCounts.get('pending') ?? 0 },
      webhookEventsPending: db.select({ n: count() }).from(s.webhookEvents).where(eq(s.webhookEvents.status, 'pending')).get()?.n ?? 0,
    },
    lastSyncRun: run ? { mode: run.mode, startedAt: run.startedAt, finishedAt: run.finishedAt, status: run.status, error: run.error } : null,
    lastWebhookReceivedAt: lastWebhook,
    asOf,
    freshness: describeAge(asOf, now),
    outboxBacklog: db.select({ n: sql<number>`count(distinct ${s.outbox.candidateId})` }).from(s.outbox).where(gt(s.outbox.seq, indexCheckpoint)).get()?.n ?? 0,
    extraction: getExtractionCoverage(db, ocr),
    stageHistory: historyProgress(db),
  });
}
