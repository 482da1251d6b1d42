import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../src/shared/errors.js';
import { codeMaker, cut, shuffled } from './jobs-judged-packets.js';
import type { SearchJudgement, SearchRequestCase } from './search-judged-folder.js';

/*
 * Blind grading packets for the judged search eval, on the protocol of jobs-judged-packets: a packet
 * shows one request (its words and the writer's grading intent) and the pooled resumes in a random
 * order under opaque codes, text whitespace-collapsed and cut: no system, rank or category. The
 * code → resume key is a separate file the graders are told not to open. Grades come back as
 * grades/<request>.jsonl lines {code, grade, reason} and become judgements {request, resumeId, grade,
 * reason}: the grader's words, never resume text.
 */

/** Words of each resume shown. LiveCareer resumes run ~700 words; 600 keeps most of each whole
 * (skills lists sit near the end) while a packet of ~30 resumes stays readable in one sitting. */
const PACKET_WORDS = 600;

export interface SearchPoolEntry {
  resumeId: string;
  systems: string[];
}

interface SearchKeyFile {
  note: string;
  requests: Record<string, { entries: { code: string; resumeId: string; systems: string[] }[] }>;
}

function readKey(file: string): SearchKeyFile {
  let key: SearchKeyFile;
  try {
    key = JSON.parse(fs.readFileSync(file, 'utf8')) as SearchKeyFile;
  } catch (error) {
    throw new AppError('invalid_input', `Could not read key file ${file}: ${(error as Error).message}.`);
  }
  if (!key || typeof key.requests !== 'object') throw new AppError('invalid_input', `${file} is not a search key file ({note, requests: {S01: {entries}}}).`);
  return key;
}

/** Every key-*.json next to a round or grades folder (all rounds' keys live in the folder's parent). */
export function keyFilesBeside(dir: string): string[] {
  const parent = path.dirname(path.resolve(dir));
  return fs.existsSync(parent)
    ? fs.readdirSync(parent).filter((f) => /^key-.*\.json$/.test(f)).sort().map((f) => path.join(parent, f))
    : [];
}

/** The default key file of a round folder: `<parent>/key-<round>.json`. */
export function defaultKeyFile(roundDir: string): string {
  const abs = path.resolve(roundDir);
  return path.join(path.dirname(abs), `key-${path.basename(abs)}.json`);
}

function graderReadme(requests: number, resumes: number, gradesDir: string): string {
  return `# Grading search results (blind)

${requests} packets, ${resumes} resumes in all. Each packet (\`<request id>.md\`) is one recruiter's search
request, what the recruiter means by it, and resumes that some search returned, in a random order under
opaque codes (R…). You are not told which search returned which resume or in what rank; do not try to
find out, and **do not open the key file** (\`key-*.json\` beside this folder).

Read each resume and grade it against the request, as the recruiter who wrote it would:

- **2**: a recruiter would definitely reach out: the resume shows what the request asks for.
- **1**: plausible: partly fits, worth a look, or a near role ready to step up.
- **0**: not a fit.

The request's "What the recruiter means" section is the writer's own rubric for 2, 1 and 0: follow it.
Judge only what the resume shows (text is cut at ${PACKET_WORDS} words; grade on what you can read).
Never infer or use gender, ethnicity or age.

Write one file per packet, \`${gradesDir}/<request id>.jsonl\` (e.g. \`S01.jsonl\`), one line per resume
code in the packet:

\`\`\`
{"code":"RABCD","grade":2,"reason":"ran payroll for 300 staff on ADP for 4 years"}
\`\`\`

\`reason\` is one line in your own words (under 200 characters), never text copied from the resume.
Grade every code in the packet.
`;
}

