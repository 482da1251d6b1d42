import JSZip from 'jszip';

/*
 * A minimal Office Open XML document (the three parts Word needs), one paragraph per line, section
 * headings in bold. Entries carry a fixed date so a seed gives the same bytes.
 */

export const FIXED_ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

export function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Section titles of a synthetic resume (SUMMARY, EXPERIENCE …) are all capitals. */
export function isHeading(line: string): boolean {
  return /^[A-Z][A-Z &]{3,}$/.test(line);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function paragraph(line: string): string {
  const props = isHeading(line) ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p><w:r>${props}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`;
}

/** Plain text as a .docx. */
export function textToDocx(text: string): Promise<Buffer> {
  const body = text.split('\n').map(paragraph).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const zip = new JSZip();
  const opts = { date: FIXED_ZIP_DATE };
  zip.file('[Content_Types].xml', CONTENT_TYPES, opts);
  zip.file('_rels/.rels', RELS, opts);
  zip.file('word/document.xml', document, opts);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
