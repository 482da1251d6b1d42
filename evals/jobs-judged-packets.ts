import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError } from '../src/shared/errors.js';
import type { Judgement, JudgedPosting } from './jobs-judged.js';

/*
 * Blind grading packets and their import. A packet shows one posting and the pooled resumes in a
 * random order under opaque codes, the text whitespace-collapsed and cut to ~400 words: no system,
 * rank or category. The code → resume key stays in a separate file the graders are told not to open.
 * Grades come back as grades/P<nn>.jsonl lines {code, grade, reason} and are stored as judgements
 * {posting, resumeId, grade, reason}: the reader's words, never resume text.
 */

interface PoolEntry {
  resumeId: string;
  systems: string[];
}

interface KeyFile {
  note: string;
  postings: Record<string, { csvIndex: number; entries: { code: string; resumeId: string; systems: string[] }[] }>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The first `words` words of a text, whitespace collapsed, with an ellipsis when cut. */
export const cut = (text: string, words: number) => {
  const all = collapse(text).split(' ');
  return all.slice(0, words).join(' ') + (all.length > words ? ' …' : '');
};

/** Codes already used in earlier rounds' keys, so a code never means two resumes. */
function usedCodes(keyFiles: string[]): Set<string> {
  const used = new Set<string>();
  for (const file of keyFiles) {
    if (!fs.existsSync(file)) continue;
    const key = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyFile;
    for (const p of Object.values(key.postings)) for (const e of p.entries) used.add(e.code);
  }
  return used;
}

/** A generator of opaque resume codes (R + `length` unambiguous characters), never one in `used`. */
export function codeMaker(used: Set<string>, length: number): () => string {
  return () => {
    for (;;) {
      const c = 'R' + Array.from(crypto.randomBytes(length), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
      if (!used.has(c)) {
        used.add(c);
        return c;
      }
    }
  };
}

/** The items in a random order (crypto-random keys): the order must not reveal a system or rank. */
export function shuffled<T>(items: T[]): T[] {
  return items
    .map((e) => ({ e, r: crypto.randomBytes(4).readUInt32BE() }))
    .sort((a, b) => a.r - b.r)
    .map(({ e }) => e);
}

export function writePackets(options: {
  roundDir: string;
  keyFile: string;
  earlierKeys: string[];
  jobsCsv: string;
  postings: JudgedPosting[];
  pools: Map<string, PoolEntry[]>;
  resumeText: (id: string) => string;
}): { packets: number; resumes: number } {
  const raw = parse(fs.readFileSync(options.jobsCsv), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  const used = usedCodes(options.earlierKeys);
  const code = (): string => {
    for (;;) {
      const c = 'R' + Array.from(crypto.randomBytes(3), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
      if (!used.has(c)) {
        used.add(c);
        return c;
      }
    }
  };
  fs.mkdirSync(options.roundDir, { recursive: true });
  const key: KeyFile = { note: 'Graders: do not open. Code → resume id and the systems that returned it.', postings: {} };
  let resumes = 0;
  for (const p of options.postings) {
    const pool = options.pools.get(p.posting) ?? [];
    if (pool.length === 0) continue;
    const row = raw[p.csvIndex];
    const entries = pool
      .map((e) => ({ e, r: crypto.randomBytes(4).readUInt32BE() }))
      .sort((a, b) => a.r - b.r)
      .map(({ e }) => ({ code: code(), resumeId: e.resumeId, systems: e.systems }));
    key.postings[p.posting] = { csvIndex: p.csvIndex, entries };
    const lines = [
      `# ${p.posting}: ${row.Title}`,
      '',
      '## Responsibilities',
      '',
      collapse(row.Responsibilities ?? ''),
      '',
      '## Minimum qualifications',
      '',
      collapse(row['Minimum Qualifications'] ?? ''),
      '',
      '## Preferred qualifications',
      '',
      collapse(row['Preferred Qualifications'] ?? ''),
      '',
      `## Resumes (${entries.length})`,
      '',
    ];
    for (const e of entries) lines.push(`### ${e.code}`, '', cut(options.resumeText(e.resumeId), 400), '');
    fs.writeFileSync(path.join(options.roundDir, `${p.posting}.md`), lines.join('\n'));
    resumes += entries.length;
  }
  fs.writeFileSync(options.keyFile, JSON.stringify(key, null, 1));
  return { packets: Object.keys(key.postings).length, resumes };
}

/** Grades of every round (grades/P<nn>.jsonl) mapped through the keys to judgements; the first grade of a resume wins. */
export function importGrades(gradesDir: string, keyFiles: string[]): { judgements: Judgement[]; missing: string[] } {
  const byCode = new Map<string, { posting: string; resumeId: string }>();
  for (const file of keyFiles) {
    const key = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyFile;
    for (const [posting, p] of Object.entries(key.postings)) for (const e of p.entries) byCode.set(e.code, { posting, resumeId: e.resumeId });
  }
  const seen = new Set<string>();
  const judgements: Judgement[] = [];
  for (const file of fs.existsSync(gradesDir) ? fs.readdirSync(gradesDir).filter((f) => /^P\d+\.jsonl$/.test(f)).sort() : []) {
    const posting = file.replace('.jsonl', '');
    fs.readFileSync(path.join(gradesDir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const g = JSON.parse(line) as { code?: string; grade?: number; reason?: string };
        const target = g.code ? byCode.get(g.code) : undefined;
        if (!target || target.posting !== posting) throw new AppError('invalid_input', `${file} line ${i + 1}: code ${g.code} is not in ${posting}'s packets.`);
        if (g.grade !== 0 && g.grade !== 1 && g.grade !== 2) throw new AppError('invalid_input', `${file} line ${i + 1}: grade must be 0, 1 or 2.`);
        const k = `${posting}|${target.resumeId}`;
        if (seen.has(k)) return;
        seen.add(k);
        judgements.push({ posting, resumeId: target.resumeId, grade: g.grade, reason: String(g.reason ?? '').replace(/\s+/g, ' ').trim() });
      });
  }
  const missing = [...byCode.entries()].filter(([, t]) => !seen.has(`${t.posting}|${t.resumeId}`)).map(([c]) => c);
  return { judgements, missing };
}
