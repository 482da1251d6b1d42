import { createHash } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { files } from '../../store/schema.js';
import { FileInfo } from '../ashby/types.js';
import { enqueueCandidate } from '../mirror/outbox.js';
import type { AshbyCaller } from './ashby-caller.js';
import { runPool } from './pool.js';

export interface FileProcessing {
  download(url: string, opts: { maxBytes: number }): Promise<Buffer>;
  extract(bytes: Buffer, name: string, opts: { maxBytes: number }): Promise<{ text: string }>;
  maxBytes: number;
}

/** Transient failures (network, 5xx) are retried on later syncs up to this many attempts; bad files are final. */
const MAX_ATTEMPTS = 3;
const FINAL_CODES = ['file_too_large', 'file_extraction_failed'] as const;

/**
 * Download and extract every pending resume and attachment. A broken or huge file is recorded as
 * failed with its reason and never stops the sync. file.info URLs are fetched just before download
 * and never stored: they are short-lived presigned links.
 */
export async function syncFiles(
  db: Db,
  client: AshbyCaller,
  processing: FileProcessing,
  opts: { concurrency: number; now: () => string; onProgress?: (done: number, total: number) => void },
): Promise<{ ok: number; failed: number }> {
  const todo = db
    .select()
    .from(files)
    .where(or(eq(files.status, 'pending'), and(eq(files.status, 'retry'), lt(files.attempts, MAX_ATTEMPTS))))
    .all();
  let ok = 0;
  let failed = 0;
  await runPool(todo, opts.concurrency, async (file) => {
    try {
      const info = await client.call('file.info', { fileHandle: file.handle }, FileInfo);
      const bytes = await processing.download(info.results.url, { maxBytes: processing.maxBytes });
      const { text } = await processing.extract(bytes, file.name, { maxBytes: processing.maxBytes });
      db.transaction(() => {
        db.update(files)
          .set({ status: 'ok', error: null, text, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), extractedAt: opts.now(), attempts: file.attempts + 1 })
          .where(eq(files.id, file.id))
          .run();
        enqueueCandidate(db, file.candidateId, 'file_extracted', opts.now());
      });
      ok += 1;
    } catch (error) {
      if (hasCode(error, 'ashby_auth_invalid') || hasCode(error, 'ashby_auth_missing')) throw error;
      const final = FINAL_CODES.some((code) => hasCode(error, code)) || file.attempts + 1 >= MAX_ATTEMPTS;
      const reason = AppError.isInstance(error) ? `${error.code}: ${error.message}` : (error as Error).message;
      db.transaction(() => {
        db.update(files)
          .set({ status: final ? 'failed' : 'retry', error: reason.slice(0, 500), attempts: file.attempts + 1, extractedAt: opts.now() })
          .where(eq(files.id, file.id))
          .run();
        if (final) enqueueCandidate(db, file.candidateId, 'file_failed', opts.now());
      });
      failed += 1;
      logger.warn({ fileId: file.id, reason }, 'file not extracted');
    }
    opts.onProgress?.(ok + failed, todo.length);
  });
  return { ok, failed };
}
