import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addInsightsSheet, INSIGHTS_COLUMN_WIDTHS, wrappedLines } from './insights-sheet.js';
import type { ExportInsights } from './types.js';

const LONG = 'Certified Professional in Healthcare Quality (CPHQ), National Association for Healthcare Quality';

function sheet(values: string[], extra: Partial<ExportInsights> = {}) {
  const insights: ExportInsights = {
    total: 10,
    asOf: '2026-11-27T11:00:00.000Z',
    dimensions: [{ dimension: 'certification', label: 'Certifications', values: values.map((value, i) => ({ value, count: 10 - i, share: (10 - i) / 10 })) }],
    ...extra,
  };
  const wb = new ExcelJS.Workbook();
  const charts = addInsightsSheet(wb, insights);
  return { ws: wb.getWorksheet('Insights')!, charts };
}

describe('Insights sheet', () => {
  it('keeps a long value whole and wraps it in its row (the count beside it used to clip it at ≈ 40 characters)', () => {
    const { ws, charts } = sheet([LONG, 'CPR']);
    const row = ws.getRow(6);
    expect(row.getCell(1).value).toBe(LONG);
    expect(row.getCell(1).alignment).toMatchObject({ wrapText: true });
    expect(row.height).toBe(wrappedLines(LONG) * 15);
    expect(wrappedLines(LONG)).toBeGreaterThanOrEqual(Math.ceil(LONG.length / INSIGHTS_COLUMN_WIDTHS[0]));
    expect(ws.getRow(7).getCell(1).value).toBe('CPR');
    expect(ws.getRow(7).height).toBeUndefined();
    // The chart spans the lines it needs (7 rows' worth), not 7 rows when one of them is 4 lines tall.
    expect(charts[0]!.to.row - charts[0]!.from.row).toBe(7 - (wrappedLines(LONG) - 1));
  });

  it('wraps by words; a word longer than a line takes as many lines as it needs', () => {
    expect(wrappedLines('Python')).toBe(1);
    expect(wrappedLines('San Francisco, California, United States')).toBe(1);
    expect(wrappedLines('a'.repeat(40))).toBe(1);
    expect(wrappedLines(`${'a'.repeat(20)} ${'b'.repeat(20)}`)).toBe(2);
    expect(wrappedLines('x'.repeat(90))).toBe(3);
    expect(wrappedLines(`ab ${'x'.repeat(90)}`)).toBe(4);
  });

  it('prints one landscape page wide at 100 %: columns A–E within the page, nothing reaching past E (print area A–E)', () => {
    const REASON = "no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES to a company,industry,size CSV (an employer's industry is never guessed)";
    const basis = 'the 959 best matches of "engineer" (score at least 50% of the best), of 1067 candidates the search reached';
    const { ws } = sheet(['Python', 'Go'], { basis, unavailable: [{ label: 'Industry', reason: REASON }, { label: 'Languages', reason: 'no candidate has one' }] });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
      printArea: `A1:E${ws.rowCount}`,
    });
    // 132 character widths: what LibreOffice prints at 100 % on landscape A4 with these margins (145 printed at 91 %).
    expect(ws.columns.map((c) => c.width)).toEqual([...INSIGHTS_COLUMN_WIDTHS]);
    expect(INSIGHTS_COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(132);
    // The long title and each reason wrap inside merged cells that end at E, instead of spilling right
    // (a spill widened the printed area and shrank every page to 82 %).
    expect(ws.getCell('A1').value).toBe(`Insights over ${basis}`);
    expect(ws.getCell('E1').isMerged && ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A1').alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(1).height).toBe(2 * 18);
    const reasonRow = ws.getColumn(2).values.findIndex((v) => typeof v === 'string' && v.includes('COMPANY_ATTRIBUTES'));
    expect(ws.getRow(reasonRow).getCell(1).value).toBe('Industry');
    expect(ws.getCell(reasonRow, 5).master.address).toBe(`B${reasonRow}`);
    expect(ws.getCell(reasonRow, 2).alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(reasonRow).height).toBe(wrappedLines(`no data: ${REASON}`, 85) * 15);
    expect(wrappedLines(`no data: ${REASON}`, 85)).toBe(2);
    expect(ws.getCell(reasonRow + 1, 2).value).toBe('no data: no candidate has one');
    expect(ws.getRow(reasonRow + 1).height).toBeUndefined();
    for (let row = 1; row <= ws.rowCount; row++) expect(ws.getCell(row, 6).value ?? null, `F${row}`).toBeNull();
  });
});
