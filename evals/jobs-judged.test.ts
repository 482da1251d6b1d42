import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHashEmbedder } from '../src/embedding/hash-embedder.js';
import { fromPackageRoot } from '../src/shared/paths.js';
import { pairedComparison, postingMetrics } from './jobs-judged-metrics.js';
import { importGrades, writePackets } from './jobs-judged-packets.js';
import { readJudgedFolder, runJudgedJobsEval, scoreRankings } from './jobs-judged.js';

const FOLDER = fromPackageRoot('evals', 'rediscovery-judged');
const corpus = process.env.LIVECAREER_CSV;
const jobs = process.env.GOOGLE_JOBS_CSV;
const BIN = fromPackageRoot('bin', 'rediscovery.js');

describe('judged metrics', () => {
  it('computes P@10, strict P@10 and nDCG@10 against graded judgements, listing unjudged results', () => {
    const grades = new Map<string, 0 | 1 | 2>([['a', 2], ['b', 1], ['c', 0], ['d', 2]]);
    const perfect = postingMetrics(['a', 'd', 'b', 'c'], grades);
    expect(perfect).toMatchObject({ precisionAt10: 0.3, strictPrecisionAt10: 0.2, unjudged: [] });
    expect(perfect.ndcgAt10).toBeCloseTo(1, 6);
    const worse = postingMetrics(['c', 'x', 'b', 'a'], grades);
    expect(worse.unjudged).toEqual(['x']);
    expect(worse.ndcgAt10).toBeLessThan(0.5);
  });

  it('pairs two systems posting by posting with a sign test and a bootstrap interval', () => {
    const c = pairedComparison([0.9, 0.8, 0.7, 0.6, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9], [0.1, 0.2, 0.3, 0.4, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(c).toMatchObject({ wins: 9, losses: 0, ties: 1 });
    expect(c.signTestP).toBeCloseTo(2 / 512, 6);
    expect(c.bootstrap95[0]).toBeGreaterThan(0);
    expect(pairedComparison([0.5, 0.4], [0.4, 0.5]).signTestP).toBe(1);
  });
});

describe('the stored judged folder', () => {
  it('holds ≥ 20 postings split dev/test and graded judgements without resume text', () => {
    const folder = readJudgedFolder(FOLDER);
    expect(folder.postings.length).toBeGreaterThanOrEqual(20);
    expect(new Set(folder.postings.map((p) => p.split))).toEqual(new Set(['dev', 'test']));
    expect(folder.judgements.length).toBeGreaterThan(500);
    // One line in the reader's words: short, never a pasted resume.
    for (const j of folder.judgements) expect(j.reason.length).toBeLessThan(300);
    expect(folder.runs.map((r) => r.system)).toContain('product-before-issue-12');
  });

  it('scores stored rankings and pairs them against BM25', () => {
    const folder = readJudgedFolder(FOLDER);
    const p = folder.postings[0].posting;
    const graded = folder.judgements.filter((j) => j.posting === p).sort((a, b) => b.grade - a.grade);
    const best = graded.slice(0, 10).map((j) => ({ resumeId: j.resumeId }));
    const worst = graded.slice(-10).map((j) => ({ resumeId: j.resumeId }));
    const r = scoreRankings({ ...folder, postings: folder.postings.slice(0, 1) }, { oracle: { [p]: best }, bm25: { [p]: worst } }, 0);
    expect(r.systems.oracle.all.ndcgAt10).toBeCloseTo(1, 6);
    expect(r.versusBm25.oracle.all.wins).toBe(1);
  });
});

describe('blind packets and grade import', () => {
  it('writes packets without system names and maps grades back through the key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'judged-'));
    try {
      const csv = path.join(dir, 'jobs.csv');
      fs.writeFileSync(csv, 'Title,Category,Responsibilities,Minimum Qualifications,Preferred Qualifications\nTax Manager,Finance,Own tax.,4 years of tax.,CPA.\n');
      const postings = [{ posting: 'P01', csvIndex: 0, title: 'Tax Manager', split: 'dev' as const }];
      const pools = new Map([['P01', [{ resumeId: '11', systems: ['bm25'] }, { resumeId: '22', systems: ['product', 'bm25'] }]]]);
      writePackets({ roundDir: path.join(dir, 'round1'), keyFile: path.join(dir, 'key-round1.json'), earlierKeys: [], jobsCsv: csv, postings, pools, resumeText: (id) => `Resume ${id}   text` });
      const packet = fs.readFileSync(path.join(dir, 'round1', 'P01.md'), 'utf8');
      expect(packet).toMatch(/## Minimum qualifications\n\n4 years of tax\./);
      expect(packet).not.toMatch(/bm25|product/);
      const key = JSON.parse(fs.readFileSync(path.join(dir, 'key-round1.json'), 'utf8'));
      const [e1, e2] = key.postings.P01.entries as { code: string; resumeId: string }[];
      fs.mkdirSync(path.join(dir, 'grades'));
      fs.writeFileSync(path.join(dir, 'grades', 'P01.jsonl'), `{"code":"${e1.code}","grade":2,"reason":"tax work"}\n{"code":"${e2.code}","grade":0,"reason":"not tax"}\n`);
      const { judgements, missing } = importGrades(path.join(dir, 'grades'), [path.join(dir, 'key-round1.json')]);
      expect(missing).toEqual([]);
      expect(judgements).toEqual([
        { posting: 'P01', resumeId: e1.resumeId, grade: 2, reason: 'tax work' },
        { posting: 'P01', resumeId: e2.resumeId, grade: 0, reason: 'not tax' },
      ]);
      fs.writeFileSync(path.join(dir, 'grades', 'P01.jsonl'), `{"code":"RZZZZ","grade":2,"reason":"?"}\n`);
      expect(() => importGrades(path.join(dir, 'grades'), [path.join(dir, 'key-round1.json')])).toThrow(/not in P01's packets/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!fs.existsSync(BIN))('eval jobs --judged through the CLI', () => {
  it('refuses a folder without postings.json with a one-line error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'judged-empty-'));
    try {
      const r = spawnSync(process.execPath, [BIN, 'eval', 'jobs', '--corpus', 'x.csv', '--jobs', 'y.csv', '--judged', dir, '--json'], { encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/No postings\.json in .*--judged takes a folder/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!corpus || !jobs)('judged eval on the real corpora (every 8th resume, hash embedder)', () => {
  it('ranks with the product and both baselines, pairs them against BM25 and lists unjudged results', async () => {
    const lines: string[] = [];
    const r = await runJudgedJobsEval({ corpus: corpus!, jobs: jobs!, judged: FOLDER, resumeStride: 8, embedder: createHashEmbedder(64), out: (l) => lines.push(l) });
    expect(Object.keys(r.systems)).toEqual(expect.arrayContaining(['product', 'bm25', 'dense', 'product-before-issue-12']));
    expect(r.systems.product.all.postings).toBe(readJudgedFolder(FOLDER).postings.length);
    expect(r.versusBm25.product.test.wins + r.versusBm25.product.test.losses + r.versusBm25.product.test.ties).toBe(r.systems.product.test.postings);
    expect(r.unjudged.length).toBeGreaterThan(0); // a subsample ranks resumes nobody graded
    expect(lines.join('\n')).toMatch(/TEST\s+system\s+P@10/);
  }, 300_000);
});
