import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { SearchResponse } from '../retrieval/query/search-request.js';

/*
 * The search bench's answers, kept so a change meant to alter memory or speed only can be proved to
 * leave every answer as it was: `--save-answers F` writes one line per request (row, index, total,
 * top ids, and a hash of the whole response but `asOf`), `--check-answers F` compares a later run with it.
 */

export interface AnswerLine {
  row: string;
  i: number;
  total: number;
  ids: string[];
  /** sha1 of the response without `asOf` (scores, facets, applications, snippets and reasons included). */
  hash: string;
}

/** One request's answer as a comparable line. */
export function answerLine(row: string, i: number, r: SearchResponse): AnswerLine {
  const { asOf: _asOf, ...rest } = r;
  return { row, i, total: r.total, ids: r.results.map((x) => x.candidateId), hash: createHash('sha1').update(JSON.stringify(rest)).digest('hex') };
}

export function saveAnswers(file: string, lines: AnswerLine[]): void {
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

/** Compare with a saved run: how many requests have the same total and ids, and the same whole response; the first differences. */
export function checkAnswers(file: string, lines: AnswerLine[]): { compared: number; sameTotalsAndIds: number; sameResponse: number; firstDifferences: string[] } {
  const saved = new Map(
    fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((s) => {
      const l = JSON.parse(s) as AnswerLine;
      return [`${l.row}#${l.i}`, l] as const;
    }),
  );
  let compared = 0;
  let sameTotalsAndIds = 0;
  let sameResponse = 0;
  const firstDifferences: string[] = [];
  for (const l of lines) {
    const before = saved.get(`${l.row}#${l.i}`);
    if (!before) continue;
    compared++;
    const same = before.total === l.total && before.ids.join() === l.ids.join();
    if (same) sameTotalsAndIds++;
    if (before.hash === l.hash) sameResponse++;
    else if (firstDifferences.length < 5) firstDifferences.push(`${l.row} #${l.i}: total ${before.total} → ${l.total}${same ? ', same ids, response differs' : ', ids differ'}`);
  }
  return { compared, sameTotalsAndIds, sameResponse, firstDifferences };
}
