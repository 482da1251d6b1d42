import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/errors.js';
import { XLSX_MIME } from './export-candidates.js';

/** Names exports are written under (export-candidates.ts): no folders, no "..". */
const EXPORT_NAME = /^[\w][\w.-]*\.xlsx$/;

/** Read a finished export by file name from the exports folder (the bytes behind an MCP resource link). */
export async function readExportFile(exportsDir: string, fileName: string): Promise<{ bytes: Buffer; mimeType: string }> {
  if (!EXPORT_NAME.test(fileName) || fileName.includes('..')) {
    throw new AppError('invalid_input', `"${fileName}" is not an export file name; use the resource link export_candidates_xlsx returned (a plain name ending in .xlsx).`);
  }
  try {
    return { bytes: await fs.readFile(path.join(exportsDir, fileName)), mimeType: XLSX_MIME };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', `No export named "${fileName}" on this server (exports are kept under the data directory's exports/ folder).`);
    throw err;
  }
}
