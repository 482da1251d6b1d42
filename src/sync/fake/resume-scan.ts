import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { xmlEscape } from './resume-docx.js';

/*
 * A scanned resume: each page is one PNG picture of the text (drawn by resvg, as the XLSX charts
 * are) inside a PDF with no text layer, the way a scanner or a phone app saves it. Text extraction
 * finds pages but no text; OCR can read the pictures.
 */

const FIXED_PDF_DATE = new Date(Date.UTC(2020, 0, 1));
// US Letter at 2 px per point (144 dpi), 10.5 pt type.
const PAGE_W = 1224;
const PAGE_H = 1584;
const MARGIN = 108;
const FONT_PX = 21;
const LINE_PX = 30;
const WRAP_CHARS = 95;
const LINES_PER_PAGE = Math.floor((PAGE_H - 2 * MARGIN) / LINE_PX);

function wrap(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > WRAP_CHARS) {
    const cut = rest.lastIndexOf(' ', WRAP_CHARS);
    const at = cut > 20 ? cut : WRAP_CHARS;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}

function pagePng(lines: string[]): Buffer {
  const text = lines.map((line, i) => `<text x="${MARGIN}" y="${MARGIN + (i + 1) * LINE_PX}" font-size="${FONT_PX}" xml:space="preserve">${xmlEscape(line)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}"><rect width="100%" height="100%" fill="#fff"/><g fill="#111">${text}</g></svg>`;
  return new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

/** Plain text as an image-only PDF, one picture per page. */
export function textToScannedPdf(text: string): Promise<Buffer> {
  const lines = text.split('\n').flatMap(wrap);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 0, autoFirstPage: false, info: { Title: 'Scan', CreationDate: FIXED_PDF_DATE, ModDate: FIXED_PDF_DATE } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const page of pages) {
      doc.addPage();
      doc.image(pagePng(page), 0, 0, { width: 612, height: 792 });
    }
    doc.end();
  });
}
