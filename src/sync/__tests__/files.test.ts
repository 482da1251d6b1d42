import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { files, syncRuns } from '../../store/schema.js';
import { runSync, type SyncSummary } from '../engine/run-sync.js';
import type { FileProcessing } from '../engine/sync-files.js';
import { renderFile } from '../fake/index.js';
import { downloadFile } from '../files/download.js';
import { extractText } from '../files/extract-text.js';
import { startAccount, type Account } from './harness.js';

/*
 * Resumes and attachments through file.info, the fake's presigned download URLs and pdf-parse. The
 * seeded account has a non-PDF and a truncated PDF among its resumes; the size cap is set just under
 * the largest file so that one is refused as too large. None of them stops the sync.
 */
describe('resume and attachment download', () => {
  let account: Account;
  let summary: SyncSummary;
  let largestFileId: string;

  beforeAll(async () => {
    account = await startAccount({ seed: 51, candidates: 16 });
    const sizes = await Promise.all(account.fake.state.files.all().map(async (f) => ({ id: f.id, bytes: (await renderFile(f.render)).length })));
    sizes.sort((a, b) => b.bytes - a.bytes);
    largestFileId = sizes[0]!.id;
    const maxBytes = sizes[0]!.bytes - 1;
    expect(sizes[1]!.bytes).toBeLessThanOrEqual(maxBytes);
    const processing: FileProcessing = {
      maxBytes,
      download: (url, opts) => downloadFile(url, { maxBytes: opts.maxBytes, timeoutMs: 20_000, retryBaseMs: 2 }),
      extract: (bytes, name, opts) => extractText(bytes, name, { maxBytes: opts.maxBytes }),
    };
    summary = await runSync(account.db, account.client, { mode: 'full', files: processing });
  });
  afterAll(() => account.close());

  test('the sync completes and records every file', () => {
    expect(account.db.select().from(syncRuns).all().map((r) => r.status)).toEqual(['ok']);
    const rows = account.db.select().from(files).all();
    expect(rows).toHaveLength(account.fake.state.files.size);
    expect(rows.filter((r) => r.status === 'pending' || r.status === 'retry')).toEqual([]);
    expect(summary.files.ok + summary.files.failed).toBe(rows.length);
  });

  test('readable resumes have their text', () => {
    const ok = account.db.select().from(files).where(eq(files.status, 'ok')).all();
    expect(ok.length).toBeGreaterThan(10);
    for (const row of ok) {
      expect(row.text?.length).toBeGreaterThan(10);
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // The text agrees with the candidate: a resume names its owner.
    const resume = ok.find((r) => r.kind === 'resume')!;
    const owner = account.fake.state.candidates.get(resume.candidateId)!;
    expect(resume.text).toContain(owner.name.split(' ')[0]);
  });

  test('a broken PDF and a non-PDF are recorded as failed with their reason', () => {
    const brokenIds = account.fake.state.files.all().filter((f) => f.render.kind === 'not-pdf' || f.render.kind === 'truncated-pdf').map((f) => f.id);
    expect(brokenIds.length).toBeGreaterThanOrEqual(2);
    for (const id of brokenIds) {
      const row = account.db.select().from(files).where(eq(files.id, id)).get()!;
      expect(row.status).toBe('failed');
      expect(row.error).toMatch(/^file_extraction_failed: /);
      expect(row.text).toBeNull();
    }
  });

  test('an oversized file is recorded as failed: too large', () => {
    const row = account.db.select().from(files).where(eq(files.id, largestFileId)).get()!;
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/^file_too_large: /);
  });

  test('failed files are final: the next sync does not download them again', async () => {
    const next = await runSync(account.db, account.client, { mode: 'incremental', files: { maxBytes: 1, download: () => Promise.reject(new Error('should not download')), extract: () => Promise.reject(new Error('no')) } });
    expect(next.files).toEqual({ ok: 0, failed: 0 });
  });
});
