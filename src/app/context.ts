import type { AppConfig } from '../shared/config.js';
import { serveLockHolder, type LockHolder } from './serve-lock.js';
import { countCandidates } from '../store/candidate-count.js';
import { openDb, type Db } from '../store/db.js';
import { AshbyClient } from '../sync/client/ashby-client.js';
import type { FileProcessing } from '../sync/engine/sync-files.js';
import { downloadFile } from '../sync/files/download.js';
import { extractText } from '../sync/files/extract-text.js';
import { ocrAvailability, ocrPdf } from '../sync/files/ocr.js';

/** The long-lived pieces every command shares: configuration, the mirror, the Ashby client. */
export interface AppContext {
  config: AppConfig;
  db: Db;
  client: AshbyClient | null;
  files: FileProcessing;
  /** The running `serve` this process reads next to (it then never writes the index or the mirror); null when this process may write. */
  reader: LockHolder | null;
  close(): void;
}

export function createAshbyClient(config: AppConfig, overrides: { apiKey?: string; baseUrl?: string; maxRequestsPerMinute?: number } = {}): AshbyClient | null {
  const apiKey = overrides.apiKey ?? config.ASHBY_API_KEY;
  if (!apiKey) return null;
  return new AshbyClient({ apiKey, baseUrl: overrides.baseUrl ?? config.ASHBY_BASE_URL, maxRequestsPerMinute: overrides.maxRequestsPerMinute ?? config.ASHBY_MAX_REQUESTS_PER_MINUTE });
}

export function fileProcessing(config: AppConfig): FileProcessing {
  return {
    maxBytes: config.REDISCOVERY_MAX_FILE_BYTES,
    download: (url, opts) => downloadFile(url, { maxBytes: opts.maxBytes, timeoutMs: 60_000 }),
    extract: (bytes, name, opts) => extractText(bytes, name, { maxBytes: opts.maxBytes }),
    // Image-only PDFs are read by tesseract when it is installed; otherwise they stay `no_text_layer`.
    ocr: ocrAvailability().available ? (bytes) => ocrPdf(bytes) : null,
  };
}

/** How many candidates the mirror holds (serve's health answer; zero means no sync has run). */
export function mirrorCandidateCount(ctx: Pick<AppContext, 'db'>): number {
  return countCandidates(ctx.db);
}

/**
 * Open the mirror for a command. With `readerIfServing` (search, insights, rediscover, mcp) the
 * process becomes a reader when a live `serve` holds the data folder: one writer, many readers.
 */
export function openContext(config: AppConfig, client?: AshbyClient | null, opts: { readerIfServing?: boolean } = {}): AppContext {
  const serving = opts.readerIfServing ? serveLockHolder(config.dataDir) : null;
  const reader = serving && serving.pid !== process.pid ? serving : null;
  const db = openDb(config.mirrorPath, { reader: reader !== null });
  return {
    config,
    db,
    client: client === undefined ? createAshbyClient(config) : client,
    files: fileProcessing(config),
    reader,
    close: () => db.$client.close(),
  };
}
