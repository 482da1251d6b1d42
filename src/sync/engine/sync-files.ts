import { createHash } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
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
  extract(bytes: Buffer, name: string, opts: { maxBytes: number }): Promise<{ text: string; format?: string }>;
  /** OCR for image-only PDFs, when an engine is installed; null leaves them recorded as `no_text_layer`. */
  ocr?: ((bytes: Buffer) => Promise<{ text: string }>) | null;
  maxBytes: number;
}

export interface FilesResult {
  ok: number;
  failed: number;
  /** Image-only PDFs found in this pass (recorded as `no_text_layer`). */
  noTextLayer: number;
}

type FileRow = typeof files.$inferSelect;

/** Transient failures (network, 5xx) are retried on later syncs up to this many attempts; bad files are final. */
const MAX_ATTEMPTS = 3;
const FINAL_CODES = ['file_too_large', 'file_extraction_failed'] as const;

/**
 * Download and extract every pending resume and attachment. A broken or huge file is recorded as
 * failed with its reason and never stops the sync; an image-only PDF is recorded as `no_text_layer`
 * for the OCR pass. file.info URLs are fetched just before download and never stored: they are
 * short-lived presigned links.
 */
export async function syncFiles(
  db: Db,
  client: AshbyCaller,
  processing: FileProcessing,
  opts: { concurrency: number; now: () => string; onProgress?: (done: number, total: number) => void },
): Promise<FilesResult> {
  const todo = db
    .select()
    .from(files)
    .where(or(eq(files.status, 'pending'), and(eq(files.status, 'retry'), lt(files.attempts, MAX_ATTEMPTS))))
    .all();
  const result: FilesResult = { ok: 0, failed: 0, noTextLayer: 0 };
  await runPool(todo, opts.concurrency, async (file) => {
    try {
      const bytes = await fetchBytes(client, processing, file);
      const { text, format } = await processing.extract(bytes, file.name, { maxBytes: processing.maxBytes });
      recordText(db, file, { text, format: format ?? null, bytes }, opts.now());
      result.ok += 1;
    } catch (error) {
      if (hasCode(error, 'ashby_auth_invalid') || hasCode(error, 'ashby_auth_missing')) throw error;
      if (hasCode(error, 'file_no_text_layer')) {
        db.update(files)
          .set({ status: 'no_text_layer', error: reasonOf(error), format: 'pdf', text: null, attempts: file.attempts + 1, extractedAt: opts.now() })
          .where(eq(files.id, file.id))
          .run();
        result.noTextLayer += 1;
      } else {
        recordFailure(db, file, error, FINAL_CODES.some((code) => hasCode(error, code)), opts.now());
        result.failed += 1;
      }
    }
    opts.onProgress?.(result.ok + result.failed + result.noTextLayer, todo.length);
  });
  return result;
}

/**
 * Read image-only PDFs with OCR, one at a time, after every other file is recorded: a slow scan
 * never delays the text of the rest. Files stay `no_text_layer` until an OCR engine is installed.
 */
export async function ocrImageOnlyFiles(
  db: Db,
  client: AshbyCaller,
  processing: FileProcessing,
  opts: { now: () => string; onProgress?: (done: number, total: number) => void; shouldStop?: () => boolean },
): Promise<{ ok: number; failed: number }> {
  const ocr = processing.ocr;
  if (!ocr) return { ok: 0, failed: 0 };
  const todo = db.select().from(files).where(eq(files.status, 'no_text_layer')).all();
  const result = { ok: 0, failed: 0 };
  for (const file of todo) {
    if (opts.shouldStop?.()) break;
    try {
      const bytes = await fetchBytes(client, processing, file);
      const { text } = await ocr(bytes);
      if (!text.trim()) throw new AppError('file_extraction_failed', 'OCR found no text in the page images.');
      recordText(db, file, { text, format: 'pdf_ocr', bytes }, opts.now());
      result.ok += 1;
    } catch (error) {
      if (hasCode(error, 'ashby_auth_invalid') || hasCode(error, 'ashby_auth_missing')) throw error;
      // A download failure leaves the scan queued for the next pass; an OCR failure is final.
      if (hasCode(error, 'file_download_failed')) logger.warn({ fileId: file.id, reason: reasonOf(error) }, 'scan not downloaded for OCR');
      else recordFailure(db, file, error, true, opts.now());
      result.failed += 1;
    }
    opts.onProgress?.(result.ok + result.failed, todo.length);
  }
  return result;
}

async function fetchBytes(client: AshbyCaller, processing: FileProcessing, file: FileRow): Promise<Buffer> {
  const info = await client.call('file.info', { fileHandle: file.handle }, FileInfo);
  return processing.download(info.results.url, { maxBytes: processing.maxBytes });
}

function recordText(db: Db, file: FileRow, got: { text: string; format: string | null; bytes: Buffer }, now: string): void {
  db.transaction(() => {
    db.update(files)
      .set({ status: 'ok', error: null, text: got.text, format: got.format, bytes: got.bytes.length, sha256: createHash('sha256').update(got.bytes).digest('hex'), extractedAt: now, attempts: file.attempts + 1 })
      .where(eq(files.id, file.id))
      .run();
    enqueueCandidate(db, file.candidateId, 'file_extracted', now);
  });
}

function recordFailure(db: Db, file: FileRow, error: unknown, finalCode: boolean, now: string): void {
  const final = finalCode || file.attempts + 1 >= MAX_ATTEMPTS;
  const reason = reasonOf(error);
  const format = AppError.isInstance(error) && typeof error.details?.format === 'string' ? error.details.format : file.format;
  db.transaction(() => {
    db.update(files)
      .set({ status: final ? 'failed' : 'retry', error: reason.slice(0, 500), format, attempts: file.attempts + 1, extractedAt: now })
      .where(eq(files.id, file.id))
      .run();
    if (final) enqueueCandidate(db, file.candidateId, 'file_failed', now);
  });
  logger.warn({ fileId: file.id, reason }, 'file not extracted');
}

function reasonOf(error: unknown): string {
  return AppError.isInstance(error) ? `${error.code}: ${error.message}` : (error as Error).message;
}
