import { seedAccount } from '../sync/fake/seed.js';
import { renderFile } from '../sync/fake/resume-pdf.js';
import type { FileRender, ResumeFormat } from '../sync/fake/state.js';
import { extractText } from '../sync/files/extract-text.js';
import { ExtractWorkerPool } from '../sync/files/extract-worker.js';
import { ocrAvailability, ocrPdf } from '../sync/files/ocr.js';

/*
 * `npm run bench -- extract [--per-format 30] [--ocr-sample 3] [--threads 1]`: files per second
 * for each resume format, through extractText and its worker threads as a sync runs it. Samples are
 * the fake account's synthetic resumes (1–2 pages), rendered in every format; "scan" is an image-only
 * PDF detected as such (no OCR), "scan+OCR" reads it with tesseract when installed.
 */

interface ExtractBenchOptions {
  perFormat?: number;
  ocrSample?: number;
  threads?: number;
}

const FORMATS: ResumeFormat[] = ['pdf', 'docx', 'doc', 'rtf', 'odt', 'scan'];

export async function runExtractBench(options: ExtractBenchOptions = {}): Promise<Record<string, unknown>> {
  const perFormat = options.perFormat ?? 30;
  const threads = options.threads ?? 1;
  const state = seedAccount({ seed: 3, candidates: Math.max(40, perFormat * 2) });
  const resumes = state.files
    .all()
    .map((f) => f.render)
    .filter((r): r is Extract<FileRender, { kind: 'synthetic-resume' }> => r.kind === 'synthetic-resume')
    .slice(0, perFormat);
  const pool = new ExtractWorkerPool(threads);
  const results: Record<string, unknown> = { perFormat: resumes.length, threads };
  try {
    await extractText(await renderFile({ ...resumes[0]!, format: 'pdf' }), 'warm.pdf', { maxBytes: 20 * 1024 * 1024, pool });
    for (const format of FORMATS) {
      const samples = await Promise.all(resumes.map((r) => renderFile({ ...r, format })));
      const bytes = samples.reduce((n, b) => n + b.length, 0);
      const started = performance.now();
      let chars = 0;
      for (const sample of samples) {
        try {
          chars += (await extractText(sample, 'resume', { maxBytes: 20 * 1024 * 1024, pool })).text.length;
        } catch (error) {
          if ((error as { code?: string }).code !== 'file_no_text_layer') throw error;
        }
      }
      const seconds = (performance.now() - started) / 1000;
      results[format] = { filesPerSecond: round(samples.length / seconds), avgKb: round(bytes / samples.length / 1024), avgChars: Math.round(chars / samples.length) };
      print(format, samples.length, seconds, bytes);
    }
    const ocr = ocrAvailability();
    if (ocr.available) {
      const sample = resumes.slice(0, options.ocrSample ?? 3);
      const scans = await Promise.all(sample.map((r) => renderFile({ ...r, format: 'scan' })));
      const started = performance.now();
      for (const scan of scans) await ocrPdf(scan, { pool });
      const seconds = (performance.now() - started) / 1000;
      results['scan+OCR'] = { filesPerSecond: round(scans.length / seconds), engine: ocr.engine };
      print(`scan+OCR (${ocr.engine})`, scans.length, seconds, scans.reduce((n, b) => n + b.length, 0));
    } else {
      results['scan+OCR'] = { skipped: ocr.hint };
      process.stdout.write(`scan+OCR: skipped, ${ocr.hint}\n`);
    }
  } finally {
    await pool.close();
  }
  return results;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function print(label: string, files: number, seconds: number, bytes: number): void {
  process.stdout.write(`${label.padEnd(28)} ${String(files).padStart(4)} files  ${(files / seconds).toFixed(1).padStart(7)} files/s  avg ${(bytes / files / 1024).toFixed(0)} KB\n`);
}
