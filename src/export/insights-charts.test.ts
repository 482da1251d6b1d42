import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHART_MAX_BARS } from './chart.js';
import type { ExportInsights } from './types.js';
import { buildCandidatesWorkbook } from './workbook.js';

/*
 * The native charts read back from the package with a real XML parser: every part they need is
 * there and declared, the relationships resolve, the sheet has one <drawing> at its schema place,
 * and each series points at the table's cells, with caches equal to what those cells hold
 * (read by exceljs, the second reader).
 */

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
/** CT_Worksheet children that must come before <drawing> (sml.xsd), and those after it. */
const BEFORE_DRAWING = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'mergeCells', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks'];
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'tableParts', 'extLst'];

const values = (label: string, n: number) => Array.from({ length: n }, (_, i) => ({ value: `${label} value ${i}`, count: 100 - i, share: (100 - i) / 300 }));
const insights: ExportInsights = {
  total: 300,
  asOf: null,
  dimensions: [
    { dimension: 'location', label: 'Location', values: values('Location', 20) },
    { dimension: 'currentCompany', label: 'Current company', values: [
      { value: 'R&D <Labs> "Quoted" \'Co\'', count: 7, share: 0.1 },
      { value: '=HYPERLINK("http://evil.example")', count: 5, share: 0.05 },
      { value: 'Bell\u0007 Labs', count: 3, share: 0.01 },
    ] },
    { dimension: 'school', label: 'School', values: [] },
    ...['Current title', 'Skills', 'Stage reached', 'Source'].map((label, i) => ({ dimension: `d${i}`, label, values: values(label, 15 - i * 4) })),
  ],
  unavailable: [{ label: 'Industry', reason: 'no company attributes file' }],
};
const provenance = { query: 'engineer', boolean: null, filters: {}, asOf: null, exportedBy: 'cli', exportedAt: '2026-11-27T12:00:00.000Z', rowCount: 0, appVersion: '0.1.0' };

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const els = (node: Document | Element, ns: string, name: string) => Array.from(node.getElementsByTagNameNS(ns, name)) as Element[];
const childNames = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName!);
const rels = (doc: Document) => els(doc, 'http://schemas.openxmlformats.org/package/2006/relationships', 'Relationship').map((r) => ({ id: r.getAttribute('Id')!, type: r.getAttribute('Type')!.split('/').pop()!, target: r.getAttribute('Target')!, mode: r.getAttribute('TargetMode') }));

/** 'Insights'!$A$5:$A$19 → sheet, column letter, first and last row. */
function parseRange(f: string): { sheet: string; col: string; first: number; last: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$\2\$(\d+))?$/.exec(f);
  if (!m) throw new Error(`not a one-column range: ${f}`);
  return { sheet: m[1]!.replace(/''/g, "'"), col: m[2]!, first: Number(m[3]), last: Number(m[4] ?? m[3]) };
}

async function unpack(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const part = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`missing part ${p}`);
    return xml(await f.async('string'));
  };
  return { zip, part };
}

