import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAshby, type FakeAshby } from '../../sync/fake/index.js';
import { ocrAvailability } from '../../sync/files/ocr.js';
import { BIN } from '../../../test/support/child-process.js';

/*
 * `rediscovery sync` as a user runs it (bin/rediscovery.js, a fake account over HTTP): the text
 * output ends with the coverage line and `--json` carries the `extraction` object.
 */
const run = promisify(execFile);

describe('rediscovery sync reports extraction coverage', () => {
  let fake: FakeAshby;
  let root: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    fake = await startFakeAshby({ port: 0, seed: 51, candidates: 16, apiKey: 'coverage-key', rateLimitPerMinute: 1_000_000 });
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-coverage-'));
    env = { PATH: process.env.PATH, REDISCOVERY_DATA_DIR: path.join(root, 'data'), ASHBY_API_KEY: fake.apiKey, ASHBY_BASE_URL: fake.url, LOG_LEVEL: 'error' };
  });
  afterAll(async () => {
    await fake?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('prints coverage by format, failures by reason and what happened to the scan', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'sync', '--json'], { env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    const summary = JSON.parse(stdout) as { files: { noTextLayer: number; ocr: { ok: number } }; extraction: { summary: string; ocr: { available: boolean } } };
    expect(summary.files.noTextLayer).toBe(1);
    const ocr = ocrAvailability().available;
    expect(summary.extraction.ocr.available).toBe(ocr);
    expect(summary.files.ocr.ok).toBe(ocr ? 1 : 0);
    const tail = ocr ? '1 PDF \\(OCR\\) ok, 3 failed: 2 corrupt, 1 too large' : '3 failed: 2 corrupt, 1 too large, 1 image-only \\(OCR off: install tesseract';
    expect(summary.extraction.summary).toMatch(new RegExp(`^\\d+ PDF ok, 1 DOCX ok, 1 DOC ok, 1 RTF ok, 1 ODT ok, ${tail}`));

    const text = (await run(process.execPath, [BIN, 'sync'], { env, timeout: 120_000 })).stdout;
    expect(text).toContain(`text read        ${summary.extraction.summary}`);
  }, 300_000);
});
