import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../../shared/errors.js';
import { barChartPartXml, type BarChartPart } from './chart-part.js';
import { drawingPartXml, relationshipsXml, type CellCorner } from './drawing-part.js';
import { CONTENT_TYPE, NS, REL_TYPE } from './xml.js';

/*
 * exceljs writes cells, styles, print setup and pictures, but no chart parts. Native (editable)
 * charts are added to the package it wrote: per sheet one drawing part holding a graphic frame per
 * chart, one chart part per chart, the relationships sheet → drawing → chart, the sheet's
 * <drawing r:id> element and the content-type overrides. Parts exceljs wrote are edited through a
 * real XML parser (never by string search), and the new parts come from the typed templates.
 *
 * A sheet may hold only one drawing; a sheet that already has one (exceljs pictures) is refused
 * rather than given a second, which Excel would report as a corrupt file.
 */

export interface SheetChart extends BarChartPart {
  /** Top-left and bottom-right cell corners the chart spans (zero-based). */
  from: CellCorner;
  to: CellCorner;
}

/** Elements that follow <drawing> in CT_Worksheet (sml.xsd): the drawing goes before the first of them. */
const AFTER_DRAWING = new Set(['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

function parse(xml: string, part: string): Document {
  return new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new AppError('internal', `${part} is not well-formed XML: ${msg}`); } }).parseFromString(xml, 'text/xml');
}

async function readPart(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new AppError('internal', `The workbook has no ${part} part to add charts to.`);
  return file.async('string');
}

function children(el: Element, localName: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === localName);
}

/** Resolve a relationship target against the folder of the part that owns the .rels. */
function resolveTarget(ownerFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${ownerFolder}/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) p === '..' ? out.pop() : p && p !== '.' && out.push(p);
  return out.join('/');
}

/** The package path of the worksheet part named `sheetName` (xl/workbook.xml + its .rels). */
async function sheetPartPath(zip: JSZip, sheetName: string): Promise<string> {
  const wb = parse(await readPart(zip, 'xl/workbook.xml'), 'xl/workbook.xml');
  const sheet = Array.from(wb.getElementsByTagNameNS(NS.main, 'sheet')).find((s) => s.getAttribute('name') === sheetName);
  const relId = sheet?.getAttributeNS(NS.r, 'id');
  if (!relId) throw new AppError('internal', `The workbook has no sheet named "${sheetName}" to add charts to.`);
  const rels = parse(await readPart(zip, 'xl/_rels/workbook.xml.rels'), 'xl/_rels/workbook.xml.rels');
  const rel = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === relId);
  if (!rel) throw new AppError('internal', `The workbook's relationship ${relId} for sheet "${sheetName}" is missing.`);
  return resolveTarget('xl', rel.getAttribute('Target')!);
}

/** The next free number N for parts named `${prefix}N.xml`. */
function nextPartNumber(zip: JSZip, prefix: string): number {
  const taken = Object.keys(zip.files).map((f) => new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(f)?.[1]).filter(Boolean).map(Number);
  return Math.max(0, ...taken) + 1;
}

function freeRelId(rels: Document): string {
  const ids = new Set(Array.from(rels.getElementsByTagName('Relationship')).map((r) => r.getAttribute('Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

function addOverride(types: Document, partName: string, contentType: string): void {
  const el = types.createElementNS(NS.contentTypes, 'Override');
  el.setAttribute('PartName', partName);
  el.setAttribute('ContentType', contentType);
  types.documentElement!.appendChild(el);
}

/** Adds the <drawing r:id> element to a worksheet at its schema position. */
function insertDrawingElement(sheet: Document, relId: string, part: string): void {
  const root = sheet.documentElement!;
  if (children(root, 'drawing').length) throw new AppError('internal', `${part} already has a drawing; charts would need a second one, which Excel refuses.`);
  const drawing = sheet.createElementNS(NS.main, 'drawing');
  drawing.setAttributeNS(NS.r, 'r:id', relId);
  const before = Array.from(root.childNodes).find((n) => n.nodeType === 1 && AFTER_DRAWING.has((n as Element).localName!));
  root.insertBefore(drawing, before ?? null);
}

async function addSheetCharts(zip: JSZip, types: Document, sheetName: string, charts: SheetChart[]): Promise<void> {
  const sheetPath = await sheetPartPath(zip, sheetName);
  const folder = sheetPath.slice(0, sheetPath.lastIndexOf('/'));
  const fileName = sheetPath.slice(folder.length + 1);
  const relsPath = `${folder}/_rels/${fileName}.rels`;
  const relsFile = zip.file(relsPath);
  const sheetRels = parse(relsFile ? await relsFile.async('string') : relationshipsXml([]), relsPath);
  if (Array.from(sheetRels.getElementsByTagName('Relationship')).some((r) => r.getAttribute('Type') === REL_TYPE.drawing)) {
    throw new AppError('internal', `Sheet "${sheetName}" already has a drawing (pictures); it cannot be given a second one for charts.`);
  }

  const drawingN = nextPartNumber(zip, 'xl/drawings/drawing');
  let chartN = nextPartNumber(zip, 'xl/charts/chart');
  const anchors = charts.map((chart, i) => {
    const part = `xl/charts/chart${chartN}.xml`;
    zip.file(part, barChartPartXml(chart));
    addOverride(types, `/${part}`, CONTENT_TYPE.chart);
    chartN += 1;
    return { from: chart.from, to: chart.to, chartRelId: `rId${i + 1}`, name: `Chart ${i + 1}: ${chart.title}`, target: `../charts/chart${chartN - 1}.xml` };
  });
  const drawingPart = `xl/drawings/drawing${drawingN}.xml`;
  zip.file(drawingPart, drawingPartXml(anchors));
  zip.file(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, relationshipsXml(anchors.map((a) => ({ id: a.chartRelId, type: REL_TYPE.chart, target: a.target }))));
  addOverride(types, `/${drawingPart}`, CONTENT_TYPE.drawing);

  const relId = freeRelId(sheetRels);
  const rel = sheetRels.createElementNS(NS.rels, 'Relationship');
  rel.setAttribute('Id', relId);
  rel.setAttribute('Type', REL_TYPE.drawing);
  rel.setAttribute('Target', `../drawings/drawing${drawingN}.xml`);
  sheetRels.documentElement!.appendChild(rel);
  zip.file(relsPath, new XMLSerializer().serializeToString(sheetRels));

  const sheet = parse(await readPart(zip, sheetPath), sheetPath);
  insertDrawingElement(sheet, relId, sheetPath);
  zip.file(sheetPath, new XMLSerializer().serializeToString(sheet));
}

/** Add native bar charts to the sheets of an XLSX package (sheet name → its charts); returns the new package. */
export async function addNativeCharts(xlsx: Buffer, chartsBySheet: Record<string, SheetChart[]>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = parse(await readPart(zip, '[Content_Types].xml'), '[Content_Types].xml');
  for (const [sheetName, charts] of Object.entries(chartsBySheet)) {
    if (charts.length) await addSheetCharts(zip, types, sheetName, charts);
  }
  zip.file('[Content_Types].xml', new XMLSerializer().serializeToString(types));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