/** Write one packet per request with a non-empty pool, a graders' README, and the key file. */
export function writeSearchPackets(options: {
  roundDir: string;
  keyFile: string;
  earlierKeys: string[];
  gradesDir: string;
  requests: SearchRequestCase[];
  pools: Map<string, SearchPoolEntry[]>;
  resumeText: (id: string) => string;
}): { packets: number; resumes: number; perPacket: { request: string; resumes: number }[] } {
  const used = new Set<string>();
  for (const file of options.earlierKeys.filter((f) => fs.existsSync(f) && path.resolve(f) !== path.resolve(options.keyFile))) {
    for (const r of Object.values(readKey(file).requests)) for (const e of r.entries) used.add(e.code);
  }
  const code = codeMaker(used, 4);
  fs.mkdirSync(options.roundDir, { recursive: true });
  const key: SearchKeyFile = { note: 'Graders: do not open. Code → resume id and the systems that returned it.', requests: {} };
  const perPacket: { request: string; resumes: number }[] = [];
  for (const r of options.requests) {
    const pool = options.pools.get(r.id) ?? [];
    if (pool.length === 0) continue;
    const entries = shuffled(pool).map((e) => ({ code: code(), resumeId: e.resumeId, systems: e.systems }));
    key.requests[r.id] = { entries };
    const lines = [`# ${r.id}`, '', '## Request', '', r.text, '', '## What the recruiter means', '', r.intent || '(no rubric given: use the grades in README.md)', '', `## Resumes (${entries.length})`, ''];
    for (const e of entries) lines.push(`### ${e.code}`, '', cut(options.resumeText(e.resumeId), PACKET_WORDS), '');
    fs.writeFileSync(path.join(options.roundDir, `${r.id}.md`), lines.join('\n'));
    perPacket.push({ request: r.id, resumes: entries.length });
  }
  const resumes = perPacket.reduce((s, p) => s + p.resumes, 0);
  fs.writeFileSync(path.join(options.roundDir, 'README.md'), graderReadme(perPacket.length, resumes, options.gradesDir));
  fs.writeFileSync(options.keyFile, JSON.stringify(key, null, 1));
  return { packets: perPacket.length, resumes, perPacket };
}

const GradeLine = z.object({
  code: z.string(),
  grade: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  reason: z.string().trim().min(1, 'a one-line reason is required').max(300, 'the reason is one line in the grader\'s words, not resume text'),
});

/**
 * Graders' files (grades/<request>.jsonl) mapped through every key to judgements; the first grade of
 * a resume wins. `missing` lists codes of the keys nobody graded yet.
 */
export function importSearchGrades(gradesDir: string, keyFiles: string[]): { judgements: SearchJudgement[]; missing: string[] } {
  if (!fs.existsSync(gradesDir)) throw new AppError('invalid_input', `No grades folder ${gradesDir}: --import-grades takes the folder of <request id>.jsonl files the graders wrote.`);
  if (keyFiles.length === 0) throw new AppError('invalid_input', `No key-*.json beside ${gradesDir}: the packets' key files must sit in the grades folder's parent (or pass --key).`);
  const byCode = new Map<string, { request: string; resumeId: string }>();
  for (const file of keyFiles) {
    for (const [request, r] of Object.entries(readKey(file).requests)) for (const e of r.entries) byCode.set(e.code, { request, resumeId: e.resumeId });
  }
  const seen = new Set<string>();
  const judgements: SearchJudgement[] = [];
  for (const file of fs.readdirSync(gradesDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const request = file.replace(/\.jsonl$/, '');
    fs.readFileSync(path.join(gradesDir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new AppError('invalid_input', `${file} line ${i + 1} is not JSON; expected {"code","grade":0|1|2,"reason"}.`);
        }
        const g = GradeLine.safeParse(parsed);
        if (!g.success) throw new AppError('invalid_input', `${file} line ${i + 1}: expected {"code","grade":0|1|2,"reason"} (${g.error.issues[0]?.path.join('.')}: ${g.error.issues[0]?.message}).`);
        const target = byCode.get(g.data.code);
        if (!target || target.request !== request) throw new AppError('invalid_input', `${file} line ${i + 1}: code ${g.data.code} is not in ${request}'s packet.`);
        const k = `${request}|${target.resumeId}`;
        if (seen.has(k)) return;
        seen.add(k);
        judgements.push({ request, resumeId: target.resumeId, grade: g.data.grade, reason: g.data.reason.replace(/\s+/g, ' ') });
      });
  }
  const missing = [...byCode.entries()].filter(([, t]) => !seen.has(`${t.request}|${t.resumeId}`)).map(([c]) => c);
  return { judgements, missing };
}

/** Judgements already stored, plus imported ones for results not yet judged (a stored grade is never overwritten). */
export function mergeJudgements(stored: SearchJudgement[], imported: SearchJudgement[]): { judgements: SearchJudgement[]; added: number } {
  const have = new Set(stored.map((j) => `${j.request}|${j.resumeId}`));
  const fresh = imported.filter((j) => !have.has(`${j.request}|${j.resumeId}`));
  return { judgements: [...stored, ...fresh], added: fresh.length };
}
