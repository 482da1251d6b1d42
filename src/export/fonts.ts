import type ExcelJS from 'exceljs';

/*
 * Every font the workbook sets names Calibri 11, the workbook's body font. exceljs writes a font
 * given as `{ bold: true }` with no name and no size, and LibreOffice prints such a cell in its
 * default serif face (bold headers in a wider serif than the rows, "Years of experience" and
 * "Last updated" clipped in their columns, the Provenance labels cut off). Excel guesses Calibri,
 * LibreOffice does not: so the name is always given.
 */
const BODY_FONT = { name: 'Calibri', family: 2, size: 11 } as const;

/** A cell font: Calibri 11 with `style` (bold, a size, a colour) on top. */
export function cellFont(style: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { ...BODY_FONT, ...style };
}
