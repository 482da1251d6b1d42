import type ExcelJS from 'exceljs';

/*
 * How each sheet prints (and converts to PDF): landscape, fit to one page wide and as many pages
 * tall as the rows need, narrow margins, the header row repeated on every page, and a footer with
 * the sheet name and page numbers. Without it the Candidates sheet of a 300-candidate export printed
 * as 102 PDF pages with its columns split across pages (issue 15).
 */

export function printSetup(ws: ExcelJS.Worksheet, opts: { headerRows?: string; orientation?: 'landscape' | 'portrait'; printArea?: string } = {}): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: opts.orientation ?? 'landscape',
    paperSize: 9, // A4; Letter users' printers scale it (fit to width keeps every column on the page)
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
    ...(opts.headerRows ? { printTitlesRow: opts.headerRows } : {}),
    // A print area stops text that spills past the last column from widening the page (and so
    // shrinking everything on it to fit one page wide).
    ...(opts.printArea ? { printArea: opts.printArea } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L&A&RPage &P of &N' };
}
