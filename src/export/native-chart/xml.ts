/*
 * The few XML helpers the chart templates share. Every string that reaches a part goes through
 * `escXml`: candidate data (company names, titles) becomes chart captions and caches, so "<", "&" and
 * quotes must never change the markup, and characters XML 1.0 forbids are dropped (a part with one
 * is a workbook Excel refuses to open).
 */

const NOT_XML_1_0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text or attribute content, escaped. */
export function escXml(text: string): string {
  return text.replace(NOT_XML_1_0, '').replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
} as const;

export const REL_TYPE = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** A1-style column letters for a zero-based column index (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An absolute reference to a one-column range on a sheet, as chart formulas write it: 'Insights'!$A$5:$A$19. */
export function columnRange(sheet: string, col: number, firstRow: number, lastRow: number): string {
  const c = columnLetters(col);
  const cells = firstRow === lastRow ? `$${c}$${firstRow}` : `$${c}$${firstRow}:$${c}$${lastRow}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}
