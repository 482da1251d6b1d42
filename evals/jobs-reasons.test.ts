import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHashEmbedder } from '../src/embedding/hash-embedder.js';
import { fromPackageRoot } from '../src/shared/paths.js';
import { runJobReasons } from './jobs-reasons.js';

const BIN = fromPackageRoot('bin/rediscovery.js');
const corpus = process.env.LIVECAREER_CSV;
const jobs = process.env.GOOGLE_JOBS_CSV;

describe.skipIf(!fs.existsSync(fromPackageRoot('dist/src/cli/main.js')))('eval jobs --rows (spawned bin/rediscovery.js)', () => {
  it('refuses rows that are not 0-based numbers with one line', () => {
    const r = spawnSync(process.execPath, [BIN, 'eval', 'jobs', '--corpus', 'x.csv', '--jobs', 'y.csv', '--rows', '162,abc'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--rows takes 0-based row numbers separated by commas/);
  });
});

describe.skipIf(!corpus || !jobs)('reasons check reading list on the real corpora (every 8th resume, hash embedder)', () => {
  it('lists the top N of each row with its reasons, in rank order', async () => {
    const lines: string[] = [];
    const r = await runJobReasons({ corpus: corpus!, jobs: jobs!, rows: [154, 425], top: 3, resumeStride: 8, embedder: createHashEmbedder(64), out: (l) => lines.push(l) });
    expect(r.postings.map((p) => p.row)).toEqual([154, 425]);
    expect(r.postings[0].title).toBe('Android Partner Engineer, Technical Solutions Consultant');
    for (const p of r.postings) {
      expect(p.results).toHaveLength(3);
      expect(p.results.map((x) => x.score)).toEqual([...p.results.map((x) => x.score)].sort((a, b) => b - a));
    }
    expect(lines[0]).toBe('Row 154: Android Partner Engineer, Technical Solutions Consultant');
    // The fresh reasons check's false kind: the team the posting sends feedback to is no skill a reason names.
    expect(r.postings[0].results.flatMap((x) => x.reasons).join('\n')).not.toContain('Product Management');
  }, 300_000);
});
