import { beforeAll, describe, expect, it } from 'vitest';
import { readResumeCorpus } from './profiles.js';
import { CATEGORY_MAP, readGooglePostings, runJobsEval, samplePostings, type JobsEvalResult } from './jobs.js';

const corpus = process.env.LIVECAREER_CSV;
const jobs = process.env.GOOGLE_JOBS_CSV;

describe.skipIf(!jobs)('samplePostings', () => {
  it('is deterministic, spread over departments, and only takes mapped ones', () => {
    const postings = readGooglePostings(jobs!);
    const a = samplePostings(postings, 12);
    expect(a.map((p) => p.index)).toEqual(samplePostings(postings, 12).map((p) => p.index));
    expect(new Set(a.map((p) => p.category)).size).toBe(12);
    for (const p of a) expect(CATEGORY_MAP[p.category]).toBeDefined();
  });
});

describe.skipIf(!corpus || !jobs)('rediscovery on Google postings × LiveCareer resumes', () => {
  let result: JobsEvalResult;
  const lines: string[] = [];
  // Every 3rd resume and 6 postings: ~20 s with the encoder's vectors cached on disk (~60 s the first time).
  beforeAll(async () => {
    result = await runJobsEval({ corpus: corpus!, jobs: jobs!, sample: 6, resumeStride: 3, out: (l) => lines.push(l) });
  });

  it('reaches the precision@10 floor, well above picking resumes at random', () => {
    const resumes = readResumeCorpus(corpus!).filter((_, i) => i % 3 === 0);
    const share = (categories: string[]) => resumes.filter((r) => categories.includes(r.category)).length / resumes.length;
    const randomBaseline = result.postings.reduce((sum, p) => sum + share(p.relevantCategories), 0) / result.postings.length;
    // Measured: 0.483 on this sample (random: ~0.1); 0.283 over 36 postings of the full corpus. The reasons
    // round of 2026-12-05 (skill forms, more dated-role layouts) moved it to 0.383 by category labels while the
    // judged eval (evals/rediscovery-judged, read by people) stayed at nDCG@10 0.599 vs 0.600, 23 wins / 1 loss
    // against BM25; labels disagree with reading (issue 12), so the floor guards against collapse, not drift.
    expect(result.precisionAt10).toBeGreaterThanOrEqual(0.35);
    expect(result.precisionAt10).toBeGreaterThan(3 * randomBaseline);
  });

  it('prints every posting with ranked candidates, their categories and reasons', () => {
    expect(result.postings).toHaveLength(6);
    for (const posting of result.postings) {
      expect(posting.top).toHaveLength(10);
      expect(posting.top.every((t) => t.reasons.length > 0)).toBe(true);
    }
    expect(lines.join('\n')).toMatch(/precision@10 by category agreement: \d\.\d{3} over 6 postings/);
    expect(lines.some((l) => /^\s+\d+\. [+ ] [A-Z-]+\s+\d\.\d{3}/.test(l))).toBe(true);
  });
});
