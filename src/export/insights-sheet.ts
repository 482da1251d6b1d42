import type ExcelJS from 'exceljs';
import { CHART_MAX_BARS } from './chart.js';
import type { SheetChart } from './native-chart/add-charts.js';
import { columnRange } from './native-chart/xml.js';
import { printSetup } from './print-setup.js';
import { safeCellText } from './safe-cell.js';
import type { ExportInsights, ExportInsightDimension } from './types.js';

/*
 * The Insights sheet: per dimension a table (value, count, share) and beside it a native Excel bar
 * chart of the table's top rows (native-chart/): the chart's series are formulas over these cells,
 * so it stays editable and follows edits to the table.
 *
 * Sized to the printed page: the columns A–E fill one landscape A4 page at 100% (A–D the table,
 * E the chart: 34+10+10+3+88 character widths ≈ 1,040 px against ≈ 1,045 px printable), so
 * "fit to one page wide" does not shrink the chart's labels. A chart must never be split by a page
 * break (nor touch one), so the sheet places its own breaks every PAGE_ROWS rows at most (fewer
 * than the ≈ 34 rows of 15 pt a page holds, so the printer never adds one) and moves a block to the
 * next page when its chart would not fit on this one.
 */

export const INSIGHTS_SHEET = 'Insights';
const CHART_COL = 4; // E
const CHART_COL_WIDTH = 88;
const PAGE_ROWS = 30;
const ROW_PX = 20; // a 15 pt row
const BAR_PX = 20; // per bar: a 9 pt label with air (LibreOffice and Excel shrink the plot, not the text)
const CHROME_PX = 60; // title and padding

/** Rows a chart of `bars` bars spans (at least 7, so one or two bars are not squashed). */
function chartRows(bars: number): number {
  return Math.max(7, Math.ceil((CHROME_PX + bars * BAR_PX) / ROW_PX));
}

function chartTitle(dim: ExportInsightDimension, bars: number): string {
  return bars < dim.values.length ? `${dim.label} (top ${bars} of ${dim.values.length})` : dim.label;
}

/** Writes the sheet; returns the native charts to add to it once exceljs has written the package. */
export function addInsightsSheet(wb: ExcelJS.Workbook, insights: ExportInsights): SheetChart[] {
  const ws = wb.addWorksheet(INSIGHTS_SHEET);
  ws.columns = [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 3 }, { width: CHART_COL_WIDTH }];
  const charts: SheetChart[] = [];
  let pageStart = 1;
  /** Break the page after row `last` (1-based). */
  const breakAfter = (last: number) => {
    ws.getRow(last).addPageBreak();
    pageStart = last + 1;
  };
  let r = 1;
  ws.getCell(r, 1).value = `Insights over ${insights.basis ?? `${insights.total} candidates`}`;
  ws.getCell(r, 1).font = { bold: true, size: 13 };
  // On its own line: the title can be long (a search's basis), and text spilling past column E
  // would widen the printed area and shrink every chart.
  ws.getCell(r + 1, 1).value = `Each chart is an Excel chart of the table beside it (its top ${CHART_MAX_BARS} values): edit it, restyle it, or copy it into a deck.`;
  ws.getCell(r + 1, 1).font = { italic: true, size: 10, color: { argb: 'FF555555' } };
  r += 3;
  for (const dim of insights.dimensions) {
    const bars = Math.min(CHART_MAX_BARS, dim.values.length);
    const span = bars ? chartRows(bars) : 2 + 1;
    // A chart's edge must not lie on a page boundary either: LibreOffice then paints it (clipped) and
    // exports its text on both pages. So the break gets an empty row on each side (the gap row above
    // it, and the block moves one row down), and the strict margin keeps the page's last row free.
    if (r - pageStart + span + 1 > PAGE_ROWS && r > pageStart + 1) {
      breakAfter(r - 1);
      r += 1;
    }
    const start = r;
    ws.getCell(r, 1).value = safeCellText(dim.label);
    ws.getCell(r, 1).font = { bold: true, size: 12 };
    r += 1;
    const header = r;
    ['Value', 'Count', 'Share'].forEach((h, i) => {
      ws.getCell(r, i + 1).value = h;
      ws.getCell(r, i + 1).font = { bold: true };
    });
    r += 1;
    const first = r;
    for (const v of dim.values) {
      // A long table continues on the next pages; the breaks stay ours (see above).
      if (r - pageStart >= PAGE_ROWS) breakAfter(r - 1);
      ws.getCell(r, 1).value = safeCellText(v.value);
      ws.getCell(r, 2).value = v.count;
      ws.getCell(r, 3).value = v.share;
      ws.getCell(r, 3).numFmt = '0.0%';
      r += 1;
    }
    if (bars) {
      const shown = dim.values.slice(0, bars);
      charts.push({
        title: chartTitle(dim, bars),
        seriesName: { ref: columnRange(INSIGHTS_SHEET, 1, header, header), text: 'Count' },
        categories: { ref: columnRange(INSIGHTS_SHEET, 0, first, first + bars - 1), values: shown.map((v) => safeCellText(v.value) ?? '') },
        values: { ref: columnRange(INSIGHTS_SHEET, 1, first, first + bars - 1), values: shown.map((v) => v.count) },
        from: { col: CHART_COL, row: start - 1 },
        to: { col: CHART_COL + 1, row: start - 1 + span },
      });
    }
    r = Math.max(r, start + span) + 1;
  }
  if (insights.unavailable?.length) {
    if (r - pageStart + 1 + insights.unavailable.length > PAGE_ROWS && r > pageStart) breakAfter(r - 1);
    ws.getCell(r, 1).value = 'No data';
    ws.getCell(r, 1).font = { bold: true, size: 12 };
    r += 1;
    for (const d of insights.unavailable) {
      ws.getCell(r, 1).value = safeCellText(d.label);
      ws.getCell(r, 2).value = safeCellText(`no data: ${d.reason}`);
      r += 1;
    }
  }
  printSetup(ws);
  return charts;
}
