import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enrichCandidates } from '../match/enrich/enrich-candidates.js';
import { CandidateProfile } from '../match/profile/types.js';
import { candidateProfiles, files, syncRuns } from '../store/schema.js';
import { getSyncStatus } from '../views/sync-status.js';
import { BackgroundOcr } from './engine/background-ocr.js';
import { runSync, type SyncSummary } from './engine/run-sync.js';
import type { FileProcessing } from './engine/sync-files.js';
import { generateProfile, resumeTextOf } from './fake/index.js';
import type { FakeFileRecord } from './fake/state.js';
import { downloadFile } from './files/download.js';
import { extractText } from './files/extract-text.js';
import { ocrAvailability, ocrPdf } from './files/ocr.js';
import { startAccount, type Account } from '../../test/support/sync/harness.js';

/*
 * Resumes and attachments through file.info, the fake's presigned download URLs and the extraction
 * workers, with the download cap users run with (20 MiB). The seeded account's first resumes take
 * every path once: DOCX, DOC, RTF, ODT, a scanned (image-only) PDF and an oversized PDF, besides
 * PDFs, a corrupt zip and a truncated PDF. None of them stops the sync.
 */
const MB = 1024 * 1024;

function processing(ocr: FileProcessing['ocr'] = null): FileProcessing {
  return {
    maxBytes: 20 * MB,
    download: (url, opts) => downloadFile(url, { maxBytes: opts.maxBytes, timeoutMs: 20_000, retryBaseMs: 2 }),
    extract: (bytes, name, opts) => extractText(bytes, name, { maxBytes: opts.maxBytes }),
    ocr,
  };
}

