import type ExcelJS from 'exceljs';
import { CHART_MAX_BARS } from './chart.js';
import type { SheetChart } from './native-chart/add-charts.js';
import { columnRange } from './native-chart/xml.js';
import { cellFont } from './fonts.js';
import { printSetup } from './print-setup.js';
import { safeCellText } from './safe-cell.js';
import type { ExportInsights, ExportInsightDimension } from './types.js';

/*
 * The Insights sheet: per dimension a table (value, count, share) and beside it a native Excel bar
 * chart of the table's top rows (native-chart/): the chart's series are formulas over these cells,
 * so it stays editable and follows edits to the table.
 *
 * Sized to the printed page: the columns A–E fill one landscape A4 page at 100% (A–D the table,
 * E the chart: 38+8+8+2+76 = 132 character widths, `INSIGHTS_COLUMN_WIDTHS`), so "fit to one page
 * wide" does not shrink the text. 132, not the 145 that Excel's arithmetic allows (≈ 1,040 px of
 * ≈ 1,045 px printable): LibreOffice (with Carlito, Calibri's metric twin) makes a width unit ≈ 10 %
 * wider and printed 145 at 91 %. The chart column kept its 76: at 70 LibreOffice dropped every other
 * label of a chart whose labels are long.
 *
 * A chart must never be split by a page break (nor touch one), so the sheet places its own breaks
 * every PAGE_ROWS lines at most (fewer than the ≈ 34.8 lines of 15 pt a page holds at 100 %, so the
 * printer never adds one; it was 30 while the sheet printed shrunk) and moves a block to the next
 * page when its chart would not fit on this one.
 *
 * A value longer than column A (a school, a certification, an award: often 40–90 characters) wraps
 * onto more lines of its row, never cut: the count in column B used to clip it at ≈ 40 characters.
 * Its row is set to that many lines' height, and page and chart layout count lines, not rows.
 *
 * Nothing may reach past column E: LibreOffice widens the printed area to the end of any text that
 * spills over empty cells, and "one page wide" then shrank the whole sheet to 82 % (64 % without
 * Carlito; the "no data" reasons, written in column B, ran ≈ 150 characters to the right). So the title and the reasons wrap within merged cells, and the print area is A–E.
 */

export const INSIGHTS_SHEET = 'Insights';
const CHART_COL = 4; // E
/** Widths of columns A–E (value, count, share, gap, chart) in characters. */
export const INSIGHTS_COLUMN_WIDTHS = [38, 8, 8, 2, 76] as const;
const PAGE_ROWS = 32;
const ROW_PX = 20; // a 15 pt row
const BAR_PX = 20; // per bar: a 9 pt label with air (LibreOffice and Excel shrink the plot, not the text)
const CHROME_PX = 60; // title and padding
const LINE_PT = 15;
/**
 * Characters per line of column A (width 38) assumed when wrapping: fewer than fit (≈ 45 of mixed
 * case in Calibri 11), so an estimate never leaves a line hidden below the row's height. Column A
 * was 34 wide (chart 88): widened so the demo's longest values (40 characters, "San Francisco,
 * California, United States") stay on one line, and wrapping is for the really long ones.
 */
const VALUE_LINE_CHARS = 40;
/** Characters per line of the merged columns B–E (94 wide) that hold a "no data" reason, with the same margin. */
const REASON_LINE_CHARS = 85;
/** Characters per line of the sheet's 13 pt bold title across A–E (132 wide). */
const TITLE_LINE_CHARS = 100;
const LAST_COL = 'E';

