import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../store/db.js';
import * as s from '../store/schema.js';

/** What text was read from resumes and attachments, by format, and why the rest was not. */
export const ExtractionCoverage = z.object({
  ok: z.array(z.object({ format: z.string().describe('PDF | DOCX | DOC | RTF | ODT | text | PDF (OCR) | other'), count: z.number().int() })),
  failed: z.array(z.object({ reason: z.string().describe('corrupt | too large | timed out | unsupported type | password-protected | download failed'), count: z.number().int() })),
  imageOnly: z.number().int().describe('Image-only (scanned) PDFs not yet read: no text layer, waiting for OCR'),
  ocr: z.object({
    available: z.boolean(),
    engine: z.string().optional(),
    hint: z.string().optional().describe('How to enable OCR when it is not available'),
  }),
  summary: z.string().describe('One line, e.g. "1,812 PDF ok, 143 DOCX ok, 12 failed: 8 corrupt, 4 too large, 9 image-only"'),
});
export type ExtractionCoverage = z.infer<typeof ExtractionCoverage>;

export interface OcrState {
  available: boolean;
  engine?: string;
  hint?: string;
}

const FORMAT_ORDER: [string, string][] = [
  ['pdf', 'PDF'],
  ['docx', 'DOCX'],
  ['doc', 'DOC'],
  ['rtf', 'RTF'],
  ['odt', 'ODT'],
  ['text', 'text'],
  ['pdf_ocr', 'PDF (OCR)'],
];

/**
 * A failure's kind from its stored reason (`code: message`, written by the sync's file pass).
 * Codes separate size and download failures; extraction messages say the rest in fixed words.
 */
function failureKind(error: string | null): string {
  const e = error ?? '';
  if (e.startsWith('file_too_large')) return 'too large';
  if (e.startsWith('file_download_failed')) return 'download failed';
  if (e.includes('timed out')) return 'timed out';
  if (e.includes('password-protected')) return 'password-protected';
  if (/not supported|is not a Word document|not a text document|only Word \(\.docx\) is read/.test(e)) return 'unsupported type';
  return 'corrupt';
}

const n = (x: number) => x.toLocaleString('en-US');

export function getExtractionCoverage(db: Db, ocr: OcrState): ExtractionCoverage {
  const okRows = db.select({ format: s.files.format, n: count() }).from(s.files).where(eq(s.files.status, 'ok')).groupBy(s.files.format).all();
  const okBy = new Map(okRows.map((r) => [r.format ?? 'other', r.n]));
  const ok = [...FORMAT_ORDER, ['other', 'other'] as [string, string]].filter(([key]) => okBy.get(key)).map(([key, label]) => ({ format: label, count: okBy.get(key)! }));
  const failedBy = new Map<string, number>();
  for (const r of db.select({ error: s.files.error, n: count() }).from(s.files).where(eq(s.files.status, 'failed')).groupBy(s.files.error).all()) {
    const kind = failureKind(r.error);
    failedBy.set(kind, (failedBy.get(kind) ?? 0) + r.n);
  }
  const failed = [...failedBy].map(([reason, c]) => ({ reason, count: c })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const imageOnly = db.select({ n: count() }).from(s.files).where(eq(s.files.status, 'no_text_layer')).get()?.n ?? 0;
  const parts = ok.map((o) => `${n(o.count)} ${o.format} ok`);
  const failedTotal = failed.reduce((t, f) => t + f.count, 0);
  if (failedTotal) parts.push(`${n(failedTotal)} failed: ${failed.map((f) => `${n(f.count)} ${f.reason}`).join(', ')}`);
  if (imageOnly) parts.push(`${n(imageOnly)} image-only (${ocr.available ? `queued for OCR by ${ocr.engine ?? 'tesseract'}` : `OCR off: ${ocr.hint ?? 'install tesseract'}`})`);
  return ExtractionCoverage.parse({ ok, failed, imageOnly, ocr, summary: parts.length ? parts.join(', ') : 'no files extracted yet' });
}