describe('resume and attachment download', () => {
  let account: Account;
  let summary: SyncSummary;
  const fakeFiles = (pick: (f: FakeFileRecord) => boolean) => account.fake.state.files.all().filter(pick);
  const row = (id: string) => account.db.select().from(files).where(eq(files.id, id)).get()!;
  const resumeOf = (format: string) => fakeFiles((f) => f.render.kind === 'synthetic-resume' && (f.render.format ?? 'pdf') === format)[0]!;

  beforeAll(async () => {
    account = await startAccount({ seed: 51, candidates: 16 });
    summary = await runSync(account.db, account.client, { mode: 'full', files: processing() });
  });
  afterAll(() => account.close());

  test('the sync completes and records every file', () => {
    expect(account.db.select().from(syncRuns).all().map((r) => r.status)).toEqual(['ok']);
    const rows = account.db.select().from(files).all();
    expect(rows).toHaveLength(account.fake.state.files.size);
    expect(rows.filter((r) => r.status === 'pending' || r.status === 'retry')).toEqual([]);
    expect(summary.files.ok + summary.files.failed + summary.files.noTextLayer).toBe(rows.length);
  });

  for (const format of ['pdf', 'docx', 'doc', 'rtf', 'odt'] as const) {
    test(`a ${format.toUpperCase()} resume is read: its text names its owner, history and skills`, () => {
      const file = resumeOf(format);
      expect(file, `the seeded account has no ${format} resume`).toBeDefined();
      expect(file.name.endsWith(`.${format}`)).toBe(true);
      const got = row(file.id);
      expect(got).toMatchObject({ status: 'ok', format, error: null });
      expect(got.sha256).toMatch(/^[0-9a-f]{64}$/);
      const render = file.render as Extract<FakeFileRecord['render'], { kind: 'synthetic-resume' }>;
      const profile = generateProfile(render.profileSeed, render.family, render.asOf);
      expect(got.text).toContain(account.fake.state.candidates.get(file.candidateId)!.name);
      expect(got.text).toContain(`${profile.experiences[0]!.title} at ${profile.experiences[0]!.company}`);
      expect(got.text).toContain(profile.skills.join(', '));
      // Line for line what the fake wrote (word-extractor turns dashes into hyphens).
      expect(got.text!.split('\n').length).toBeGreaterThanOrEqual(resumeTextOf(render)!.split('\n').filter(Boolean).length);
    });
  }

  test('a DOCX resume reaches the candidate profile: work history and skills from its text', () => {
    const file = resumeOf('docx');
    const render = file.render as Extract<FakeFileRecord['render'], { kind: 'synthetic-resume' }>;
    const fakeProfile = generateProfile(render.profileSeed, render.family, render.asOf);
    enrichCandidates(account.db, [file.candidateId], new Date());
    const stored = CandidateProfile.parse(account.db.select().from(candidateProfiles).where(eq(candidateProfiles.candidateId, file.candidateId)).get()!.profile);
    const work = stored.work.filter((w) => w.source === 'resume');
    expect(work).toHaveLength(fakeProfile.experiences.length);
    // The role's title and its employer apart (the title had the employer glued on: "UX Designer, Harbor Biotech").
    fakeProfile.experiences.forEach((e, i) => expect([work[i]!.title, work[i]!.company]).toEqual([e.title, e.company]));
    expect(work[0]!.start).toMatch(/^\d{4}-\d{2}$/);
    expect(work[0]!.current).toBe(!fakeProfile.experiences[0]!.end);
    const skills = stored.skills.filter((f) => f.source === 'resume').map((f) => f.value.toLowerCase());
    expect(skills.length).toBeGreaterThanOrEqual(3);
    expect(fakeProfile.skills.map((s) => s.toLowerCase()).filter((s) => skills.includes(s)).length).toBeGreaterThanOrEqual(3);
  });

  test('a scanned resume is recorded as no_text_layer, not as read', () => {
    const got = row(resumeOf('scan').id);
    expect(got).toMatchObject({ status: 'no_text_layer', format: 'pdf', text: null });
    expect(got.error).toMatch(/^file_no_text_layer: The PDF has 1 page\(s\) but no text layer/);
    expect(summary.files.noTextLayer).toBe(1);
  });

  test('a corrupt zip and a truncated PDF are recorded as failed with their reason', () => {
    const broken = fakeFiles((f) => f.render.kind === 'not-pdf' || f.render.kind === 'truncated-pdf');
    expect(broken.map((f) => f.render.kind).sort()).toEqual(['not-pdf', 'truncated-pdf']);
    for (const f of broken) {
      const got = row(f.id);
      expect(got.status).toBe('failed');
      expect(got.error).toMatch(/^file_extraction_failed: /);
      expect(got.text).toBeNull();
    }
  });

  test('an oversized file is recorded as failed: too large', () => {
    const [oversized] = fakeFiles((f) => f.render.kind === 'oversized-pdf');
    expect(row(oversized!.id).error).toMatch(/^file_too_large: /);
  });

  test('the status line counts what was read by format and why the rest was not', () => {
    const { extraction } = getSyncStatus(account.db, new Date(), 0, { available: false, hint: 'install tesseract' });
    for (const label of ['DOCX', 'DOC', 'RTF', 'ODT']) expect(extraction.ok).toContainEqual({ format: label, count: 1 });
    expect(extraction.failed).toEqual([
      { reason: 'corrupt', count: 2 },
      { reason: 'too large', count: 1 },
    ]);
    expect(extraction.summary).toMatch(/^\d+ PDF ok, 1 DOCX ok, 1 DOC ok, 1 RTF ok, 1 ODT ok, 3 failed: 2 corrupt, 1 too large, 1 image-only \(OCR off: install tesseract\)$/);
  });

  test('failed files are final: the next sync does not download them again', async () => {
    const next = await runSync(account.db, account.client, { mode: 'incremental', files: { maxBytes: 1, download: () => Promise.reject(new Error('should not download')), extract: () => Promise.reject(new Error('no')) } });
    expect(next.files).toEqual({ ok: 0, failed: 0, noTextLayer: 0, ocr: { ok: 0, failed: 0 } });
  });

  test('a sync leaves scans to background OCR unless asked to read them itself', async () => {
    const next = await runSync(account.db, account.client, { mode: 'incremental', files: processing(() => Promise.reject(new Error('OCR must not run inside this sync'))) });
    expect(next.files.ocr).toEqual({ ok: 0, failed: 0 });
    expect(row(resumeOf('scan').id).status).toBe('no_text_layer');
  });

  // CI installs tesseract-ocr (.ci/run); without it this is reported as skipped.
  test.skipIf(!ocrAvailability().available)('once OCR is available, background OCR (as serve runs it) reads the scan', async () => {
    let notified = 0;
    const ocr = new BackgroundOcr(account.db, account.client, processing((bytes) => ocrPdf(bytes)), () => notified++);
    ocr.kick();
    ocr.kick(); // a second kick while a pass runs queues one more pass, never a parallel one
    const file = resumeOf('scan');
    await expect.poll(() => row(file.id).status, { timeout: 120_000, interval: 250 }).toBe('ok');
    await ocr.stop();
    const got = row(file.id);
    expect(got).toMatchObject({ status: 'ok', format: 'pdf_ocr', error: null });
    expect(got.text).toContain(account.fake.state.candidates.get(file.candidateId)!.name);
    expect(notified).toBe(1);
    expect(getSyncStatus(account.db, new Date(), 0).extraction.ok).toContainEqual({ format: 'PDF (OCR)', count: 1 });
  });
});
