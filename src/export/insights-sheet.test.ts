import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addInsightsSheet, wrappedLines } from './insights-sheet.js';
import type { ExportInsights } from './types.js';

const LONG = 'Certified Professional in Healthcare Quality (CPHQ), National Association for Healthcare Quality';

function sheet(values: string[]) {
  const insights: ExportInsights = {
    total: 10,
    asOf: '2026-11-27T11:00:00.000Z',
    dimensions: [{ dimension: 'certification', label: 'Certifications', values: values.map((value, i) => ({ value, count: 10 - i, share: (10 - i) / 10 })) }],
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
    expect(wrappedLines(LONG)).toBeGreaterThanOrEqual(Math.ceil(LONG.length / 46));
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
});
