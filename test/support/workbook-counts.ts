import ExcelJS from 'exceljs';

/** What an export workbook says about itself: its Provenance rows by label, and the Candidates sheet's data rows. */
export interface WorkbookCounts {
  provenance: Map<string, string>;
  /** Rows under the header (one per application). */
  candidateRows: number;
}

/** Read an export back with exceljs, as whoever it is forwarded to would open it. */
export async function readWorkbookCounts(bytes: Buffer): Promise<WorkbookCounts> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const provenance = new Map<string, string>();
  wb.getWorksheet('Provenance')!.eachRow((row) => provenance.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  return { provenance, candidateRows: wb.getWorksheet('Candidates')!.rowCount - 1 };
}

/** "89 best matches of 502 reached" → [89, 502]. */
export function bestOfReached(scope: string | undefined): [number, number] | null {
  const m = /^(\d+) best match(?:es)? of (\d+) reached$/.exec(scope ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}
