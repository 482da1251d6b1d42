import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addNativeCharts, type SheetChart } from './add-charts.js';
import { barChartPartXml } from './chart-part.js';
import { columnLetters, columnRange, escXml } from './xml.js';

const chart = (sheet: string): SheetChart => ({
  title: 'Location',
  seriesName: { ref: columnRange(sheet, 1, 1, 1), text: 'Count' },
  categories: { ref: columnRange(sheet, 0, 2, 3), values: ['London', 'Berlin'] },
  values: { ref: columnRange(sheet, 1, 2, 3), values: [3, 2] },
  from: { col: 3, row: 0 },
  to: { col: 8, row: 12 },
});

async function workbook(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, name = 'Data'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRows([['Value', 'Count'], ['London', 3], ['Berlin', 2]]);
  fill(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('chart XML helpers', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(escXml(`R&D <x> "q" 'a'\u0000\u0007\u001F\tok`)).toBe('R&amp;D &lt;x&gt; &quot;q&quot; &apos;a&apos;\tok');
  });

  it('writes absolute ranges with quoted sheet names', () => {
    expect([0, 4, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'E', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(columnRange('Insights', 0, 5, 19)).toBe("'Insights'!$A$5:$A$19");
    expect(columnRange("O'Brien data", 1, 4, 4)).toBe("'O''Brien data'!$B$4");
  });

  it('a chart part is well-formed XML even with hostile captions', () => {
    const hostile = { ...chart('Data'), title: '</c:title><x>&', categories: { ref: "'Data'!$A$2:$A$3", values: ['<a>', ']]>'] } };
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(barChartPartXml(hostile), 'text/xml');
    expect(errors).toEqual([]);
    expect(Array.from(doc.getElementsByTagName('a:t')).map((t) => t.textContent)).toEqual(['</c:title><x>&']);
  });
});

describe('addNativeCharts', () => {
  it('keeps the relationships a sheet already has (external hyperlinks) and exceljs still reads the sheet', async () => {
    const buf = await workbook((ws) => {
      ws.getCell('A5').value = { text: 'Ashby', hyperlink: 'https://app.ashbyhq.com/x' };
    }, "Bob's sheet");
    const out = await addNativeCharts(buf, { "Bob's sheet": [chart("Bob's sheet")] });
    const zip = await JSZip.loadAsync(out);
    const relsXml = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    const rels = Array.from(new DOMParser().parseFromString(relsXml, 'text/xml').getElementsByTagName('Relationship'));
    expect(rels.map((r) => [r.getAttribute('Type')!.split('/').pop(), r.getAttribute('TargetMode')])).toEqual([['hyperlink', 'External'], ['drawing', null]]);
    expect(new Set(rels.map((r) => r.getAttribute('Id'))).size).toBe(2);
    const chartXml = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chartXml).toContain("<c:f>&apos;Bob&apos;&apos;s sheet&apos;!$A$2:$A$3</c:f>");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Bob's sheet")!.getCell('A5').value).toEqual({ text: 'Ashby', hyperlink: 'https://app.ashbyhq.com/x' });
  });

  it('refuses a sheet that already has a drawing (pictures) rather than writing a second one', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const buf = await workbook((ws, wb) => ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'D1:E5'));
    await expect(addNativeCharts(buf, { Data: [chart('Data')] })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('already has a drawing') });
  });

  it('names the sheet it cannot find', async () => {
    await expect(addNativeCharts(await workbook(() => {}), { Missing: [chart('Missing')] })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('"Missing"') });
  });
});
