import type ExcelJS from 'exceljs';
import { cellFont } from './fonts.js';
import { wrappedLines } from './insights-sheet.js';
import { printSetup } from './print-setup.js';
import { safeCellText } from './safe-cell.js';
import type { ExportCandidate, ExportInsights } from './types.js';

/** The dimensions the Summary names, top values each (the Insights sheet has them all, with charts). */
const SUMMARY_DIMENSIONS = ['location', 'currentTitle', 'stage', 'source', 'rejectionReason'];
const TOP = 5;
/** Columns A–C in characters: a value or label (a 40-character location stays on one line), its figure or text, a share. */
const COLUMN_WIDTHS = [44, 44, 8] as const;

/**
 * The first sheet, for whoever the workbook is forwarded to: what was asked (in words), how many
 * people and applications it holds, where the applications stand, and the top values of a few
 * dimensions. Counts here are the sheets' own counts.
 */
export function addSummarySheet(wb: ExcelJS.Workbook, input: { requestWords: string; scope?: string | null; rows: ExportCandidate[]; applicationRows: number; insights: ExportInsights; asOf: Date | null }): void {
  const ws = wb.addWorksheet('Summary');
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const add = (label: string, value: string | number | Date | null, bold = false) => {
    const row = ws.addRow([label, typeof value === 'string' ? safeCellText(value) : value]);
    row.getCell(1).font = cellFont({ bold: true });
    if (bold) row.getCell(2).font = cellFont({ bold: true });
    if (value instanceof Date) row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    // Figures and dates read left, under the text values ("Who they are").
    row.getCell(2).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    fitRow(row, [label, typeof value === 'string' ? value : '']);
    return row;
  };
  /** Wraps a row's text within its columns and grows the row to it (LibreOffice does not on opening). */
  const fitRow = (row: ExcelJS.Row, texts: string[]) => {
    const lines = Math.max(1, ...texts.map((t, i) => (t ? wrappedLines(t, COLUMN_WIDTHS[i]) : 1)));
    row.getCell(1).alignment = { ...row.getCell(1).alignment, wrapText: true, vertical: 'top' };
    if (lines > 1) row.height = lines * 15;
  };
  const title = ws.addRow([`Candidates: ${input.requestWords}`]);
  title.font = cellFont({ bold: true, size: 14 });
  ws.mergeCells(title.number, 1, title.number, 3);
  ws.addRow([]);
  add('Candidates (people)', input.rows.length, true);
  if (input.scope) add('Who they are', input.scope);
  add('Applications (rows on Candidates)', input.applicationRows);
  add('Data as of', input.asOf ?? 'unknown');

  const byStatus = new Map<string, number>();
  for (const c of input.rows) for (const a of c.applications) byStatus.set(a.status ?? 'Unknown', (byStatus.get(a.status ?? 'Unknown') ?? 0) + 1);
  if (byStatus.size) {
    ws.addRow([]);
    ws.addRow(['Applications by status']).font = cellFont({ bold: true, size: 12 });
    for (const [status, n] of [...byStatus].sort((a, b) => b[1] - a[1])) ws.addRow([safeCellText(status), n]);
  }
  for (const key of SUMMARY_DIMENSIONS) {
    const dim = input.insights.dimensions.find((d) => d.dimension === key);
    if (!dim || !dim.values.length) continue;
    ws.addRow([]);
    ws.addRow([`${dim.label} (top ${Math.min(TOP, dim.values.length)} of ${input.insights.total} candidates)`]).font = cellFont({ bold: true, size: 12 });
    for (const v of dim.values.slice(0, TOP)) {
      const row = ws.addRow([safeCellText(v.value), v.count, v.share]);
      row.getCell(3).numFmt = '0%';
      fitRow(row, [v.value]);
    }
  }
  printSetup(ws, { orientation: 'portrait' });
}
