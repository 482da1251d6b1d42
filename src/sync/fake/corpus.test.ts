import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, describe, expect, it } from 'vitest';
import { callFake } from './call.js';
import { readCorpusCsv } from './corpus.js';
import { seedAccount } from './seed.js';
import { startFakeAshby } from './server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fake-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = [
  'ID,Category,Resume_str,Pages,source_pdf_path',
  '1001,INFORMATION-TECHNOLOGY,"NETWORK ENGINEER\nSummary\nCisco routing, ""BGP"" and firewalls.\nSkills\nCisco, BGP",1,x.pdf',
  '1002,CHEF,"EXECUTIVE CHEF\nSummary\nFrench cuisine and kitchen management.",1,y.pdf',
  '1003,HEALTHCARE,"REGISTERED NURSE\nSummary\nICU patient care, Epic EHR.",2,z.pdf',
].join('\n');

describe('corpus seeding', () => {
  const file = path.join(dir, 'corpus.csv');
  writeFileSync(file, CSV);

  it('turns each row into a candidate whose ID, category and resume text are recoverable', async () => {
    const fake = await startFakeAshby({ corpus: file });
    try {
      expect(fake.state.candidates.size).toBe(3);
      const list = await callFake(fake.url, 'candidate.list', {}, { apiKey: fake.apiKey });
      const nurse = list.json.results.find((c: { name: string }) => c.name === 'Resume 1003');
      expect(nurse.tags.map((t: { title: string }) => t.title)).toEqual(['HEALTHCARE']);
      // The category is the search eval's label: only the tag carries it, never the position.
      expect(nurse.position ?? null).toBeNull();
      expect(nurse.customFields).toEqual([expect.objectContaining({ title: 'Source ID', value: '1003' })]);
      expect(nurse.applicationIds.length).toBeGreaterThan(0);
      const url = (await callFake(fake.url, 'file.info', { fileHandle: nurse.resumeFileHandle.handle }, { apiKey: fake.apiKey })).json.results.url;
      const parser = new PDFParse({ data: new Uint8Array(await (await fetch(url)).arrayBuffer()) });
      const text = (await parser.getText()).text;
      await parser.destroy();
      expect(text).toContain('REGISTERED NURSE');
      expect(text).toContain('ICU patient care, Epic EHR.');
    } finally {
      await fake.close();
    }
  });

  it('honours the limit and rejects a CSV without the expected columns', () => {
    expect(seedAccount({ corpus: file, corpusLimit: 2 }).candidates.size).toBe(2);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    expect(() => readCorpusCsv(bad)).toThrow(/ID, Category and Resume_str/);
  });
});

describe.skipIf(!process.env.LIVECAREER_CSV)('corpus seeding from LIVECAREER_CSV', () => {
  it('seeds the first 50 rows', () => {
    const rows = readCorpusCsv(process.env.LIVECAREER_CSV!, 50);
    const state = seedAccount({ corpus: rows });
    expect(state.candidates.size).toBe(50);
    const first = state.candidates.all()[0];
    expect(first.name).toBe(`Resume ${rows[0].id}`);
    expect(state.tags.all().map((t) => t.title)).toContain(rows[0].category);
  });
});
