import { AppError } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import { backoffDelayMs } from '../client/backoff.js';

interface DownloadOptions {
  maxBytes: number;
  /** Per attempt, covering the whole body. */
  timeoutMs: number;
  fetch?: typeof fetch;
  maxRetries?: number;
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

type AttemptResult = { ok: true; bytes: Buffer } | { ok: false; retryable: boolean; reason: string; status?: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Download a file (a presigned file.info URL) into memory with a hard size cap: the transfer is
 * aborted as soon as it passes `maxBytes`. Retries a few times on 5xx, 429 and network failures.
 * The URL is never logged or put in messages: its query string is a credential.
 */
export async function downloadFile(url: string, opts: DownloadOptions): Promise<Buffer> {
  const maxRetries = opts.maxRetries ?? 2;
  const sleep = opts.sleep ?? realSleep;
  const random = opts.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    const result = await attemptDownload(url, opts);
    if (result.ok) return result.bytes;
    logger.debug({ status: result.status, attempt }, 'file download failed');
    if (!result.retryable || attempt >= maxRetries) {
      throw new AppError('file_download_failed', `The file could not be downloaded after ${attempt + 1} attempt(s): ${result.reason}.`, {
        details: { status: result.status },
      });
    }
    await sleep(backoffDelayMs(attempt, opts.retryBaseMs ?? 250, Number.POSITIVE_INFINITY, random));
  }
}

async function attemptDownload(url: string, opts: DownloadOptions): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  try {
    const res = await (opts.fetch ?? globalThis.fetch)(url, { signal: controller.signal });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const retryable = res.status >= 500 || res.status === 429;
      const hint = res.status === 403 ? ' (the download link may have expired; fetch a fresh one with file.info)' : '';
      return { ok: false, retryable, status: res.status, reason: `HTTP ${res.status}${hint}` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      controller.abort();
      throw tooLarge(opts.maxBytes, `declares ${declared} bytes`);
    }
    return { ok: true, bytes: await readCapped(res, opts.maxBytes, controller) };
  } catch (error) {
    if (AppError.isInstance(error)) throw error;
    const reason = timedOut ? `timed out after ${opts.timeoutMs} ms` : describe(error);
    return { ok: false, retryable: true, reason };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      throw tooLarge(maxBytes, `passed the limit while downloading`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(maxBytes: number, what: string): AppError {
  return new AppError('file_too_large', `The file ${what}; the limit is ${maxBytes} bytes (REDISCOVERY_MAX_FILE_BYTES).`);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: string } | undefined)?.code;
  return code ? `${error.message} (${code})` : error.message;
}
