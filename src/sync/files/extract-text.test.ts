import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';
import { ExtractWorkerPool } from './extract-worker.js';

const MB = 1024 * 1024;

function makePdf(pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(12).text(text);
    });
    doc.end();
  });
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(Error);
  return error as { code: string; message: string };
}

function firstPdfUnder(dir: string): string | undefined {
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const found = firstPdfUnder(full);
      if (found) return found;
    } else if (entry.toLowerCase().endsWith('.pdf')) return full;
  }
  return undefined;
}

describe('extractText: PDF', () => {
  it('reads a generated two-page resume without page markers', async () => {
    const pdf = await makePdf(['Jane Example\nSenior TypeScript Engineer', 'Skills: Node.js, PostgreSQL, Kubernetes']);
    const { text, pages } = await extractText(pdf, 'resume.pdf', { maxBytes: MB });
    expect(pages).toBe(2);
    expect(text).toContain('Senior TypeScript Engineer');
    expect(text).toContain('PostgreSQL');
    expect(text).not.toMatch(/-- \d+ of \d+ --/);
  });

  it('trusts the content over the name', async () => {
    const pdf = await makePdf(['Named like a Word file']);
    expect((await extractText(pdf, 'cv.docx', { maxBytes: MB })).text).toContain('Named like a Word file');
  });

  it.skipIf(!process.env.LIVECAREER_PDF_DIR)('reads a real resume PDF from LIVECAREER_PDF_DIR', async () => {
    const file = firstPdfUnder(process.env.LIVECAREER_PDF_DIR!);
    expect(file, 'no PDF found under LIVECAREER_PDF_DIR').toBeDefined();
    const { text, pages } = await extractText(readFileSync(file!), path.basename(file!), { maxBytes: 20 * MB });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toMatch(/-- \d+ of \d+ --/);
  });

  it('fails a broken PDF with file_extraction_failed', async () => {
    const error = await failure(extractText(Buffer.from('%PDF-1.4\nthis is not really a pdf'), 'resume.pdf', { maxBytes: MB }));
    expect(error.code).toBe('file_extraction_failed');
    expect(error.message).toMatch(/PDF could not be read/);
  });

  it('fails a truncated PDF with file_extraction_failed', async () => {
    const pdf = await makePdf(['A resume that will be cut in half', 'Second page']);
    const error = await failure(extractText(pdf.subarray(0, Math.floor(pdf.length / 2)), 'resume.pdf', { maxBytes: MB }));
    expect(error.code).toBe('file_extraction_failed');
  });

  it('stops a PDF that takes too long without blocking the caller, and keeps working after', async () => {
    const pool = new ExtractWorkerPool();
    try {
      const small = await makePdf(['Warm-up page']);
      await extractText(small, 'warm.pdf', { maxBytes: MB, pool });
      const slow = await makePdf(Array.from({ length: 40 }, (_, i) => `Page ${i} `.repeat(200)));
      const error = await failure(extractText(slow, 'resume.pdf', { maxBytes: 10 * MB, timeoutMs: 50, pool }));
      expect(error).toMatchObject({ code: 'file_extraction_failed' });
      expect(error.message).toContain('timed out after 50 ms');
      expect((await extractText(small, 'again.pdf', { maxBytes: MB, pool })).text).toBe('Warm-up page');
    } finally {
      await pool.close();
    }
  });
});

describe('extractText: other files', () => {
  it('reads plain text, dropping a BOM and CRLFs', async () => {
    const { text, pages } = await extractText(Buffer.from('\uFEFFLine one\r\nLine two\r\n'), 'notes.txt', { maxBytes: MB });
    expect(text).toBe('Line one\nLine two');
    expect(pages).toBeUndefined();
  });

  it('reads text/plain by content type', async () => {
    expect((await extractText(Buffer.from('hello'), 'blob', { maxBytes: MB, contentType: 'text/plain; charset=utf-8' })).text).toBe('hello');
  });

  it('refuses unknown binary types and binary posing as text', async () => {
    expect((await failure(extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'photo.png', { maxBytes: MB }))).code).toBe('file_extraction_failed');
    expect((await failure(extractText(Buffer.from([0x61, 0x00, 0x62]), 'x.txt', { maxBytes: MB }))).code).toBe('file_extraction_failed');
  });

  it('fails oversize files with file_too_large before parsing', async () => {
    const error = await failure(extractText(Buffer.alloc(2048, 0x61), 'big.txt', { maxBytes: 1024 }));
    expect(error.code).toBe('file_too_large');
  });
});