describe('native Excel charts on the Insights sheet', () => {
  it('one chart part per dimension with values, declared, related and referencing the table cells; caches equal the cells', async () => {
    const buf = await buildCandidatesWorkbook({ rows: [], insights, provenance });
    const { zip, part } = await unpack(buf);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer); // exceljs still reads the package
    const ws = wb.getWorksheet('Insights')!;

    // Parts and content types
    const chartParts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const withValues = insights.dimensions.filter((d) => d.values.length);
    expect(chartParts).toHaveLength(withValues.length);
    expect(Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toEqual(['xl/drawings/drawing1.xml']);
    const types = await part('[Content_Types].xml');
    const overrides = new Map(els(types, 'http://schemas.openxmlformats.org/package/2006/content-types', 'Override').map((o) => [o.getAttribute('PartName')!, o.getAttribute('ContentType')!]));
    for (const p of chartParts) expect(overrides.get(`/${p}`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(overrides.get('/xl/drawings/drawing1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    for (const name of overrides.keys()) expect(zip.file(name.slice(1)), name).not.toBeNull();

    // Sheet → drawing: one relationship, one <drawing> element at its schema position
    const sheetRels = rels(await part('xl/worksheets/_rels/sheet3.xml.rels'));
    const drawingRels = sheetRels.filter((r) => r.type === 'drawing');
    expect(drawingRels).toEqual([{ id: expect.any(String), type: 'drawing', target: '../drawings/drawing1.xml', mode: null }]);
    const sheet = (await part('xl/worksheets/sheet3.xml')).documentElement as unknown as Element;
    const names = childNames(sheet);
    expect(names.filter((n) => n === 'drawing')).toHaveLength(1);
    const at = names.indexOf('drawing');
    expect(names.slice(at + 1).every((n) => AFTER_DRAWING.includes(n))).toBe(true);
    expect(names.slice(0, at).every((n) => BEFORE_DRAWING.includes(n))).toBe(true);
    expect(els(sheet as unknown as Document, 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'drawing')[0]!.getAttributeNS(R, 'id')).toBe(drawingRels[0]!.id);
    // Only the Insights sheet draws
    for (const s of ['sheet1', 'sheet2', 'sheet4']) {
      const f = zip.file(`xl/worksheets/_rels/${s}.xml.rels`);
      if (f) expect(rels(xml(await f.async('string'))).filter((r) => r.type === 'drawing')).toEqual([]);
    }

    // Drawing → charts: one graphic frame per chart, each related to an existing chart part, in order
    const drawing = await part('xl/drawings/drawing1.xml');
    const chartRels = new Map(rels(await part('xl/drawings/_rels/drawing1.xml.rels')).map((r) => [r.id, r]));
    const anchors = els(drawing, XDR, 'twoCellAnchor');
    expect(anchors).toHaveLength(withValues.length);
    const corner = (a: Element, tag: string) => {
      const c = els(a, XDR, tag)[0]!;
      return { col: Number(els(c, XDR, 'col')[0]!.textContent), row: Number(els(c, XDR, 'row')[0]!.textContent) };
    };
    const rowBreaks = els(sheet as unknown as Document, 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'brk').map((b) => Number(b.getAttribute('id')));
    expect(rowBreaks.length).toBeGreaterThan(0);

    for (const [i, dim] of withValues.entries()) {
      const anchor = anchors[i]!;
      const rel = chartRels.get(els(anchor, C, 'chart')[0]!.getAttributeNS(R, 'id')!)!;
      expect(rel.type).toBe('chart');
      const chart = await part(`xl/${rel.target.replace('../', '')}`);
      const bars = Math.min(CHART_MAX_BARS, dim.values.length);

      expect(els(chart, C, 'barDir')[0]!.getAttribute('val')).toBe('bar'); // horizontal
      expect(els(els(chart, C, 'title')[0]!, A, 't').map((t) => t.textContent).join('')).toBe(bars < dim.values.length ? `${dim.label} (top ${bars} of ${dim.values.length})` : dim.label);
      expect(els(chart, C, 'ser')).toHaveLength(1);

      const cat = els(chart, C, 'cat')[0]!;
      const val = els(chart, C, 'val')[0]!;
      const catRange = parseRange(els(cat, C, 'f')[0]!.textContent!);
      const valRange = parseRange(els(val, C, 'f')[0]!.textContent!);
      expect([catRange.sheet, catRange.col, valRange.sheet, valRange.col]).toEqual(['Insights', 'A', 'Insights', 'B']);
      expect([valRange.first, valRange.last]).toEqual([catRange.first, catRange.last]);
      expect(catRange.last - catRange.first + 1).toBe(bars);
      // The range is the dimension's table: the header two rows up names the dimension
      expect(ws.getCell(`A${catRange.first - 2}`).value).toBe(dim.label);
      expect(ws.getCell(`B${catRange.first - 1}`).value).toBe('Count');
      const cells = (col: string) => Array.from({ length: bars }, (_, k) => ws.getCell(`${col}${catRange.first + k}`).value);
      const cache = (el: Element) => els(el, C, 'pt').map((p) => els(p, C, 'v')[0]!.textContent);
      expect(els(cat, C, 'ptCount')[0]!.getAttribute('val')).toBe(String(bars));
      expect(cache(cat)).toEqual(cells('A').map(String)); // exceljs drops the control character from the cell as esc() does from the cache
      expect(cache(val).map(Number)).toEqual(cells('B'));
      expect(cells('B')).toEqual(dim.values.slice(0, bars).map((v) => v.count));

      // Placed beside its table (column E), from the dimension's label row, never split by a page break
      const from = corner(anchor, 'from');
      const to = corner(anchor, 'to');
      expect(from).toEqual({ col: 4, row: catRange.first - 3 });
      expect(to.col).toBe(5);
      expect(to.row - from.row).toBeGreaterThanOrEqual(bars);
      // A break after 1-based row b is the line between rows b and b+1: the chart spans lines from.row..to.row
      // (zero-based corners) and must not touch any of them.
      expect(rowBreaks.filter((b) => b >= from.row && b <= to.row)).toEqual([]);
      if (i + 1 < anchors.length) expect(corner(anchors[i + 1]!, 'from').row).toBeGreaterThanOrEqual(to.row);
    }
    // Escaped text arrives as text: the formula-looking value is the cell's text (leading quote), not markup
    const company = await part(`xl/${chartRels.get(els(anchors[1]!, C, 'chart')[0]!.getAttributeNS(R, 'id')!)!.target.replace('../', '')}`);
    expect(els(els(company, C, 'cat')[0]!, C, 'v').map((v) => v.textContent)).toEqual(['R&D <Labs> "Quoted" \'Co\'', '\'=HYPERLINK("http://evil.example")', 'Bell Labs']);

    // Print setup survives the rewrite
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });
});
