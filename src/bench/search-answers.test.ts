import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../retrieval/query/search-request.js';
import { answerLine, checkAnswers, saveAnswers } from './search-answers.js';

const response = (ids: string[], total: number, score = 1): SearchResponse =>
  ({ results: ids.map((candidateId) => ({ candidateId, score })), total, facets: {}, asOf: new Date().toISOString(), nextCursor: null, mode: 'hybrid' }) as unknown as SearchResponse;

describe('search bench answers check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'answers-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts equal answers, ignores asOf, and names the first differences', () => {
    const file = path.join(dir, 'a.jsonl');
    saveAnswers(file, [answerLine('hybrid', 0, response(['c1', 'c2'], 5)), answerLine('hybrid', 1, response(['c3'], 1)), answerLine('vector', 0, response(['c4'], 9))]);
    const later = [
      answerLine('hybrid', 0, response(['c1', 'c2'], 5)), // same (asOf differs)
      answerLine('hybrid', 1, response(['c3'], 1, 2)), // same ids and total, a score moved
      answerLine('vector', 0, response(['c5'], 9)), // other ids
    ];
    const check = checkAnswers(file, later);
    expect(check).toMatchObject({ compared: 3, sameTotalsAndIds: 2, sameResponse: 1 });
    expect(check.firstDifferences).toEqual(['hybrid #1: total 1 → 1, same ids, response differs', 'vector #0: total 9 → 9, ids differ']);
  });
});
