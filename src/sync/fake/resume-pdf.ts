import PDFDocument from 'pdfkit';
import { generateProfile, profileResumeText } from './profile.js';
import { textToDoc } from './resume-doc.js';
import { textToDocx } from './resume-docx.js';
import { textToOdt } from './resume-odt.js';
import { textToRtf } from './resume-rtf.js';
import { textToScannedPdf } from './resume-scan.js';
import type { FileRender, ResumeFormat } from './state.js';

/*
 * File bytes are rendered on download, never stored: a 100,000-candidate account would otherwise
 * hold gigabytes of PDFs. Rendering is deterministic (fixed PDF and zip dates) so a seed gives the same bytes.
 */

const FIXED_PDF_DATE = new Date(Date.UTC(2020, 0, 1));

/** Over the default 20 MiB download cap (REDISCOVERY_MAX_FILE_BYTES), as a resume with a huge embedded portfolio is. */
const OVERSIZED_BYTES = 21 * 1024 * 1024;

/** Lay plain text out as a PDF with pdfkit. */
export function textToPdf(text: string, title = 'Resume'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 54, compress: true, info: { Title: title, CreationDate: FIXED_PDF_DATE, ModDate: FIXED_PDF_DATE } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(10.5).text(sanitizeForStandardFont(text), { lineGap: 2 });
    doc.end();
  });
}

/** pdfkit's standard fonts only encode WinAnsi; replace what they cannot draw rather than emit garbage glyphs. */
function sanitizeForStandardFont(text: string): string {
  return text.replace(/[^\x09\x0a\x0d\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022]/g, ' ');
}

/** The text a resume file carries, for files that are resumes (null for attachments and broken files). */
export function resumeTextOf(render: FileRender): string | null {
  switch (render.kind) {
    case 'synthetic-resume':
    case 'truncated-pdf':
    case 'oversized-pdf':
      return profileResumeText(generateProfile(render.profileSeed, render.family, render.asOf), render.contact);
    case 'text-resume':
      return render.text;
    default:
      return null;
  }
}

const RENDERERS: Record<ResumeFormat, (text: string) => Buffer | Promise<Buffer>> = {
  pdf: (text) => textToPdf(text),
  docx: textToDocx,
  doc: textToDoc,
  rtf: (text) => textToRtf(text),
  odt: textToOdt,
  scan: textToScannedPdf,
};

const CONTENT_TYPES: Record<ResumeFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
  scan: 'application/pdf',
};

/** The Content-Type a file is served with (what Ashby's storage would say for its extension). */
export function contentTypeOf(render: FileRender): string {
  if (render.kind === 'synthetic-resume') return CONTENT_TYPES[render.format ?? 'pdf'];
  if (render.kind === 'not-pdf') return CONTENT_TYPES.docx;
  return CONTENT_TYPES.pdf;
}

/** The bytes served for a file. Broken kinds are deliberate, so download failure paths get exercised. */
export async function renderFile(render: FileRender): Promise<Buffer> {
  switch (render.kind) {
    case 'synthetic-resume':
      return RENDERERS[render.format ?? 'pdf'](resumeTextOf(render) ?? '');
    case 'text-resume':
      return textToPdf(render.text);
    case 'attachment':
      return textToPdf(`${render.title}\n\n${render.body}`, render.title);
    case 'not-pdf':
      return Buffer.from('PK\u0003\u0004 this is a zipped word document, not a PDF\n', 'latin1');
    case 'truncated-pdf': {
      const full = await textToPdf(resumeTextOf(render) ?? '');
      return full.subarray(0, Math.floor(full.length * 0.4));
    }
    case 'oversized-pdf': {
      // A real resume, padded with a PDF comment to the size of one carrying a huge scanned portfolio.
      const pdf = await textToPdf(resumeTextOf(render) ?? '');
      return Buffer.concat([pdf, Buffer.alloc(Math.max(0, OVERSIZED_BYTES - pdf.length), '%')]);
    }
  }
}
