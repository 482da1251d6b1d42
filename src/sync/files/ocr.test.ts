import { describe, expect, it } from 'vitest';
import { textToPdf } from '../fake/resume-pdf.js';
import { textToScannedPdf } from '../fake/resume-scan.js';
import { ocrAvailability, ocrPdf, OCR_INSTALL_HINT } from './ocr.js';

const RESUME = 'Jane Example\nSenior Backend Engineer\n\nSKILLS\nTypeScript, PostgreSQL, Kubernetes';
const ocr = ocrAvailability();

describe('OCR availability', () => {
  it('says how to enable OCR when the binary is missing', () => {
    expect(ocrAvailability('/nonexistent/tesseract')).toEqual({ available: false, hint: OCR_INSTALL_HINT });
  });

  it('fails with a clear reason when tesseract cannot be started', async () => {
    const scan = await textToScannedPdf(RESUME);
    await expect(ocrPdf(scan, { binary: '/nonexistent/tesseract' })).rejects.toMatchObject({ code: 'file_extraction_failed', message: expect.stringContaining('could not start tesseract') });
  });
});

// CI installs tesseract-ocr (.ci/run); a developer machine without it sees this block reported as skipped.
describe.skipIf(!ocr.available)(`OCR with ${ocr.engine ?? 'tesseract (not installed)'}`, () => {
  it('reads the text of an image-only PDF', async () => {
    const { text, pages } = await ocrPdf(await textToScannedPdf(RESUME));
    expect(pages).toBe(1);
    for (const word of ['Jane Example', 'Senior Backend Engineer', 'SKILLS', 'TypeScript', 'PostgreSQL', 'Kubernetes']) expect(text).toContain(word);
  });

  it('times out a page that takes too long', async () => {
    const pdf = await textToPdf('x'.repeat(3000));
    await expect(ocrPdf(pdf, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'file_extraction_failed', message: expect.stringMatching(/timed out/) });
  });
});
