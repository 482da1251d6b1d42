import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { textToDoc } from '../fake/resume-doc.js';
import { textToDocx } from '../fake/resume-docx.js';
import { textToOdt } from '../fake/resume-odt.js';
import { textToPdf } from '../fake/resume-pdf.js';
import { textToRtf } from '../fake/resume-rtf.js';
import { textToScannedPdf } from '../fake/resume-scan.js';
import { extractText } from './extract-text.js';
import { ExtractWorkerPool } from './extract-worker.js';
import { sniffFormat } from './sniff.js';

const MB = 1024 * 1024;
const RESUME = [
  'Jane Example',
  'Senior Backend Engineer',
  'jane@example.com | Zürich, Switzerland',
  '',
  'EXPERIENCE',
  'Staff Engineer, Acme Corp',
  '03/2019 - Current',
  '- Led the move to Kubernetes & {gRPC} services \\ 40% faster',
  '',
  'SKILLS',
  'TypeScript, PostgreSQL, Go',
].join('\n');

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(Error);
  return error as { code: string; message: string };
}

function expectResume(text: string): void {
  for (const line of ['Jane Example', 'Senior Backend Engineer', 'Zürich, Switzerland', 'Staff Engineer, Acme Corp', 'Kubernetes & {gRPC} services \\ 40% faster', 'TypeScript, PostgreSQL, Go']) {
    expect(text).toContain(line);
  }
  // One line per paragraph, in order.
  expect(text.indexOf('EXPERIENCE')).toBeLessThan(text.indexOf('SKILLS'));
  expect(text.split('\n')).toContain('SKILLS');
}

describe('extractText: every resume format, by content', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string][] = [
    ['docx', () => textToDocx(RESUME), 'cv.docx'],
    ['doc', () => textToDoc(RESUME), 'cv.doc'],
    ['rtf', () => textToRtf(RESUME), 'cv.rtf'],
    ['odt', () => textToOdt(RESUME), 'cv.odt'],
  ];
  for (const [format, make, name] of cases) {
    it(`reads ${format}`, async () => {
      const got = await extractText(await make(), name, { maxBytes: MB });
      expect(got.format).toBe(format);
      expectResume(got.text);
    });
    it(`reads ${format} whatever the file is named`, async () => {
      expect((await extractText(await make(), 'resume.pdf', { maxBytes: MB })).format).toBe(format);
    });
  }
  // RTF is left out: it is markup over plain text, so a truncated one still reads (tested below).
  for (const [format, make, name] of cases.filter(([f]) => f !== 'rtf')) {
    it(`fails a truncated ${format} with file_extraction_failed`, async () => {
      const bytes = await make();
      const error = await failure(extractText(bytes.subarray(0, Math.floor(bytes.length / 2)), name, { maxBytes: MB }));
      expect(error.code).toBe('file_extraction_failed');
      expect(error.message).not.toContain('cv.');
    });
  }

  it('reads what survives of a truncated RTF (it is plain text with markup, so the first half is still readable)', async () => {
    const bytes = textToRtf(RESUME);
    const got = await extractText(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cv.rtf', { maxBytes: MB });
    expect(got.text).toContain('Jane Example');
    expect(got.text).not.toContain('SKILLS');
  });

  it('pads a .doc to its template without trailing blanks', async () => {
    expect((await extractText(textToDoc('Only line'), 'x.doc', { maxBytes: MB })).text).toBe('Only line');
  });

  it('records an image-only PDF as file_no_text_layer, with its page count', async () => {
    const scan = await textToScannedPdf(RESUME);
    const error = (await failure(extractText(scan, 'scan.pdf', { maxBytes: 10 * MB }))) as { code: string; message: string; details?: { pages?: number } };
    expect(error.code).toBe('file_no_text_layer');
    expect(error.details?.pages).toBe(1);
    expect(error.message).toContain('no text layer');
  });

  it('does not mistake a short text PDF for a scan', async () => {
    const got = await extractText(await textToPdf('Jane Example, Senior Backend Engineer, TypeScript'), 'x.pdf', { maxBytes: MB });
    expect(got).toMatchObject({ format: 'pdf', pages: 1 });
  });

  it('stops a zip bomb inside a .docx without blocking the caller', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${'A'.repeat(30 * MB)}</w:t></w:r></w:p></w:body></w:document>`);
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(MB);
    const pool = new ExtractWorkerPool(1, 64);
    try {
      const error = await failure(extractText(bomb, 'bomb.docx', { maxBytes: MB, timeoutMs: 30_000, pool }));
      expect(error.code).toBe('file_extraction_failed');
      expect(error.message).toMatch(/^The DOCX could not be read|DOCX text extraction timed out/);
      expect((await extractText(textToRtf('still working'), 'x.rtf', { maxBytes: MB, pool })).text).toBe('still working');
    } finally {
      await pool.close();
    }
  });
});

describe('sniffFormat', () => {
  it('tells zip-based formats apart by their entries, not their names', async () => {
    expect(sniffFormat(await textToDocx('x'), 'a.odt')).toEqual({ format: 'docx' });
    expect(sniffFormat(await textToOdt('x'), 'a.docx')).toEqual({ format: 'odt' });
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect(sniffFormat(await xlsx.generateAsync({ type: 'nodebuffer' }), 'cv.docx')).toMatchObject({ unreadable: expect.stringContaining('spreadsheet or presentation') });
  });

  it('says what a file named like a format but holding something else is', () => {
    expect(sniffFormat(Buffer.from('hello'), 'cv.docx')).toMatchObject({ unreadable: expect.stringContaining('named .docx') });
    expect(sniffFormat(Buffer.from('hello'), 'cv.doc')).toMatchObject({ unreadable: expect.stringContaining('(corrupt)') });
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'photo.png')).toMatchObject({ unreadable: expect.stringContaining('.png are not supported; PDF, Word') });
  });

  it('refuses an OLE2 file that is not a Word document', () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512), Buffer.from('Workbook', 'utf16le')]);
    expect(sniffFormat(ole, 'cv.doc')).toMatchObject({ unreadable: expect.stringContaining('not a Word document') });
  });
});
