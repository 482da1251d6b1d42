import type ExcelJS from 'exceljs';
import { printSetup } from './print-setup.js';
import { safeCellText } from './safe-cell.js';
import type { ExportCandidate, ExportInsights } from './types.js';

/** The dimensions the Summary names, top values each (the Insights sheet has them all, with charts). */
const SUMMARY_DIMENSIONS = ['location', 'currentTitle', 'stage', 'source', 'rejectionReason'];
const TOP = 5;

/**
 * The first sheet, for whoever the workbook is forwarded to: what was asked (in words), how many
 * people and applications it holds, where the applications stand, and the top values of a few
 * dimensions. Counts here are the sheets' own counts.
 */
export function addSummarySheet(wb: ExcelJS.Workbook, input: { requestWords: string; scope?: string | null; rows: ExportCandidate[]; applicationRows: number; insights: ExportInsights; asOf: Date | null }): void {
  const ws = wb.addWorksheet('Summary');
  ws.columns = [{ width: 30 }, { width: 60 }, { width: 10 }];
  const add = (label: string, value: string | number | Date | null, bold = false) => {
    const row = ws.addRow([label, typeof value === 'string' ? safeCellText(value) : value]);
    row.getCell(1).font = { bold: true };
    if (bold) row.getCell(2).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    return row;
  };
  const title = ws.addRow([`Candidates: ${input.requestWords}`]);
  title.font = { bold: true, size: 14 };
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
    ws.addRow(['Applications by status']).font = { bold: true, size: 12 };
    for (const [status, n] of [...byStatus].sort((a, b) => b[1] - a[1])) ws.addRow([safeCellText(status), n]);
  }
  for (const key of SUMMARY_DIMENSIONS) {
    const dim = input.insights.dimensions.find((d) => d.dimension === key);
    if (!dim || !dim.values.length) continue;
    ws.addRow([]);
    ws.addRow([`${dim.label} (top ${Math.min(TOP, dim.values.length)} of ${input.insights.total} candidates)`]).font = { bold: true, size: 12 };
    for (const v of dim.values.slice(0, TOP)) {
      const row = ws.addRow([safeCellText(v.value), v.count, v.share]);
      row.getCell(3).numFmt = '0%';
    }
  }
  printSetup(ws, { orientation: 'portrait' });
}