/** Lines `text` wraps to in `chars` characters per line (word wrap; a longer word takes its own lines). */
export function wrappedLines(text: string, chars = VALUE_LINE_CHARS): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= chars) used = need;
    else if (used === 0) {
      lines += Math.ceil(word.length / chars) - 1;
      used = word.length % chars || chars;
    } else {
      lines += 1 + Math.ceil(word.length / chars) - 1;
      used = word.length % chars || chars;
    }
  }
  return lines;
}

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
  ws.columns = INSIGHTS_COLUMN_WIDTHS.map((width) => ({ width }));
  const charts: SheetChart[] = [];
  let pageStart = 1;
  /** Lines of the rows that wrap (others are one line). */
  const rowLines = new Map<number, number>();
  const lines = (row: number) => rowLines.get(row) ?? 1;
  /** Lines used on the current page above row `row`. */
  const used = (row: number) => {
    let n = 0;
    for (let x = pageStart; x < row; x++) n += lines(x);
    return n;
  };
  /** Break the page after row `last` (1-based). */
  const breakAfter = (last: number) => {
    ws.getRow(last).addPageBreak();
    pageStart = last + 1;
  };
  /** Text across columns `from`–E of row `row`, wrapped to `lines` lines (counted in 15 pt lines). */
  const wrapAcross = (row: number, from: number, lines: number, linePt = LINE_PT) => {
    ws.mergeCells(row, from, row, CHART_COL + 1);
    ws.getCell(row, from).alignment = { wrapText: true, vertical: 'top' };
    if (lines > 1 || linePt !== LINE_PT) {
      ws.getRow(row).height = lines * linePt;
      rowLines.set(row, Math.ceil((lines * linePt) / LINE_PT));
    }
  };
  let r = 1;
  const title = `Insights over ${insights.basis ?? `${insights.total} candidates`}`;
  ws.getCell(r, 1).value = safeCellText(title);
  ws.getCell(r, 1).font = cellFont({ bold: true, size: 13 });
  // The title can be long (a search's basis): it wraps within A–E (see above).
  wrapAcross(r, 1, wrappedLines(title, TITLE_LINE_CHARS), 18);
  ws.getCell(r + 1, 1).value = `Each chart is an Excel chart of the table beside it (its top ${CHART_MAX_BARS} values): edit it, restyle it, or copy it into a deck.`;
  ws.getCell(r + 1, 1).font = cellFont({ italic: true, size: 10, color: { argb: 'FF555555' } });
  wrapAcross(r + 1, 1, 1);
  r += 3;
  for (const dim of insights.dimensions) {
    const bars = Math.min(CHART_MAX_BARS, dim.values.length);
    const span = bars ? chartRows(bars) : 2 + 1;
    // The chart spans whole rows from the block's title row: as many as make `span` lines.
    const valueLines = dim.values.map((v) => wrappedLines(safeCellText(v.value) ?? ''));
    const blockLines = (() => {
      let n = 0;
      for (let i = 0; n < span; i++) n += i < 2 ? 1 : (valueLines[i - 2] ?? 1);
      return n;
    })();
    // A chart's edge must not lie on a page boundary either: LibreOffice then paints it (clipped) and
    // exports its text on both pages. So the break gets an empty row on each side (the gap row above
    // it, and the block moves one row down), and the strict margin keeps the page's last row free.
    if (used(r) + blockLines + 1 > PAGE_ROWS && r > pageStart + 1) {
      breakAfter(r - 1);
      r += 1;
    }
    const start = r;
    ws.getCell(r, 1).value = safeCellText(dim.label);
    ws.getCell(r, 1).font = cellFont({ bold: true, size: 12 });
    r += 1;
    const header = r;
    ['Value', 'Count', 'Share'].forEach((h, i) => {
      ws.getCell(r, i + 1).value = h;
      ws.getCell(r, i + 1).font = cellFont({ bold: true });
    });
    r += 1;
    const first = r;
    dim.values.forEach((v, i) => {
      const n = valueLines[i]!;
      // A long table continues on the next pages; the breaks stay ours (see above).
      if (used(r) + n > PAGE_ROWS) breakAfter(r - 1);
      ws.getCell(r, 1).value = safeCellText(v.value);
      if (n > 1) {
        rowLines.set(r, n);
        ws.getRow(r).height = n * LINE_PT;
        ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
        ws.getCell(r, 2).alignment = { vertical: 'top' };
        ws.getCell(r, 3).alignment = { vertical: 'top' };
      }
      ws.getCell(r, 2).value = v.count;
      ws.getCell(r, 3).value = v.share;
      ws.getCell(r, 3).numFmt = '0.0%';
      r += 1;
    });
    let end = start;
    for (let n = 0; n < span; end++) n += lines(end);
    if (bars) {
      const shown = dim.values.slice(0, bars);
      charts.push({
        title: chartTitle(dim, bars),
        seriesName: { ref: columnRange(INSIGHTS_SHEET, 1, header, header), text: 'Count' },
        categories: { ref: columnRange(INSIGHTS_SHEET, 0, first, first + bars - 1), values: shown.map((v) => safeCellText(v.value) ?? '') },
        values: { ref: columnRange(INSIGHTS_SHEET, 1, first, first + bars - 1), values: shown.map((v) => v.count) },
        from: { col: CHART_COL, row: start - 1 },
        to: { col: CHART_COL + 1, row: end - 1 },
      });
    }
    r = Math.max(r, end) + 1;
  }
  if (insights.unavailable?.length) {
    const reasons = insights.unavailable.map((d) => ({ label: d.label, reason: `no data: ${d.reason}` }));
    const reasonLines = reasons.map((d) => Math.max(wrappedLines(d.label), wrappedLines(d.reason, REASON_LINE_CHARS)));
    // The list stays on one page when it fits on one; a longer list continues on the next.
    const listLines = 1 + reasonLines.reduce((a, b) => a + b, 0);
    if (used(r) + Math.min(listLines, PAGE_ROWS) > PAGE_ROWS && r > pageStart) breakAfter(r - 1);
    ws.getCell(r, 1).value = 'No data';
    ws.getCell(r, 1).font = cellFont({ bold: true, size: 12 });
    r += 1;
    reasons.forEach((d, i) => {
      const n = reasonLines[i]!;
      if (used(r) + n > PAGE_ROWS) breakAfter(r - 1);
      ws.getCell(r, 1).value = safeCellText(d.label);
      ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
      ws.getCell(r, 2).value = safeCellText(d.reason);
      wrapAcross(r, 2, n);
      r += 1;
    });
  }
  printSetup(ws, { printArea: `A1:${LAST_COL}${Math.max(1, r - 1)}` });
  return charts;
}
