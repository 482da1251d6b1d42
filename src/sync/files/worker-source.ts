import { createRequire } from 'node:module';

/*
 * The parser code that runs inside an extraction worker thread. It is CommonJS source evaluated by
 * the worker (`eval: true`), so it runs the same from src/ under vitest and from dist/; the parser
 * packages are resolved here, on the main thread, and handed over as absolute paths.
 */

const require = createRequire(import.meta.url);

/** Absolute paths of the parser packages the worker requires. */
export const PARSER_PATHS = {
  pdfParse: require.resolve('pdf-parse'),
  mammoth: require.resolve('mammoth'),
  wordExtractor: require.resolve('word-extractor'),
  rtf: require.resolve('rtf-stream-parser'),
  // ToPlainText is the package's own RTF-to-text transform; its index exports only the Outlook de-encapsulator.
  rtfPlain: require.resolve('rtf-stream-parser/dist/src/ToPlainText.js'),
  jszip: require.resolve('jszip'),
  xmldom: require.resolve('@xmldom/xmldom'),
};

export const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const paths = workerData.paths;

async function pdf(data) {
  const { PDFParse } = require(paths.pdfParse);
  const parser = new PDFParse({ data, verbosity: 0, isEvalSupported: false });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } catch (error) {
    if (error && error.name === 'PasswordException') throw new Error('it is password-protected');
    throw error;
  } finally {
    parser.destroy().catch(() => {});
  }
}

/* Page images of a PDF (PNG), for OCR of scanned resumes. */
async function pdfPages(data, options) {
  const { PDFParse } = require(paths.pdfParse);
  const parser = new PDFParse({ data, verbosity: 0, isEvalSupported: false });
  try {
    const shots = await parser.getScreenshot({ scale: options.scale, first: options.maxPages, imageDataUrl: false, imageBuffer: true });
    return { text: '', pages: shots.total, images: shots.pages.map((p) => p.data) };
  } finally {
    parser.destroy().catch(() => {});
  }
}

async function docx(data) {
  const result = await require(paths.mammoth).extractRawText({ buffer: Buffer.from(data) });
  // mammoth ends every paragraph with a blank line; one paragraph is one line of a resume.
  return { text: result.value.replace(/\\n\\n/g, '\\n') };
}

async function doc(data) {
  const WordExtractor = require(paths.wordExtractor);
  const document = await new WordExtractor().extract(Buffer.from(data));
  // Contact details often sit in the page header of a Word resume.
  const headers = document.getHeaders({ includeFooters: false }).trim();
  return { text: [headers, document.getBody()].filter(Boolean).join('\\n') };
}

function rtf(data) {
  const { Tokenize } = require(paths.rtf);
  const { ToPlainText } = require(paths.rtfPlain);
  return new Promise((resolve, reject) => {
    const chunks = [];
    const plain = new ToPlainText({ decode: (bytes, encoding) => new TextDecoder(encoding).decode(bytes), warn: () => {} });
    // The document-information group (title, author) is metadata, not text; the package only skips \\* groups and tables.
    plain._featureHandlers.push({ outputDataFilter: (g) => !!(g._state.allDestinations && g._state.allDestinations.info) });
    const tokens = new Tokenize();
    tokens.on('error', reject);
    plain.on('error', reject).on('data', (c) => chunks.push(String(c))).on('end', () => resolve({ text: chunks.join('') }));
    tokens.pipe(plain);
    tokens.end(Buffer.from(data));
  });
}

async function odt(data) {
  const JSZip = require(paths.jszip);
  const { DOMParser } = require(paths.xmldom);
  const zip = await JSZip.loadAsync(data);
  const content = zip.file('content.xml');
  if (!content) throw new Error('it has no content.xml');
  const xml = new DOMParser({ onError: (level, message) => { if (level === 'fatalError') throw new Error(message); } }).parseFromString(await content.async('string'), 'text/xml');
  const body = xml.getElementsByTagName('office:body')[0];
  if (!body) throw new Error('content.xml has no office:body');
  const lines = [];
  const inline = (node) => {
    let s = '';
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += c.data;
      else if (c.nodeType !== 1) continue;
      else if (c.nodeName === 'text:s') s += ' '.repeat(Number(c.getAttribute('text:c')) || 1);
      else if (c.nodeName === 'text:tab') s += '\\t';
      else if (c.nodeName === 'text:line-break') s += '\\n';
      else if (c.nodeName !== 'text:note-citation') s += inline(c);
    }
    return s;
  };
  const block = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if (c.nodeName === 'text:p' || c.nodeName === 'text:h') lines.push(inline(c));
      else block(c);
    }
  };
  block(body);
  return { text: lines.join('\\n') };
}

const ops = { pdf, 'pdf-pages': pdfPages, docx, doc, rtf, odt };

parentPort.on('message', async ({ op, data, options }) => {
  try {
    const result = await ops[op](data, options || {});
    const transfer = (result.images || []).map((image) => image.buffer);
    parentPort.postMessage({ ok: true, ...result }, transfer);
  } catch (error) {
    const message = String((error && error.message) || error).replace(/\\.$/, '');
    parentPort.postMessage({ ok: false, reason: message });
  }
});
`;
