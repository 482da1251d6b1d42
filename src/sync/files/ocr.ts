import { spawn, spawnSync } from 'node:child_process';
import { AppError } from '../../shared/errors.js';
import type { ExtractWorkerPool } from './extract-worker.js';
import { normalise, poolOf } from './extract-text.js';

/*
 * OCR of image-only (scanned) PDFs with the tesseract binary (Debian: tesseract-ocr tesseract-ocr-eng).
 * Pages are rendered to PNG by pdf.js in an extraction worker (pdf-parse's getScreenshot, on the
 * @napi-rs/canvas it already ships), so no second PDF tool is needed; each page goes to tesseract on
 * stdin with a hard timeout. Without tesseract, image-only PDFs stay recorded as `no_text_layer`.
 */

interface OcrAvailability {
  available: boolean;
  /** "tesseract 5.3.0" when available. */
  engine?: string;
  /** How to turn it on, when not available. */
  hint?: string;
}

export const OCR_INSTALL_HINT = 'install tesseract to read them (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng; macOS: brew install tesseract), then run a sync';

let cached: OcrAvailability | undefined;

/** Whether `tesseract` with English data is on PATH (checked once per process). */
export function ocrAvailability(binary = 'tesseract'): OcrAvailability {
  if (cached && binary === 'tesseract') return cached;
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5000 });
  const langs = version.status === 0 ? spawnSync(binary, ['--list-langs'], { encoding: 'utf8', timeout: 5000 }) : undefined;
  const result: OcrAvailability =
    version.status !== 0
      ? { available: false, hint: OCR_INSTALL_HINT }
      : !/^eng$/m.test(langs?.stdout ?? '')
        ? { available: false, hint: 'tesseract has no English data: install tesseract-ocr-eng' }
        : { available: true, engine: /tesseract\s+v?([\d.]+)/i.exec(version.stdout)?.[0] ?? 'tesseract' };
  if (binary === 'tesseract') cached = result;
  return result;
}

interface OcrOptions {
  /** Per page for tesseract, and for rendering all pages. */
  timeoutMs?: number;
  /** Scanned resumes are short; a 300-page scan is not read past this. */
  maxPages?: number;
  pool?: ExtractWorkerPool;
  binary?: string;
}

/** The text of an image-only PDF, read by OCR; fails with `file_extraction_failed` and a reason. */
export async function ocrPdf(bytes: Buffer, opts: OcrOptions = {}): Promise<{ text: string; pages: number }> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // 2.5 × 72 dpi = 180 dpi: enough for tesseract on 10–12 pt text at a quarter of 300 dpi's pixels.
  const rendered = await poolOf(opts).run('pdf-pages', bytes, timeoutMs, { scale: 2.5, maxPages: opts.maxPages ?? 5 });
  if (!rendered.ok) throw new AppError('file_extraction_failed', `OCR could not render the PDF pages: ${rendered.reason}.`);
  const texts: string[] = [];
  for (const image of rendered.images ?? []) texts.push(await tesseract(Buffer.from(image), opts.binary ?? 'tesseract', timeoutMs));
  return { text: normalise(texts.join('\n\n')), pages: rendered.pages ?? texts.length };
}

function tesseract(png: Buffer, binary: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['stdin', 'stdout', '-l', 'eng'], { timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-300)));
    child.on('error', (e) => reject(new AppError('file_extraction_failed', `OCR could not start tesseract: ${e.message}.`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const why = signal ? `timed out after ${timeoutMs} ms` : `exited with code ${code}: ${err.trim().split('\n').at(-1) ?? ''}`;
      reject(new AppError('file_extraction_failed', `OCR (tesseract) ${why}.`));
    });
    child.stdin.on('error', () => undefined); // tesseract may exit before reading all of stdin
    child.stdin.end(png);
  });
}
