import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../src/shared/paths.js';
import { readSearchJudgedFolder, writeSearchJudgements, type SearchJudgedFolder } from './search-judged-folder.js';
import { importSearchGrades, keyFilesBeside, mergeJudgements, writeSearchPackets } from './search-judged-packets.js';
import { poolOf, scoreSearchRankings } from './search-judged-score.js';

/** Three requests of our own (the real ones are the blind writer's, in evals/search-judged). */
const FIXTURE_REQUESTS = [
  { id: 'T01', text: 'payroll clerk', kind: 'title', intent: '2 = ran payroll; 1 = bookkeeping; 0 = neither' },
  { id: 'T02', text: 'QuickBooks and accounts payable', kind: 'skills', intent: '2 = both; 1 = one; 0 = none' },
  { id: 'T03', text: '"sous chef" AND banquet', kind: 'boolean', intent: '2 = sous chef with banquets; 1 = cook; 0 = no kitchen' },
];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-judged-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function folderWith(judgements: SearchJudgedFolder['judgements']): string {
  const judged = path.join(dir, 'judged');
  fs.mkdirSync(judged);
  fs.writeFileSync(path.join(judged, 'requests.jsonl'), FIXTURE_REQUESTS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeSearchJudgements(judged, judgements);
  return judged;
}

describe('judged search folder', () => {
  it('reads requests and judgements, and refuses bad lines with one clear line', () => {
    const judged = folderWith([{ request: 'T01', resumeId: '11', grade: 2, reason: 'ran payroll' }]);
    const folder = readSearchJudgedFolder(judged);
    expect(folder.requests.map((r) => r.id)).toEqual(['T01', 'T02', 'T03']);
    expect(folder.judgements).toHaveLength(1);
    fs.appendFileSync(path.join(judged, 'judgements.jsonl'), '{"request":"T09","resumeId":"1","grade":1,"reason":"x"}\n');
    expect(() => readSearchJudgedFolder(judged)).toThrow(/unknown request T09/);
    fs.writeFileSync(path.join(judged, 'judgements.jsonl'), '{"request":"T01","resumeId":"1","grade":3,"reason":"x"}\n');
    expect(() => readSearchJudgedFolder(judged)).toThrow(/line 1: expected .*grade/);
    expect(() => readSearchJudgedFolder(dir)).toThrow(/No requests\.jsonl in/);
  });

  it('holds the blind writer\'s ≥ 30 requests, each with a grading intent, and judgements without resume text', () => {
    const folder = readSearchJudgedFolder(fromPackageRoot('evals', 'search-judged'));
    expect(folder.requests.length).toBeGreaterThanOrEqual(30);
    for (const r of folder.requests) expect(r.intent.length).toBeGreaterThan(20);
    for (const j of folder.judgements) expect(j.reason.length).toBeLessThan(300);
  });
});

describe('judged search metrics', () => {
  it('scores each system against the grades, pairs it against BM25 and lists unjudged results', () => {
    const folder = readSearchJudgedFolder(
      folderWith([
        { request: 'T01', resumeId: 'a', grade: 2, reason: 'r' },
        { request: 'T01', resumeId: 'b', grade: 1, reason: 'r' },
        { request: 'T01', resumeId: 'c', grade: 0, reason: 'r' },
        { request: 'T02', resumeId: 'd', grade: 2, reason: 'r' },
        { request: 'T02', resumeId: 'e', grade: 0, reason: 'r' },
        { request: 'T03', resumeId: 'f', grade: 1, reason: 'r' },
      ]),
    );
    const rankings = {
      hybrid: { T01: ['a', 'b', 'c'], T02: ['d', 'e'], T03: ['f'] },
      bm25: { T01: ['c', 'b', 'a'], T02: ['e', 'd'], T03: ['f', 'x'] },
    };
    const s = scoreSearchRankings(folder, rankings);
    expect(s.systems.hybrid).toEqual({ requests: 3, precisionAt10: round((0.2 + 0.1 + 0.1) / 3), strictPrecisionAt10: round((0.1 + 0.1) / 3), ndcgAt10: 1 });
    expect(s.versusBm25.hybrid).toMatchObject({ wins: 2, losses: 0, ties: 1 });
    expect(s.versusBm25.bm25).toBeUndefined();
    expect(s.unjudged).toEqual([{ request: 'T03', resumeId: 'x', systems: ['bm25'] }]);
    expect(Object.keys(s.byKind).sort()).toEqual(['boolean', 'skills', 'title']);
    expect(s.byKind.title.hybrid).toBe(1);
    expect(poolOf(rankings).get('T03')).toEqual([{ resumeId: 'f', systems: ['hybrid', 'bm25'] }, { resumeId: 'x', systems: ['bm25'] }]);
  });
});

describe('blind search packets and grade import', () => {
  it('writes packets without system names, maps grades back through the key and keeps stored grades', () => {
    const judged = folderWith([{ request: 'T01', resumeId: '11', grade: 1, reason: 'graded before' }]);
    const folder = readSearchJudgedFolder(judged);
    const round = path.join(dir, 'round1');
    const pools = new Map([
      ['T01', [{ resumeId: '11', systems: ['bm25'] }, { resumeId: '22', systems: ['hybrid', 'keyword'] }]],
      ['T02', [{ resumeId: '33', systems: ['vector'] }]],
    ]);
    const written = writeSearchPackets({
      roundDir: round, keyFile: path.join(dir, 'key-round1.json'), earlierKeys: keyFilesBeside(round), gradesDir: path.join(dir, 'grades'),
      requests: folder.requests, pools, resumeText: (id) => `Resume ${id}\n\n  payroll   text`,
    });
    expect(written).toEqual({ packets: 2, resumes: 3, perPacket: [{ request: 'T01', resumes: 2 }, { request: 'T02', resumes: 1 }] });
    const packet = fs.readFileSync(path.join(round, 'T01.md'), 'utf8');
    expect(packet).toMatch(/## Request\n\npayroll clerk\n\n## What the recruiter means\n\n2 = ran payroll/);
    expect(packet).toMatch(/Resume 11 payroll text/);
    expect(packet).not.toMatch(/bm25|hybrid|keyword|vector/);
    expect(fs.readFileSync(path.join(round, 'README.md'), 'utf8')).toMatch(/do not open the key file/);
    expect(fs.existsSync(path.join(round, 'T03.md'))).toBe(false);

    const key = JSON.parse(fs.readFileSync(path.join(dir, 'key-round1.json'), 'utf8'));
    const codes = Object.fromEntries((key.requests.T01.entries as { code: string; resumeId: string }[]).map((e) => [e.resumeId, e.code]));
    const gradesDir = path.join(dir, 'grades');
    fs.mkdirSync(gradesDir);
    fs.writeFileSync(path.join(gradesDir, 'T01.jsonl'), `{"code":"${codes['11']}","grade":2,"reason":"ran payroll"}\n{"code":"${codes['22']}","grade":0,"reason":"  a cook,\\n not payroll "}\n`);
    const { judgements, missing } = importSearchGrades(gradesDir, keyFilesBeside(gradesDir));
    expect(judgements).toEqual([
      { request: 'T01', resumeId: '11', grade: 2, reason: 'ran payroll' },
      { request: 'T01', resumeId: '22', grade: 0, reason: 'a cook, not payroll' },
    ]);
    expect(missing).toEqual([key.requests.T02.entries[0].code]);
    const merged = mergeJudgements(folder.judgements, judgements);
    expect(merged.added).toBe(1);
    expect(merged.judgements.find((j) => j.resumeId === '11')?.reason).toBe('graded before');

    fs.writeFileSync(path.join(gradesDir, 'T01.jsonl'), `{"code":"${key.requests.T02.entries[0].code}","grade":2,"reason":"?"}\n`);
    expect(() => importSearchGrades(gradesDir, keyFilesBeside(gradesDir))).toThrow(/is not in T01's packet/);
    fs.writeFileSync(path.join(gradesDir, 'T01.jsonl'), `{"code":"${codes['11']}","grade":2,"reason":"${'x'.repeat(400)}"}\n`);
    expect(() => importSearchGrades(gradesDir, keyFilesBeside(gradesDir))).toThrow(/not resume text/);
    fs.writeFileSync(path.join(gradesDir, 'T01.jsonl'), `{"code":"${codes['11']}","grade":2}\n`);
    expect(() => importSearchGrades(gradesDir, keyFilesBeside(gradesDir))).toThrow(/line 1: expected .*reason/);

    // A second round never reuses a code of the first.
    writeSearchPackets({
      roundDir: path.join(dir, 'round2'), keyFile: path.join(dir, 'key-round2.json'), earlierKeys: keyFilesBeside(round), gradesDir,
      requests: folder.requests, pools: new Map([['T03', [{ resumeId: '44', systems: ['bm25'] }]]]), resumeText: () => 'text',
    });
    const code2 = JSON.parse(fs.readFileSync(path.join(dir, 'key-round2.json'), 'utf8')).requests.T03.entries[0].code;
    expect(Object.values(codes)).not.toContain(code2);
  });
});

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/*
 * The shipped entry point end to end on a few real resumes (one per LiveCareer category, fake Ashby →
 * sync → enrichment → index with the real encoder): figures refused while results are unjudged,
 * packets of the pool, grades imported through the key, then complete figures.
 */
describe.skipIf(!process.env.LIVECAREER_CSV)('eval search --judged through the CLI (24 resumes)', () => {
  const BIN = fromPackageRoot('bin', 'rediscovery.js');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'eval', 'search', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error' } });

  it('refuses figures with unjudged results, writes packets, imports grades, then scores every system', () => {
    const judged = folderWith([]);
    const common = ['--judged', judged, '--corpus', process.env.LIVECAREER_CSV!, '--limit', '1', '--data-dir', path.join(dir, 'data'), '--max-chunks', '1', '--json'];

    const refused = run(common);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/top-10 results are not judged yet, so no judged figure is claimed/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const withheld = JSON.parse(refused.stdout);
    expect(withheld.figures).toBe('withheld');
    expect(withheld.judged).toBeUndefined();
    expect(withheld.unjudged.length).toBeGreaterThan(0);
    expect(Object.keys(withheld.categoryLabels.systems)).toEqual(['hybrid', 'keyword', 'vector', 'bm25']);

    const round1 = path.join(dir, 'round1');
    const packed = run([...common, '--packets', round1]);
    expect(packed.status, packed.stderr).toBe(0);
    const p = JSON.parse(packed.stdout).packets;
    expect(p.packets).toBe(3);
    expect(p.resumes).toBe(withheld.unjudged.length);
    const key = JSON.parse(fs.readFileSync(path.join(dir, 'key-round1.json'), 'utf8'));
    fs.mkdirSync(path.join(dir, 'grades'));
    for (const [request, r] of Object.entries(key.requests as Record<string, { entries: { code: string }[] }>)) {
      expect(fs.readFileSync(path.join(round1, `${request}.md`), 'utf8')).not.toMatch(/hybrid|keyword|vector|bm25/);
      const lines = r.entries.map((e, i) => JSON.stringify({ code: e.code, grade: i % 3, reason: `fixture grade ${i}` }));
      fs.writeFileSync(path.join(dir, 'grades', `${request}.jsonl`), lines.join('\n') + '\n');
    }

    const imported = run(['--judged', judged, '--import-grades', path.join(dir, 'grades'), '--json']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: p.resumes, notYetGraded: 0 });

    const scored = run(common);
    expect(scored.status, scored.stderr).toBe(0);
    const r = JSON.parse(scored.stdout);
    expect(r.figures).toBe('complete');
    expect(r.unjudged).toEqual([]);
    expect(Object.keys(r.judged.systems)).toEqual(['hybrid', 'keyword', 'vector', 'bm25']);
    expect(Object.keys(r.judged.versusBm25)).toEqual(['hybrid', 'keyword', 'vector']);
    const v = r.judged.versusBm25.hybrid;
    expect(v.wins + v.losses + v.ties).toBe(3);
    for (const s of Object.values(r.judged.systems) as { ndcgAt10: number }[]) expect(s.ndcgAt10).toBeGreaterThanOrEqual(0);
  }, 900_000);
});
