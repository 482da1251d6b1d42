import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../src/shared/errors.js';

/*
 * The judged search folder (evals/search-judged): recruiter requests written blind (requests.jsonl,
 * frozen) and the graders' judgements of pooled results (judgements.jsonl: request, resume id, grade,
 * one-line reason in the grader's words; never resume text, the corpus has no licence to redistribute).
 */

export const SearchRequestCase = z.object({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'ids are a letter then letters, digits, _ or -'),
  text: z.string().min(1),
  kind: z.string().default('request'),
  /** The writer's own words on what a 2, 1 and 0 mean for this request: shown to graders. */
  intent: z.string().default(''),
});
export type SearchRequestCase = z.infer<typeof SearchRequestCase>;

export const SearchJudgement = z.object({
  request: z.string(),
  resumeId: z.string(),
  grade: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  reason: z.string(),
});
export type SearchJudgement = z.infer<typeof SearchJudgement>;

export interface SearchJudgedFolder {
  requests: SearchRequestCase[];
  judgements: SearchJudgement[];
}

function readJsonl<T>(file: string, schema: z.ZodType<T>, expected: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new AppError('invalid_input', `${file} line ${i + 1} is not JSON; expected ${expected}.`);
      }
      const r = schema.safeParse(parsed);
      if (!r.success) throw new AppError('invalid_input', `${file} line ${i + 1}: expected ${expected} (${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}).`);
      return [r.data];
    });
}

/** Read and validate a judged search folder: requests.jsonl (required), judgements.jsonl (optional). */
export function readSearchJudgedFolder(dir: string): SearchJudgedFolder {
  const requestsFile = path.join(dir, 'requests.jsonl');
  if (!fs.existsSync(requestsFile)) {
    throw new AppError('invalid_input', `No requests.jsonl in ${dir}: --judged takes a folder holding requests.jsonl and judgements.jsonl (see evals/search-judged).`);
  }
  const requests = readJsonl(requestsFile, SearchRequestCase, '{"id","text","kind","intent"}');
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) throw new AppError('invalid_input', `${requestsFile}: request id ${r.id} appears twice.`);
    ids.add(r.id);
  }
  const judgementsFile = path.join(dir, 'judgements.jsonl');
  const judgements = fs.existsSync(judgementsFile) ? readJsonl(judgementsFile, SearchJudgement, '{"request","resumeId","grade":0|1|2,"reason"}') : [];
  for (const j of judgements) {
    if (!ids.has(j.request)) throw new AppError('invalid_input', `${judgementsFile}: judgement for unknown request ${j.request}.`);
  }
  return { requests, judgements };
}

/** Write judgements sorted by request then resume id, one JSON object a line (stable diffs). */
export function writeSearchJudgements(dir: string, judgements: SearchJudgement[]): void {
  const sorted = [...judgements].sort((a, b) => a.request.localeCompare(b.request) || a.resumeId.localeCompare(b.resumeId));
  const lines = sorted.map((j) => JSON.stringify({ request: j.request, resumeId: j.resumeId, grade: j.grade, reason: j.reason }));
  fs.writeFileSync(path.join(dir, 'judgements.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
}
