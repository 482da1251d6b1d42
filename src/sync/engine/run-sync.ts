import { eq } from 'drizzle-orm';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { meta, syncRuns } from '../../store/schema.js';
import type { AshbyCaller } from './ashby-caller.js';
import { ENTITIES } from './entities.js';
import { syncEntity, type EntitySyncResult } from './sync-entity.js';
import { ocrImageOnlyFiles, syncFiles, type FileProcessing, type FilesResult } from './sync-files.js';
import { historyProgress, syncApplicationHistory } from './sync-history.js';
import { syncInterviewStages } from './sync-stages.js';
import { syncPostingDescriptions } from './sync-posting-descriptions.js';

/** Progress events for the CLI's bar (TTY) or log lines (not a TTY). */
export interface SyncProgress {
  phase(name: string, total?: number): void;
  tick(count: number): void;
  done(): void;
}

export interface RunSyncOptions {
  /** `full` re-lists everything and reconciles deletions; `incremental` uses syncTokens where it can. */
  mode: 'full' | 'incremental';
  files?: FileProcessing | null;
  /**
   * OCR image-only PDFs as the run's last phase (the one-shot `rediscovery sync`). A server leaves
   * this off and runs BackgroundOcr after each sync instead, so scans never hold up a sync.
   */
  ocr?: boolean;
  concurrency?: number;
  progress?: SyncProgress;
  now?: () => string;
}

export interface SyncSummary {
  runId: number;
  mode: 'full' | 'incremental';
  entities: EntitySyncResult[];
  /** Stage history: fetched by call, derived without one, failed; complete/total across the mirror after this run. */
  history: { fetched: number; failed: number; derived: number; complete: number; total: number };
  /** `ocr`: image-only PDFs read by OCR in this run (0 when no OCR engine is installed). */
  files: FilesResult & { ocr: { ok: number; failed: number } };
  startedAt: string;
  finishedAt: string;
}

/** Bring the mirror up to date with Ashby: reference data, candidates, applications, stage history, files. */
export async function runSync(db: Db, client: AshbyCaller, opts: RunSyncOptions): Promise<SyncSummary> {
  const now = opts.now ?? (() => new Date().toISOString());
  const startedAt = now();
  // A run still `running` here died with its process (kill -9): record that rather than leave it open forever.
  db.update(syncRuns)
    .set({ status: 'failed', error: 'interrupted: the process stopped before the run finished', finishedAt: startedAt })
    .where(eq(syncRuns.status, 'running'))
    .run();
  const run = db.insert(syncRuns).values({ mode: opts.mode, startedAt, status: 'running', counts: {} }).returning({ id: syncRuns.id }).get();
  const progress = opts.progress;
  const concurrency = opts.concurrency ?? 8;
  try {
    const entities: EntitySyncResult[] = [];
    for (const spec of ENTITIES) {
      progress?.phase(spec.name);
      entities.push(await syncEntity(db, client, spec, { forceFull: opts.mode === 'full', now, onPage: (_, n) => progress?.tick(n) }));
      progress?.done();
      if (spec.name === 'interview_plans') await syncInterviewStages(db, client);
      if (spec.name === 'job_postings') await syncPostingDescriptions(db, client);
    }
    progress?.phase('application history');
    let lastHistory = 0;
    const backfill = await syncApplicationHistory(db, client, {
      concurrency,
      now,
      onProgress: (done) => {
        progress?.tick(done - lastHistory);
        lastHistory = done;
      },
    });
    const history = { ...backfill, ...historyProgress(db) };
    progress?.done();
    let filesResult: SyncSummary['files'] = { ok: 0, failed: 0, noTextLayer: 0, ocr: { ok: 0, failed: 0 } };
    if (opts.files) {
      progress?.phase('resumes and attachments');
      let lastFiles = 0;
      const extracted = await syncFiles(db, client, opts.files, {
        concurrency: Math.min(concurrency, 4),
        now,
        onProgress: (done) => {
          progress?.tick(done - lastFiles);
          lastFiles = done;
        },
      });
      progress?.done();
      let ocr = { ok: 0, failed: 0 };
      if (opts.ocr && opts.files.ocr) {
        progress?.phase('image-only PDFs (OCR)');
        let lastOcr = 0;
        ocr = await ocrImageOnlyFiles(db, client, opts.files, {
          now,
          onProgress: (done) => {
            progress?.tick(done - lastOcr);
            lastOcr = done;
          },
        });
        progress?.done();
      }
      filesResult = { ...extracted, ocr };
    }
    const finishedAt = now();
    const counts: Record<string, number> = {};
    for (const e of entities) counts[e.entity] = e.received;
    counts.history = history.fetched;
    counts.filesOk = filesResult.ok;
    counts.filesFailed = filesResult.failed;
    counts.filesNoTextLayer = filesResult.noTextLayer;
    counts.filesOcr = filesResult.ocr.ok;
    counts.removed = entities.reduce((n, e) => n + e.removed, 0);
    db.transaction(() => {
      db.update(syncRuns).set({ status: 'ok', finishedAt, counts }).where(eq(syncRuns.id, run.id)).run();
      db.insert(meta).values({ key: 'as_of', value: startedAt }).onConflictDoUpdate({ target: meta.key, set: { value: startedAt } }).run();
    });
    logger.info({ mode: opts.mode, counts }, 'sync finished');
    return { runId: run.id, mode: opts.mode, entities, history, files: filesResult, startedAt, finishedAt };
  } catch (error) {
    db.update(syncRuns).set({ status: 'failed', finishedAt: now(), error: (error as Error).message }).where(eq(syncRuns.id, run.id)).run();
    throw error;
  }
}
