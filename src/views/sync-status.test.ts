import { describe, expect, it } from 'vitest';
import { readAsOf } from '../retrieval/catalog/mirror-facts.js';
import * as s from '../store/schema.js';
import { openDb } from '../store/db.js';
import { FIXTURE_NOW, seedMirror } from '../../test/support/fixed-mirror.js';
import { describeAge, getSyncStatus } from './sync-status.js';

describe('getSyncStatus', () => {
  it('reports counts, the last run, webhooks, freshness and backlog', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    const st = getSyncStatus(db, FIXTURE_NOW, 0);
    expect(st.counts).toEqual({ candidates: 3, applications: 2, jobs: 3, files: { ok: 1, failed: 1, pending: 1 }, webhookEventsPending: 1 });
    expect(st.lastSyncRun).toMatchObject({ mode: 'incremental', status: 'failed', error: 'ashby_rate_limited' });
    expect(st.lastWebhookReceivedAt).toBe('2026-11-27T11:57:00.000Z');
    // One "data as of" for every door: the value search results carry (here the ok full sync), not the later webhook.
    expect(st.asOf).toBe(readAsOf(db));
    expect(st.asOf).toBe('2026-11-27T11:10:00.000Z');
    expect(st.freshness).toBe('1 hour ago');
    // Nothing indexed yet: both changed candidates wait.
    expect(st.outboxBacklog).toBe(2);
  });

  it('counts as waiting only the changes after the index checkpoint', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    const seqs = (db.$client.prepare('SELECT seq, candidate_id AS id FROM outbox ORDER BY seq').all() as { seq: number; id: string }[]);
    // Indexed up to the second row (both C1 rows): only C3 waits.
    expect(getSyncStatus(db, FIXTURE_NOW, seqs[1].seq).outboxBacklog).toBe(1);
    expect(getSyncStatus(db, FIXTURE_NOW, seqs[2].seq).outboxBacklog).toBe(0);
  });

  it('takes "data as of" from the last successful sync start once a sync has recorded it', () => {
    const db = openDb(':memory:');
    seedMirror(db);
    db.$client.prepare(`INSERT INTO meta (key, value) VALUES ('as_of', '2026-11-27T11:00:00.000Z')`).run();
    expect(getSyncStatus(db, FIXTURE_NOW, 0).asOf).toBe('2026-11-27T11:00:00.000Z');
  });

  it('says "never synced" on an empty mirror', () => {
    const st = getSyncStatus(openDb(':memory:'), FIXTURE_NOW, 0);
    expect(st).toMatchObject({ asOf: null, freshness: 'never synced', lastSyncRun: null, outboxBacklog: 0 });
  });

  it('describes ages in words', () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
    expect(describeAge(ago(10_000), now)).toBe('just now');
    expect(describeAge(ago(60_000), now)).toBe('1 minute ago');
    expect(describeAge(ago(3 * 60_000), now)).toBe('3 minutes ago');
    expect(describeAge(ago(2 * 3_600_000), now)).toBe('2 hours ago');
    expect(describeAge(ago(5 * 86_400_000), now)).toBe('5 days ago');
  });
});

describe('extraction coverage', () => {
  it('counts text read by format, failures by reason, and image-only PDFs, in one line', () => {
    const db = openDb(':memory:');
    const row = (id: string, status: string, format: string | null, error: string | null = null) => ({ id, candidateId: 'C1', kind: 'resume', name: 'cv', handle: id, status, format, error, updatedAt: '2026-01-01T00:00:00Z' });
    db.insert(s.files)
      .values([
        ...Array.from({ length: 1812 }, (_, i) => row(`P${i}`, 'ok', 'pdf')),
        row('D1', 'ok', 'docx'),
        row('D2', 'ok', 'docx'),
        row('W1', 'ok', 'doc'),
        row('O1', 'ok', 'pdf_ocr'),
        row('F1', 'failed', 'docx', 'file_extraction_failed: The DOCX could not be read: end of data reached (corrupt zip).'),
        row('F2', 'failed', null, 'file_too_large: The file declares 22020096 bytes; the limit is 20971520 bytes (REDISCOVERY_MAX_FILE_BYTES).'),
        row('F3', 'failed', 'pdf', 'file_extraction_failed: PDF text extraction timed out after 20000 ms.'),
        row('F4', 'failed', null, 'file_extraction_failed: Files of type .png are not supported; PDF, Word (.docx, .doc), RTF, OpenDocument (.odt) and plain text are.'),
        row('F5', 'failed', null, 'file_extraction_failed: This zip archive is neither a Word (.docx) nor an OpenDocument (.odt) document (corrupt or unsupported).'),
        row('S1', 'no_text_layer', 'pdf', 'file_no_text_layer: The PDF has 1 page(s) but no text layer.'),
        row('Q1', 'pending', null),
      ])
      .run();
    const off = getSyncStatus(db, FIXTURE_NOW, 0, { available: false, hint: 'install tesseract-ocr' }).extraction;
    expect(off.ok).toEqual([
      { format: 'PDF', count: 1812 },
      { format: 'DOCX', count: 2 },
      { format: 'DOC', count: 1 },
      { format: 'PDF (OCR)', count: 1 },
    ]);
    expect(off.failed).toEqual([
      { reason: 'corrupt', count: 2 },
      { reason: 'timed out', count: 1 },
      { reason: 'too large', count: 1 },
      { reason: 'unsupported type', count: 1 },
    ]);
    expect(off.imageOnly).toBe(1);
    expect(off.summary).toBe('1,812 PDF ok, 2 DOCX ok, 1 DOC ok, 1 PDF (OCR) ok, 5 failed: 2 corrupt, 1 timed out, 1 too large, 1 unsupported type, 1 image-only (OCR off: install tesseract-ocr)');
    const on = getSyncStatus(db, FIXTURE_NOW, 0, { available: true, engine: 'tesseract 5.3.0' }).extraction;
    expect(on.summary).toMatch(/, 1 image-only \(queued for OCR by tesseract 5\.3\.0\)$/);
  });

  it('says so when nothing was extracted yet', () => {
    expect(getSyncStatus(openDb(':memory:'), FIXTURE_NOW, 0, { available: false }).extraction.summary).toBe('no files extracted yet');
  });
});
