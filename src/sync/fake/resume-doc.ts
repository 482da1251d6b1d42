import fs from 'node:fs';
import { fromPackageRoot } from '../../shared/paths.js';

/*
 * Legacy Word 97-2003 (.doc) resumes. No maintained library writes the binary format, so the fake
 * serves a template: assets/fake-ashby/resume-template.doc, made by LibreOffice 7.4
 * (`soffice --headless --convert-to doc:"MS Word 97" resume-template.txt`) from one paragraph of
 * 8,000 "X" characters. Word stores that text as UTF-16 in one piece; overwriting it in place with a
 * resume of the same length (padded with spaces, lines as paragraph marks) keeps every offset in the
 * file valid, so Word, LibreOffice and word-extractor read the resume.
 */

const TEMPLATE_FILE = fromPackageRoot('assets', 'fake-ashby', 'resume-template.doc');
const PLACEHOLDER_CHARS = 8000;
const PLACEHOLDER = Buffer.from('X'.repeat(PLACEHOLDER_CHARS), 'utf16le');

let template: { bytes: Buffer; at: number } | undefined;

function loadTemplate(): { bytes: Buffer; at: number } {
  if (template) return template;
  const bytes = fs.readFileSync(TEMPLATE_FILE);
  const at = bytes.indexOf(PLACEHOLDER);
  if (at < 0) throw new Error(`${TEMPLATE_FILE} does not hold the ${PLACEHOLDER_CHARS}-character placeholder`);
  template = { bytes, at };
  return template;
}

/** Plain text as a .doc (text past 8,000 characters is cut; synthetic resumes are far shorter). */
export function textToDoc(text: string): Buffer {
  const { bytes, at } = loadTemplate();
  // Characters outside the BMP take two UTF-16 units; one '?' each keeps the count exact.
  const body = text
    .replace(/[\u{10000}-\u{10FFFF}]/gu, '?')
    .replace(/\r?\n/g, '\r')
    .slice(0, PLACEHOLDER_CHARS)
    .padEnd(PLACEHOLDER_CHARS, ' ');
  const out = Buffer.from(bytes);
  Buffer.from(body, 'utf16le').copy(out, at);
  return out;
}
