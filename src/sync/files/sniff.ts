/*
 * What a file really is, from its first bytes. Ashby keeps the uploader's file name, and names lie
 * (a PDF saved as "resume.doc", a .docx renamed .pdf), so content decides; the name and Content-Type
 * only decide between plain text and an unknown binary.
 */

/** Formats text can be read from. */
const FILE_FORMATS = ['pdf', 'docx', 'doc', 'rtf', 'odt', 'text'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** A readable format, or why the file cannot be read (a sentence fit to store, without the file name). */
type Sniffed = { format: FileFormat } | { unreadable: string };

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'csv']);
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ODF_MIMETYPE = 'application/vnd.oasis.opendocument.';

/** Names of each format for messages and the status line. */
export const FORMAT_LABELS: Record<FileFormat, string> = { pdf: 'PDF', docx: 'DOCX', doc: 'DOC', rtf: 'RTF', odt: 'ODT', text: 'text' };

const NAMED_BUT_NOT: Record<string, string> = {
  docx: 'Word (.docx) documents are zip archives',
  odt: 'OpenDocument (.odt) files are zip archives',
  doc: 'Word 97-2003 (.doc) documents are OLE2 compound files',
  rtf: 'RTF documents start with {\\rtf',
};

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}

export function sniffFormat(bytes: Buffer, name: string, contentType?: string): Sniffed {
  if (bytes.subarray(0, 1024).includes('%PDF-')) return { format: 'pdf' };
  if (/^\s*\{\\rtf/.test(bytes.subarray(0, 64).toString('latin1'))) return { format: 'rtf' };
  if (bytes.subarray(0, 4).equals(ZIP)) return sniffZip(bytes);
  if (bytes.subarray(0, 8).equals(OLE2)) {
    // OLE2 also holds .xls, .ppt and .msg files; a Word document has a "WordDocument" stream.
    return bytes.includes(Buffer.from('WordDocument', 'utf16le')) ? { format: 'doc' } : { unreadable: 'This is an Office 97-2003 file that is not a Word document (a spreadsheet, presentation or e-mail?)' };
  }
  const ext = extensionOf(name);
  const mime = contentType?.split(';')[0].trim().toLowerCase();
  if (ext === 'pdf' || mime === 'application/pdf') return { unreadable: 'The file is named or typed as a PDF but does not contain one (corrupt)' };
  if (NAMED_BUT_NOT[ext]) return { unreadable: `The file is named .${ext} but its content is not that format (corrupt): ${NAMED_BUT_NOT[ext]}` };
  if (TEXT_EXTENSIONS.has(ext) || mime === 'text/plain') return { format: 'text' };
  if (ext === 'pages') return { unreadable: 'Apple Pages documents are not supported; PDF, Word (.docx, .doc), RTF, OpenDocument (.odt) and plain text are' };
  return { unreadable: `Files of type ${ext ? `.${ext}` : mime ?? 'unknown'} are not supported; PDF, Word (.docx, .doc), RTF, OpenDocument (.odt) and plain text are` };
}

/**
 * An OpenDocument file stores its MIME type uncompressed as the first zip entry ("mimetype"), so it
 * is readable at a fixed offset; an Office Open XML document has a word/document.xml entry, whose
 * name appears in the zip's (uncompressed) headers.
 */
function sniffZip(bytes: Buffer): Sniffed {
  const firstName = bytes.subarray(30, 38).toString('latin1');
  if (firstName === 'mimetype') {
    const mimetype = bytes.subarray(38, 38 + 60).toString('latin1');
    if (mimetype.startsWith(`${ODF_MIMETYPE}text`)) return { format: 'odt' };
    if (mimetype.startsWith(ODF_MIMETYPE)) return { unreadable: 'This OpenDocument file is not a text document (a spreadsheet or presentation?); only OpenDocument text (.odt) is read' };
  }
  if (bytes.includes('word/document.xml')) return { format: 'docx' };
  if (bytes.includes('xl/workbook.xml') || bytes.includes('ppt/presentation.xml')) {
    return { unreadable: 'This Office file is a spreadsheet or presentation, not a Word document; only Word (.docx) is read' };
  }
  return { unreadable: 'This zip archive is neither a Word (.docx) nor an OpenDocument (.odt) document (corrupt or unsupported)' };
}
