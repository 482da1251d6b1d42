import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { openDb, type Db } from '../store/db.js';
import { files } from '../store/schema.js';
import { runSync } from './engine/run-sync.js';
import { startFakeAshby, type FakeAshby, type FakeFileRecord } from './fake/index.js';
import { downloadFile } from './files/download.js';
import { extractText } from './files/extract-text.js';
import { fastClient } from '../../test/support/sync/harness.js';

/*
 * Upgrade from a mirror written before Word/RTF/ODT support: a database migrated to 0000 only, with
 * files recorded the way the old code recorded them. Opening it with the current code applies
 * migration 0001, whose backfill re-queues exactly the files the old code could not read; the next
 * sync (through the fake over HTTP) reads them and leaves everything else alone.
 */

const OLD_UNSUPPORTED: Record<string, string> = {
  docx: 'file_extraction_failed: Word documents (.docx) are not supported yet; only PDF and plain text are.',
  doc: 'file_extraction_failed: Word 97-2003 documents (.doc) are not supported; only PDF and plain text are.',
  rtf: 'file_extraction_failed: RTF documents are not supported yet; only PDF and plain text are.',
  odt: 'file_extraction_failed: OpenDocument text (.odt) is not supported yet; only PDF and plain text are.',
};
const OLD_CORRUPT = 'file_extraction_failed: The PDF could not be read: Invalid PDF structure.';

function preUpgradeMirror(file: string): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-0000-'));
  fs.mkdirSync(path.join(folder, 'meta'));
  fs.copyFileSync(fromPackageRoot('drizzle', '0000_init.sql'), path.join(folder, '0000_init.sql'));
  const journal = JSON.parse(fs.readFileSync(fromPackageRoot('drizzle', 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag === '0000_init');
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  const sqlite = new Database(file);
  migrate(drizzle({ client: sqlite }), { migrationsFolder: folder });
  sqlite.close();
  fs.rmSync(folder, { recursive: true, force: true });
}

describe('one-time re-extraction on upgrade', () => {
  let fake: FakeAshby;
  let dir: string;
  let dbFile: string;
  let db: Db;
  const byKind = new Map<string, FakeFileRecord>();
  const row = (id: string) => db.select().from(files).where(eq(files.id, id)).get()!;

  beforeAll(async () => {
    fake = await startFakeAshby({ seed: 51, candidates: 16, rateLimitPerMinute: 10_000_000, retryAfterSeconds: 0.005 });
    for (const f of fake.state.files.all()) {
      const kind = f.render.kind === 'synthetic-resume' ? (f.render.format ?? 'pdf') : f.render.kind;
      if (!byKind.has(kind)) byKind.set(kind, f);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backfill-'));
    dbFile = path.join(dir, 'mirror.db');
    preUpgradeMirror(dbFile);
    // What the old code left: Word/RTF/ODT failed as unsupported, a scan "read" with no text, a PDF read, a corrupt PDF failed.
    const old = new Database(dbFile);
    const insert = old.prepare("INSERT INTO files (id, candidate_id, kind, name, handle, status, error, attempts, text, updated_at) VALUES (?, ?, 'resume', ?, 'old-handle', ?, ?, 1, ?, '2026-01-01T00:00:00Z')");
    for (const [format, error] of Object.entries(OLD_UNSUPPORTED)) {
      const f = byKind.get(format)!;
      insert.run(f.id, f.candidateId, f.name, 'failed', error, null);
    }
    insert.run(byKind.get('scan')!.id, byKind.get('scan')!.candidateId, 'scan.pdf', 'ok', null, '');
    insert.run(byKind.get('pdf')!.id, byKind.get('pdf')!.candidateId, 'cv.pdf', 'ok', null, 'Text read before the upgrade');
    insert.run(byKind.get('truncated-pdf')!.id, byKind.get('truncated-pdf')!.candidateId, 'cv.pdf', 'failed', OLD_CORRUPT, null);
    old.close();
  });
  afterAll(async () => {
    await fake.close();
    db?.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opening the mirror re-queues only what the old code could not read', () => {
    db = openDb(dbFile);
    for (const format of Object.keys(OLD_UNSUPPORTED)) expect(row(byKind.get(format)!.id)).toMatchObject({ status: 'pending', error: null, attempts: 0 });
    expect(row(byKind.get('scan')!.id).status).toBe('pending');
    expect(row(byKind.get('pdf')!.id)).toMatchObject({ status: 'ok', format: 'pdf', text: 'Text read before the upgrade' });
    expect(row(byKind.get('truncated-pdf')!.id)).toMatchObject({ status: 'failed', error: OLD_CORRUPT });
  });

  test('the next sync reads them; files read before are not downloaded again', async () => {
    const summary = await runSync(db, fastClient(fake), {
      mode: 'full',
      files: {
        maxBytes: 20 * 1024 * 1024,
        download: (url, opts) => downloadFile(url, { maxBytes: opts.maxBytes, timeoutMs: 20_000, retryBaseMs: 2 }),
        extract: (bytes, name, opts) => extractText(bytes, name, { maxBytes: opts.maxBytes }),
        ocr: null,
      },
    });
    expect(summary.files.noTextLayer).toBe(1);
    for (const format of Object.keys(OLD_UNSUPPORTED)) {
      const got = row(byKind.get(format)!.id);
      expect(got).toMatchObject({ status: 'ok', format, error: null });
      expect(got.text).toContain(fake.state.candidates.get(got.candidateId)!.name);
    }
    expect(row(byKind.get('scan')!.id).status).toBe('no_text_layer');
    expect(row(byKind.get('pdf')!.id).text).toBe('Text read before the upgrade');
    expect(row(byKind.get('truncated-pdf')!.id).error).toBe(OLD_CORRUPT);
  });

  test('the backfill is one-time: reopening does not re-queue a failure again', () => {
    const id = byKind.get('docx')!.id;
    db.update(files).set({ status: 'failed', error: OLD_UNSUPPORTED.docx }).where(eq(files.id, id)).run();
    db.$client.close();
    db = openDb(dbFile);
    expect(row(id)).toMatchObject({ status: 'failed', error: OLD_UNSUPPORTED.docx });
  });
});
