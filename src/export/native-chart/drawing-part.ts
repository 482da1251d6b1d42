import { escXml, NS, XML_DECLARATION } from './xml.js';

/*
 * The drawing part (xl/drawings/drawingN.xml) that places charts on a sheet, and the relationship
 * parts that wire sheet → drawing → chart. A chart sits in a twoCellAnchor: it spans whole cells,
 * so it moves and resizes with them (and prints where its cells print).
 */

/** A cell corner, zero-based (column 4 = E, row 2 = the top of row 3). */
export interface CellCorner {
  col: number;
  row: number;
}

interface ChartAnchor {
  from: CellCorner;
  to: CellCorner;
  /** Relationship id of the chart in the drawing's .rels part. */
  chartRelId: string;
  name: string;
}

function corner(tag: 'from' | 'to', c: CellCorner): string {
  return `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function graphicFrame(a: ChartAnchor, id: number): string {
  return [
    `<xdr:twoCellAnchor editAs="oneCell">${corner('from', a.from)}${corner('to', a.to)}`,
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${escXml(a.chartRelId)}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  ].join('');
}

/** The drawing part's XML: one graphic frame per chart (shape ids start at 2; 1 is the drawing itself). */
export function drawingPartXml(anchors: ChartAnchor[]): string {
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.map((a, i) => graphicFrame(a, i + 2)).join('')}</xdr:wsDr>`;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A .rels part. */
export function relationshipsXml(rels: Relationship[]): string {
  const body = rels.map((r) => `<Relationship Id="${escXml(r.id)}" Type="${escXml(r.type)}" Target="${escXml(r.target)}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${body}</Relationships>`;
}
