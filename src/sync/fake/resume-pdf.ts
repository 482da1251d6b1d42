import PDFDocument from 'pdfkit';
import { generateProfile, profileResumeText } from './profile.js';
import type { FileRender } from './state.js';

/*
 * File bytes are rendered on download, never stored: a 100,000-candidate account would otherwise
 * hold gigabytes of PDFs. Rendering is deterministic (fixed PDF dates) so a seed gives the same bytes.
 */

const FIXED_PDF_DATE = new Date(Date.UTC(2020, 0, 1));

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
      return profileResumeText(generateProfile(render.profileSeed, render.family, render.asOf), render.contact);
    case 'text-resume':
      return render.text;
    default:
      return null;
  }
}

/** The bytes served for a file. Broken kinds are deliberate, so download failure paths get exercised. */
export async function renderFile(render: FileRender): Promise<Buffer> {
  switch (render.kind) {
    case 'synthetic-resume':
    case 'text-resume':
      return textToPdf(resumeTextOf(render) ?? '');
    case 'attachment':
      return textToPdf(`${render.title}\n\n${render.body}`, render.title);
    case 'not-pdf':
      return Buffer.from('PK\u0003\u0004 this is a zipped word document, not a PDF\n', 'latin1');
    case 'truncated-pdf': {
      const full = await textToPdf(resumeTextOf(render) ?? '');
      return full.subarray(0, Math.floor(full.length * 0.4));
    }
  }
}
