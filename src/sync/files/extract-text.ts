import { AppError } from '../../shared/errors.js';
import { ExtractWorkerPool, type WorkerOp } from './extract-worker.js';
import { FORMAT_LABELS, sniffFormat, type FileFormat } from './sniff.js';

interface ExtractTextOptions {
  maxBytes: number;
  /** A hostile file must not stall the sync; past this the file is recorded as failed. */
  timeoutMs?: number;
  /** The Content-Type the file came with, when known. */
  contentType?: string;
  /** Parser threads to use; by default one shared thread. A sync may pass a larger pool. */
  pool?: ExtractWorkerPool;
}

interface ExtractedText {
  text: string;
  format: FileFormat;
  pages?: number;
}

/**
 * A PDF with pages but fewer letters than this per page has no real text layer: a scan, perhaps
 * with a page number stamped on it. A one-page resume has hundreds of letters.
 */
const MIN_LETTERS_PER_PAGE = 10;

/**
 * Text of a resume or attachment: PDF, Word (.docx, .doc), RTF, OpenDocument text or plain text,
 * chosen by content. Every binary format is parsed in a worker thread with a timeout. Broken,
 * unsupported or oversized files fail with `file_extraction_failed` / `file_too_large`, an image-only
 * PDF with `file_no_text_layer`, each with a reason fit to store; messages never repeat the file
 * name, which often contains the candidate's name.
 */
export async function extractText(bytes: Buffer, name: string, opts: ExtractTextOptions): Promise<ExtractedText> {
  if (bytes.length > opts.maxBytes) {
    throw new AppError('file_too_large', `The file is ${bytes.length} bytes, over the ${opts.maxBytes}-byte limit.`);
  }
  const sniffed = sniffFormat(bytes, name, opts.contentType);
  if ('unreadable' in sniffed) throw new AppError('file_extraction_failed', `${sniffed.unreadable}.`);
  const format = sniffed.format;
  if (format === 'text') return { text: decodeText(bytes), format };
  const outcome = await poolOf(opts).run(format satisfies WorkerOp, bytes, opts.timeoutMs ?? 20_000);
  const label = FORMAT_LABELS[format];
  if (!outcome.ok) {
    const reason = outcome.timedOut ? `${label} ${outcome.reason}` : `The ${label} could not be read: ${outcome.reason}`;
    throw new AppError('file_extraction_failed', `${reason}.`, { details: { format } });
  }
  const text = normalise(outcome.text);
  if (format === 'pdf' && outcome.pages && letterCount(text) < MIN_LETTERS_PER_PAGE * outcome.pages) {
    throw new AppError('file_no_text_layer', `The PDF has ${outcome.pages} page(s) but no text layer (a scanned or image-only resume); OCR can read it.`, {
      details: { format, pages: outcome.pages },
    });
  }
  return { text, format, pages: outcome.pages };
}

let defaultPool: ExtractWorkerPool | undefined;

/** The caller's pool, or one shared parser thread. */
export function poolOf(opts: { pool?: ExtractWorkerPool }): ExtractWorkerPool {
  return opts.pool ?? (defaultPool ??= new ExtractWorkerPool());
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function decodeText(bytes: Buffer): string {
  if (bytes.includes(0)) throw new AppError('file_extraction_failed', 'The text file contains binary data.');
  return normalise(new TextDecoder('utf-8').decode(bytes));
}

/** Drop pdf-parse's "-- 1 of 3 --" page markers, NULs, form feeds and runs of blank lines. */
export function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/^[ \t]*-- \d+ of \d+ --[ \t]*$/gm, '')
    .replace(/\u0000/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
