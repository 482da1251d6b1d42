import { describe, expect, it } from 'vitest';
import { renderFile, contentTypeOf } from './resume-pdf.js';
import { seedAccount } from './seed.js';

describe('the fake account resume mix', () => {
  const state = seedAccount({ seed: 7, candidates: 2000 });
  const resumes = state.files.all().filter((f) => f.type === 'ResumeFile');
  const kindOf = (f: (typeof resumes)[number]) => (f.render.kind === 'synthetic-resume' ? (f.render.format ?? 'pdf') : f.render.kind);
  const counts = new Map<string, number>();
  for (const f of resumes) counts.set(kindOf(f), (counts.get(kindOf(f)) ?? 0) + 1);
  const share = (kind: string) => (counts.get(kind) ?? 0) / resumes.length;

  it('is mostly PDF, then DOCX, with a few DOC, RTF, ODT, scans and broken files', () => {
    expect(share('pdf')).toBeGreaterThan(0.75);
    expect(share('docx')).toBeGreaterThan(0.09);
    expect(share('docx')).toBeLessThan(0.15);
    for (const kind of ['doc', 'rtf', 'odt']) {
      expect(share(kind)).toBeGreaterThan(0.005);
      expect(share(kind)).toBeLessThan(0.05);
    }
    expect(counts.get('scan')).toBeGreaterThanOrEqual(3);
    expect(counts.get('oversized-pdf')).toBe(1);
    expect(counts.get('not-pdf')).toBeGreaterThanOrEqual(1);
    expect(counts.get('truncated-pdf')).toBeGreaterThanOrEqual(1);
  });

  it('names each file with the extension of its format and serves its content type', () => {
    const extensions: Record<string, string> = { docx: '.docx', doc: '.doc', rtf: '.rtf', odt: '.odt', 'not-pdf': '.docx' };
    for (const f of resumes) {
      const ext = f.name.slice(f.name.lastIndexOf('.'));
      const kind = kindOf(f);
      expect(ext).toBe(extensions[kind] ?? '.pdf');
    }
    const docx = resumes.find((f) => kindOf(f) === 'docx')!;
    expect(contentTypeOf(docx.render)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('renders the same bytes for the same seed, in every format', async () => {
    const again = seedAccount({ seed: 7, candidates: 2000 });
    for (const kind of ['docx', 'doc', 'rtf', 'odt', 'scan']) {
      const f = resumes.find((r) => kindOf(r) === kind)!;
      const twin = again.files.get(f.id)!;
      expect((await renderFile(f.render)).equals(await renderFile(twin.render)), kind).toBe(true);
    }
  });
});
