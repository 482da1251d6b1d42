import { AppError } from '../../shared/errors.js';
import { PdfWorkerPool } from './pdf-worker.js';

export interface ExtractTextOptions {
  maxBytes: number;
  /** A hostile PDF must not stall the sync; past this the file is recorded as failed. */
  timeoutMs?: number;
  /** The Content-Type the file came with, when known. */
  contentType?: string;
  /** Parser threads to use; by default one shared thread. A sync may pass a larger pool. */
  pool?: PdfWorkerPool;
}

export interface ExtractedText {
  text: string;
  pages?: number;
}

type FileKind = 'pdf' | 'text' | { unsupported: string };

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'csv']);
const UNSUPPORTED: Record<string, string> = {
  docx: 'Word documents (.docx) are not supported yet; only PDF and plain text are',
  doc: 'Word 97-2003 documents (.doc) are not supported; only PDF and plain text are',
  odt: 'OpenDocument text (.odt) is not supported yet; only PDF and plain text are',
  rtf: 'RTF documents are not supported yet; only PDF and plain text are',
  pages: 'Apple Pages documents are not supported; only PDF and plain text are',
};

/**
 * Text of a resume or attachment: PDF (pdf-parse) or plain text. Broken, unsupported or oversized files
 * fail with `file_extraction_failed` / `file_too_large` and a reason fit to store; messages never
 * repeat the file name, which often contains the candidate's name.
 */
export async function extractText(bytes: Buffer, name: string, opts: ExtractTextOptions): Promise<ExtractedText> {
  if (bytes.length > opts.maxBytes) {
    throw new AppError('file_too_large', `The file is ${bytes.length} bytes, over the ${opts.maxBytes}-byte limit.`);
  }
  const kind = detectKind(bytes, name, opts.contentType);
  if (kind === 'pdf') return extractPdf(bytes, opts);
  if (kind === 'text') return { text: decodeText(bytes) };
  throw new AppError('file_extraction_failed', `${kind.unsupported}.`);
}

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}

/** Content beats the name: a PDF named resume.doc is still a PDF. */
function detectKind(bytes: Buffer, name: string, contentType?: string): FileKind {
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const ext = extensionOf(name);
  const mime = contentType?.split(';')[0].trim().toLowerCase();
  if (ext === 'pdf' || mime === 'application/pdf') return 'pdf';
  if (UNSUPPORTED[ext]) return { unsupported: UNSUPPORTED[ext] };
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return { unsupported: UNSUPPORTED.docx };
  if (TEXT_EXTENSIONS.has(ext) || mime === 'text/plain') return 'text';
  return { unsupported: `Files of type ${ext ? `.${ext}` : mime ?? 'unknown'} are not supported; only PDF and plain text are` };
}

function decodeText(bytes: Buffer): string {
  if (bytes.includes(0)) throw new AppError('file_extraction_failed', 'The text file contains binary data.');
  return normalise(new TextDecoder('utf-8').decode(bytes));
}

let defaultPool: PdfWorkerPool | undefined;

async function extractPdf(bytes: Buffer, opts: ExtractTextOptions): Promise<ExtractedText> {
  const pool = opts.pool ?? (defaultPool ??= new PdfWorkerPool());
  const outcome = await pool.parse(bytes, opts.timeoutMs ?? 20_000);
  if (!outcome.ok) {
    const reason = outcome.timedOut ? `PDF ${outcome.reason}` : `The PDF could not be read: ${outcome.reason}`;
    throw new AppError('file_extraction_failed', `${reason}.`);
  }
  return { text: normalise(outcome.text), pages: outcome.pages };
}

/** Drop pdf-parse's "-- 1 of 3 --" page markers, NULs and runs of blank lines. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*-- \d+ of \d+ --[ \t]*$/gm, '')
    .replace(/\u0000/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
