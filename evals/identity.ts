import fs from 'node:fs';
import { z } from 'zod';
import { compareCandidates } from '../src/match/identity/compare-candidates.js';
import { IdentityCandidate } from '../src/match/identity/types.js';
import { AppError } from '../src/shared/errors.js';

/*
 * Scores the same-person decision on labelled pairs (one JSON object a line:
 * `{"a": Candidate, "b": Candidate, "same": true|false}`, optionally `id` and `note`).
 * Precision and recall are over the "same" class: precision counts wrongly merged people, recall
 * missed duplicates.
 */

const PairLine = z.looseObject({
  id: z.string().optional(),
  note: z.string().optional(),
  a: IdentityCandidate,
  b: IdentityCandidate,
  same: z.boolean(),
});
type PairLine = z.infer<typeof PairLine>;

export interface IdentityEvalResult {
  precision: number;
  recall: number;
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misclassified: { id: string; expected: boolean; confidence: number; reasons: string[] }[];
}

/** Read and validate a pairs file; a bad line is an `invalid_input` error naming the line. */
export function readPairs(file: string): PairLine[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('invalid_input', `Cannot read pairs file ${file}`, { cause: error });
  }
  const pairs: PairLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new AppError('invalid_input', `Line ${index + 1} of ${file} is not JSON; expected {"a": Candidate, "b": Candidate, "same": true|false}`);
    }
    const parsed = PairLine.safeParse(json);
    if (!parsed.success) {
      throw new AppError('invalid_input', `Line ${index + 1} of ${file} is not a pair: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    }
    pairs.push({ ...parsed.data, id: parsed.data.id ?? `line ${index + 1}` });
  });
  return pairs;
}

/** Score `compareCandidates` on labelled pairs. */
export function scoreIdentityPairs(pairs: PairLine[]): IdentityEvalResult {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misclassified: IdentityEvalResult['misclassified'] = [];
  for (const pair of pairs) {
    const decision = compareCandidates(pair.a, pair.b);
    if (decision.same && pair.same) truePositives++;
    if (decision.same && !pair.same) falsePositives++;
    if (!decision.same && pair.same) falseNegatives++;
    if (decision.same !== pair.same) {
      misclassified.push({ id: pair.id ?? '?', expected: pair.same, confidence: decision.confidence, reasons: decision.reasons });
    }
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { precision, recall, pairs: pairs.length, truePositives, falsePositives, falseNegatives, misclassified };
}

/** `rediscovery eval identity`: print precision and recall (JSON with `json`); returns the scores. */
export function runIdentityEval(options: { pairs: string; json: boolean }, out: (text: string) => void = (t) => process.stdout.write(t)): IdentityEvalResult {
  const result = scoreIdentityPairs(readPairs(options.pairs));
  if (options.json) {
    out(JSON.stringify({ precision: round(result.precision), recall: round(result.recall), pairs: result.pairs }) + '\n');
    return result;
  }
  const lines = [
    `pairs      ${result.pairs}`,
    `precision  ${round(result.precision)}  (${result.falsePositives} different people judged the same)`,
    `recall     ${round(result.recall)}  (${result.falseNegatives} duplicates missed)`,
  ];
  if (result.misclassified.length > 0) {
    lines.push('', 'misclassified:');
    for (const m of result.misclassified) {
      lines.push(`  ${m.id}  expected ${m.expected ? 'same' : 'different'}, confidence ${m.confidence}: ${m.reasons.join('; ')}`);
    }
  }
  out(lines.join('\n') + '\n');
  return result;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
