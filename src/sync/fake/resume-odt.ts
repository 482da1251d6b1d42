import JSZip from 'jszip';
import { FIXED_ZIP_DATE, isHeading, xmlEscape } from './resume-docx.js';

/*
 * A minimal OpenDocument text file: the uncompressed "mimetype" entry first (as the format requires,
 * and as content sniffing reads it), a manifest, and content.xml with one paragraph or heading per line.
 */

const MIMETYPE = 'application/vnd.oasis.opendocument.text';

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

/** Runs of spaces are <text:s/> in ODF (XML would collapse them). */
function odfText(line: string): string {
  return xmlEscape(line).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
}

function block(line: string): string {
  return isHeading(line) ? `<text:h text:outline-level="2">${odfText(line)}</text:h>` : `<text:p>${odfText(line)}</text:p>`;
}

/** Plain text as an .odt. */
export function textToOdt(text: string): Promise<Buffer> {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>${text.split('\n').map(block).join('')}</office:text></office:body></office:document-content>`;
  const zip = new JSZip();
  zip.file('mimetype', MIMETYPE, { date: FIXED_ZIP_DATE, compression: 'STORE' });
  zip.file('META-INF/manifest.xml', MANIFEST, { date: FIXED_ZIP_DATE });
  zip.file('content.xml', content, { date: FIXED_ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
